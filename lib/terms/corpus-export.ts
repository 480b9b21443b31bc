/**
 * A bilingual corpus from the offices' own texts (issue 15 §1d, the seed's 技術用語の対訳コーパス):
 * one segment pair per title, abstract and claim, each with its document numbers and languages,
 * as TMX 1.4 (for CAT tools and MT training) and TSV (for scripts).
 */
import type { DocRef } from '../model/patent';
import { buildXml, xmlText } from '../export/xml';
import { memberKey, type SegmentPair } from './parallel';

/** A document as corpus tools take it: compact DOCDB with kind (EP2400812A1). */
export const documentId = (ref: DocRef): string => memberKey(ref).replace(/\./g, '');

const documents = (members: DocRef[]) => [...new Set(members.map(documentId))].join(' ');
const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

export interface CorpusInfo {
  toolVersion: string;
  /** When the export was made (TMX creationdate, UTC). */
  now: Date;
}

function tmxDate(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function corpusTmx(pairs: readonly SegmentPair[], info: CorpusInfo): string {
  const tuv = (side: SegmentPair['a']) => ({
    '@_xml:lang': side.lang,
    prop: [{ '@_type': 'x-document', '#text': documents(side.members) }],
    seg: xmlText(side.text),
  });
  const tu = pairs.map((p, i) => ({
    '@_tuid': String(i + 1),
    prop: [
      { '@_type': 'x-part', '#text': p.part },
      ...(p.part === 'claim' ? [{ '@_type': 'x-claim', '#text': String(p.index) }] : []),
      { '@_type': 'x-alignment', '#text': p.sameDocument ? 'same-document' : 'family' },
    ],
    tuv: [tuv(p.a), tuv(p.b)],
  }));
  return buildXml({
    tmx: {
      '@_version': '1.4',
      header: {
        '@_creationtool': 'PatentPeek',
        '@_creationtoolversion': info.toolVersion,
        '@_segtype': 'paragraph',
        '@_o-tmf': 'PatentPeek',
        '@_adminlang': 'en',
        // Pairs run in both directions across languages, so no single source language.
        '@_srclang': '*all*',
        '@_datatype': 'plaintext',
        '@_creationdate': tmxDate(info.now),
      },
      body: { tu },
    },
  });
}

export function corpusTsv(pairs: readonly SegmentPair[]): string {
  const header = ['part', 'claim', 'alignment', 'lang_a', 'text_a', 'documents_a', 'lang_b', 'text_b', 'documents_b'];
  const rows = pairs.map((p) => [p.part, p.part === 'claim' ? String(p.index) : '', p.sameDocument ? 'same-document' : 'family', p.a.lang, oneLine(p.a.text), documents(p.a.members), p.b.lang, oneLine(p.b.text), documents(p.b.members)]);
  return [header, ...rows].map((r) => r.join('\t')).join('\n') + '\n';
}
