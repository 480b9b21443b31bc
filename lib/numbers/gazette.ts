// Gazette headings state the kind of the one document the page is about: "(12)【公報種別】特許公報(B2)",
// "(12) 등록특허공보(B1)", "(12) 등록실용신안공보(Y1)". FORMATS.md §4 (c): the heading fixes the kind of
// that grant number (an answer without it is also accepted, but EPODOC for JP carries the whole kind).
// Only the first grant of that office after the heading gets it: documents cited further down keep their
// own (unknown) kinds; later mentions of the same number follow through same-number.ts.
import { docdbOf } from './format/docdb';
import { epodocPub } from './format/epodoc';
import type { Hit } from './types';

/** Heading → office. Runs after folding, so full-width brackets are ASCII. */
const HEADING = /(特許公報|등록특허공보|등록실용신안공보)\s?\(\s?([BY][12]?)\s?\)/g;
const CC: Record<string, string> = { 特許公報: 'JP', 등록특허공보: 'KR', 등록실용신안공보: 'KR' };
/** How far after the heading the document's own number may stand (gazette front page fields). */
const REACH = 400;

export function applyHeadingKind(t: string, hits: Hit[]): void {
  if (!/公報|공보/.test(t)) return;
  HEADING.lastIndex = 0;
  for (let m = HEADING.exec(t); m; m = HEADING.exec(t)) {
    const cc = CC[m[1] ?? ''] ?? '', kind = m[2] ?? '', end = m.index + m[0].length;
    // KR: 등록특허 headings carry B kinds, 등록실용신안 Y kinds; JP 特許公報 B kinds.
    if (!kind || (m[1] === '등록특허공보') !== (kind.charAt(0) === 'B') && cc === 'KR' || (cc === 'JP' && kind.charAt(0) !== 'B')) continue;
    const fits = (x: Hit) => x.ref.country === cc && x.ref.type === 'grant' && (cc !== 'KR' || (x.ref.number.startsWith('10') ? 'B' : 'Y') === kind.charAt(0));
    // The number after the heading (front-page order), else the nearest one before it (fields listed in another order).
    const h = hits.find((x) => x.start >= end && x.start - end <= REACH && fits(x)) ??
      hits.findLast((x) => x.end <= m.index && m.index - x.end <= REACH && fits(x));
    if (!h || h.ref.kind) continue;
    const r = h.ref;
    h.ref = { ...r, kind, docdb: docdbOf(r.country, r.number, kind), epodoc: epodocPub(r.country, r.number, kind) };
  }
}
