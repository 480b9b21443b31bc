/**
 * The term history as a glossary: CSV for a spreadsheet (formula cells defused), TBX (TBX-Basic,
 * ISO 30042 `martif`) for terminology tools. PEARL's equivalents keep their concept id and score;
 * the person's own are marked as theirs.
 */
import { csvDocument } from '../export/csv';
import { buildXml, xmlText } from '../export/xml';
import type { TermHistoryEntry } from './term-history';

export function glossaryCsv(entries: readonly TermHistoryEntry[]): string {
  const header = ['term', 'lang', 'equivalent', 'equivalent_lang', 'from', 'pearl_concept', 'reliability', 'document', 'last_used', 'times'];
  const rows = entries.flatMap((e) => {
    const common = [e.document ?? '', e.at, e.count] as const;
    if (e.equivalents.length === 0) return [[e.term, e.lang, '', '', '', '', '', ...common]];
    return e.equivalents.map((q) => [e.term, e.lang, q.term, q.lang, q.from, q.conceptId ?? '', q.reliability ?? '', ...common]);
  });
  return csvDocument(header, rows);
}

export function glossaryTbx(entries: readonly TermHistoryEntry[]): string {
  const termEntry = entries.map((e, i) => {
    const byLang = new Map<string, { term: string; note: string }[]>();
    byLang.set(e.lang, [{ term: e.term, note: 'looked up' }]);
    for (const q of e.equivalents) {
      const list = byLang.get(q.lang) ?? [];
      list.push({ term: q.term, note: q.from === 'pearl' ? `WIPO PEARL${q.conceptId ? ` concept ${q.conceptId}` : ''}${q.reliability ? `, reliability ${q.reliability}` : ''}` : 'noted by the user from parallel text' });
      byLang.set(q.lang, list);
    }
    return {
      '@_id': `t${i + 1}`,
      ...(e.document && { descrip: { '@_type': 'context', '#text': xmlText(`Document: ${e.document}`) } }),
      langSet: [...byLang].map(([lang, terms]) => ({
        '@_xml:lang': lang,
        tig: terms.map((t) => ({ term: xmlText(t.term), admin: { '@_type': 'source', '#text': xmlText(t.note) } })),
      })),
    };
  });
  return buildXml({
    martif: {
      '@_type': 'TBX-Basic',
      '@_xml:lang': 'en',
      martifHeader: { fileDesc: { sourceDesc: { p: 'PatentPeek term history' } }, encodingDesc: { p: { '@_type': 'XCSURI', '#text': 'TBXBasicXCSV02.xcs' } } },
      text: { body: { termEntry } },
    },
  });
}
