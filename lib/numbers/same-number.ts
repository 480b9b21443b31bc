// One document mentioned twice in a text, once with its kind and once without ("JP7012346B2 … 特許7012346",
// "EP 3 456 790 B1 … EP3456790"): the corpus lists each distinct document once (FORMATS.md §4), so the
// kind-less mention takes the kind the same text gives that number — when the text gives exactly one.
import type { Hit } from './types';

/** Offices whose A and B documents share a number: a kind-less "publication" may be the grant. */
const SHARED = ' EP GB FR DE AU CA AT BE CH DK ES FI IT NL NO SE ';

export function adoptWrittenKind(hits: Hit[]): void {
  if (hits.length < 2) return;
  const kinds = new Map<string, Hit | null>();
  for (const h of hits) {
    const r = h.ref;
    if (!r.kind || !r.docdb) continue;
    const key = `${r.country} ${r.number}`, seen = kinds.get(key);
    kinds.set(key, seen === undefined || (seen && seen.ref.kind === r.kind && seen.ref.type === r.type) ? h : null);
  }
  if (!kinds.size) return;
  for (const h of hits) {
    const r = h.ref;
    if (r.kind || !r.docdb) continue;
    const k = kinds.get(`${r.country} ${r.number}`)?.ref;
    if (!k) continue;
    if (k.type !== r.type && !(r.type === 'publication' && k.type === 'grant' && SHARED.includes(` ${r.country} `))) continue;
    h.ref = { ...r, kind: k.kind, type: k.type, docdb: k.docdb, epodoc: k.epodoc };
  }
}
