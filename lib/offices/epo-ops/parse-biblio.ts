import type { Bibliographic, Citation, Classification, DocRef, Party } from '../../model/patent';
import type { Provenance } from '../../model/provenance';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { BadResponse } from '../../transport/errors';
import { docIds, docRefFrom, publicationRefOf, refOf } from './doc-ref';
import { type Node, all, attr, childText, isoDate, one, parseOpsXml, path, text } from './xml';

/** One `exchange-document` of published-data (biblio, abstract, full-cycle, search with biblio, family with biblio). */
export interface OpsDocument {
  biblio: Bibliographic;
  citations: Citation[];
  familyId?: string;
}

/** published-data …/biblio (also abstract and full-cycle: same exchange-document shape) → documents. */
export function parsePublishedData(body: unknown, info: FetchInfo, endpoint = 'biblio'): OpsDocument[] {
  const root = path(parseOpsXml(body, endpoint), 'world-patent-data');
  const docs = all(root, 'exchange-documents').flatMap((x) => all(x, 'exchange-document'));
  if (docs.length === 0) throw new BadResponse('epo-ops', `OPS ${endpoint}: no exchange-document in the reply`);
  const source = sourceOf('epo-ops', endpoint, info);
  return docs.map((d) => exchangeDocument(d, source));
}

/** One exchange-document element → model (also used by search and family parsers). */
export function exchangeDocument(doc: Node, source: Provenance): OpsDocument {
  const bib = one(doc, 'bibliographic-data');
  const pubIds = docIds(one(bib, 'publication-reference'));
  const country = attr(doc, 'country') || pubIds.docdb?.country || '';
  const kind = attr(doc, 'kind') || pubIds.docdb?.kind || '';
  const number = attr(doc, 'doc-number') || pubIds.docdb?.number || '';
  const ref: DocRef = publicationRefOf(one(bib, 'publication-reference')) ?? docRefFrom({ docdb: { country, number, kind } }, 'publication')!;
  if (!ref) throw new BadResponse('epo-ops', `OPS ${source.endpoint}: exchange-document without a number`);

  const titles: Record<string, string> = {};
  for (const t of all(bib, 'invention-title')) titles[attr(t, 'lang') || 'und'] = text(t);
  const title = titles.en ?? Object.values(titles)[0] ?? '';

  const abstractNodes = all(doc, 'abstract');
  const abstractNode = abstractNodes.find((a) => attr(a, 'lang') === 'en') ?? abstractNodes[0];
  const abstractText = (a: Node) => text(all(a, 'p')) || text(a);
  const abstracts: Record<string, string> = {};
  for (const a of abstractNodes) abstracts[attr(a, 'lang') || 'und'] ??= abstractText(a);

  const app = one(bib, 'application-reference');
  const appRef = refOf(app, 'application');
  const appIds = docIds(app);
  const priorityDates = all(one(bib, 'priority-claims'), 'priority-claim')
    .map((p) => isoDate(docIds(p).epodoc?.date ?? docIds(p).docdb?.date ?? ''))
    .filter((x): x is string => Boolean(x))
    .sort();
  const pubDate = isoDate(pubIds.docdb?.date ?? pubIds.epodoc?.date ?? '');
  const filing = isoDate(appIds.docdb?.date ?? appIds.epodoc?.date ?? '');

  const biblio: Bibliographic = {
    ref,
    title,
    titles,
    ...(abstractNode && { abstract: abstractText(abstractNode), abstracts }),
    parties: parties(one(bib, 'parties')),
    dates: {
      ...(filing && { filing }),
      ...(pubDate && { publication: pubDate }),
      ...(ref.type === 'grant' && pubDate && { grant: pubDate }),
      ...(priorityDates[0] && { priority: priorityDates[0] }),
    },
    ...(appRef && { numbers: [{ type: 'application' as const, ref: appRef }] }),
    classifications: classifications(bib),
    source,
  };
  const familyId = attr(doc, 'family-id');
  return { biblio, citations: citations(one(bib, 'references-cited'), source), ...(familyId && { familyId }) };
}

/**
 * Applicants/inventors come twice: epodoc form ("9SOLUTIONS OY [FI]", country in brackets) and original
 * ("9Solutions Oy"). The epodoc form is one entry per party with a country; original entries fill in when no
 * epodoc form exists.
 */
function parties(node: Node | undefined): Party[] {
  const out: Party[] = [];
  const take = (list: Node[], role: Party['role'], nameKey: string) => {
    const epodoc = list.filter((p) => attr(p, 'data-format') === 'epodoc');
    const chosen = epodoc.length ? epodoc : list.filter((p) => attr(p, 'data-format') !== 'docdba');
    for (const p of chosen) {
      const raw = childText(one(p, nameKey), 'name').replace(/[,\s]+$/, '').trim();
      const m = /^(.*?)\s*\[([A-Z]{2})\]$/.exec(raw);
      if (raw) out.push({ name: m ? (m[1] ?? raw) : raw, role, ...(m && { country: m[2] }) });
    }
  };
  take(all(one(node, 'applicants'), 'applicant'), 'applicant', 'applicant-name');
  take(all(one(node, 'inventors'), 'inventor'), 'inventor', 'inventor-name');
  return out;
}

function classifications(bib: Node | undefined): Classification[] {
  const out: Classification[] = [];
  const seen = new Set<string>();
  const add = (c: Classification) => {
    const key = `${c.scheme}|${c.symbol}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  };
  for (const pc of all(one(bib, 'patent-classifications'), 'patent-classification')) {
    const scheme = attr(one(pc, 'classification-scheme'), 'scheme');
    if (!scheme.startsWith('CPC')) continue;
    const symbol = `${childText(pc, 'section')}${childText(pc, 'class')}${childText(pc, 'subclass')}${childText(pc, 'main-group')}/${childText(pc, 'subgroup')}`;
    add({ scheme: 'CPC', symbol });
  }
  for (const ipc of all(one(bib, 'classifications-ipcr'), 'classification-ipcr')) {
    // "H04W  84/    20            A I" → H04W84/20 (fixed-width IPC text).
    const m = /^([A-H]\d{2}[A-Z])\s*(\d+)\s*\/\s*(\d+)/.exec(childText(ipc, 'text'));
    if (m) add({ scheme: 'IPC', symbol: `${m[1]}${m[2]}/${m[3]}` });
  }
  return out;
}

function citations(node: Node | undefined, source: Provenance): Citation[] {
  return all(node, 'citation').map((c): Citation => {
    const by = attr(c, 'cited-by');
    const citedBy: Citation['citedBy'] = by === 'examiner' ? 'examiner' : by === 'applicant' ? 'applicant' : by ? 'other' : 'search-report';
    const phase = attr(c, 'cited-phase');
    const category = childText(c, 'category');
    const patcit = one(c, 'patcit');
    const ids = docIds(patcit);
    const ref = patcit ? docRefFrom(ids, publicationTypeOf(ids.docdb?.kind)) : undefined;
    const date = isoDate(ids.docdb?.date ?? ids.epodoc?.date ?? '');
    return {
      ...(ref ? { ref } : { text: text(one(c, 'nplcit')) }),
      ...(category && { category }),
      citedBy,
      ...(phase && { phase }),
      ...(date && { date }),
      source,
    };
  });
}

function publicationTypeOf(kind?: string): 'publication' | 'grant' {
  return kind?.startsWith('B') ? 'grant' : 'publication';
}
