import type { NumberType } from '../../model/contracts';
import type { DocRef } from '../../model/patent';
import { type Node, all, attr, childText } from './xml';

/**
 * OPS `document-id` elements → DocRef (docdb `CC.number.kind`, epodoc as OPS gives it, else derived by the
 * rules of ../shared/numbers/FORMATS.md §1.1: JP attaches the whole kind except A; AT AU … KR TW attach the
 * letter except A; everyone else attaches the letter unless it is A, B or C).
 */
const LETTER_ONLY = new Set(['AT', 'AU', 'BA', 'BG', 'CN', 'DK', 'FI', 'IS', 'KR', 'NL', 'NO', 'PL', 'SK', 'UY', 'TW', 'YU']);

export function epodocPublication(country: string, number: string, kind: string): string {
  const k = kind.trim();
  if (!k) return `${country}${number}`;
  if (country === 'JP') return k === 'A' ? `${country}${number}` : `${country}${number}${k}`;
  const letter = k.charAt(0);
  if (LETTER_ONLY.has(country)) return letter === 'A' ? `${country}${number}` : `${country}${number}${letter}`;
  return 'ABC'.includes(letter) ? `${country}${number}` : `${country}${number}${letter}`;
}

export interface DocId {
  country: string;
  number: string;
  kind: string;
  date?: string;
  name?: string;
}

/** The docdb (or original) document-id of a reference element, and the epodoc one beside it when present. */
export function docIds(ref: Node | undefined): { docdb?: DocId; epodoc?: DocId; original?: DocId } {
  const out: { docdb?: DocId; epodoc?: DocId; original?: DocId } = {};
  for (const id of all(ref, 'document-id')) {
    const type = attr(id, 'document-id-type') || (attr(ref, 'data-format') as string) || 'docdb';
    const d: DocId = { country: childText(id, 'country'), number: childText(id, 'doc-number'), kind: childText(id, 'kind') };
    const date = childText(id, 'date');
    if (date) d.date = date;
    const name = childText(id, 'name');
    if (name) d.name = name;
    if (type === 'docdb' || type === 'epodoc' || type === 'original') out[type] ??= d;
  }
  return out;
}

export function docRefFrom(ids: { docdb?: DocId; epodoc?: DocId }, type: NumberType): DocRef | undefined {
  const d = ids.docdb;
  if (d && d.country && d.number) {
    const docdb = d.kind ? `${d.country}.${d.number}.${d.kind}` : `${d.country}.${d.number}`;
    const epodoc = ids.epodoc?.number || (type === 'application' ? null : epodocPublication(d.country, d.number, d.kind));
    // PCT applications: docdb country is the receiving office, the contract's country is WO (contracts.ts C1).
    const country = type === 'application' && d.kind === 'W' ? 'WO' : d.country;
    return { raw: `${d.country}${d.number}${d.kind}`, country, type, docdb, epodoc };
  }
  const e = ids.epodoc;
  if (e?.number) {
    const country = /^[A-Z]{2}/.exec(e.number)?.[0] ?? '';
    return { raw: e.number, country, type, docdb: null, epodoc: e.number };
  }
  return undefined;
}

/** A publication-reference (or application-reference) element → DocRef. */
export function refOf(node: Node | undefined, type: NumberType): DocRef | undefined {
  return node ? docRefFrom(docIds(node), type) : undefined;
}

/** B kinds are granted patents (EP B1/B2, JP B1/B2, US B1/B2); US reissues E too. */
export function publicationType(country: string, kind: string): NumberType {
  return kind.startsWith('B') || (country === 'US' && kind.startsWith('E')) ? 'grant' : 'publication';
}

/** A publication-reference → DocRef typed publication or grant by its kind. */
export function publicationRefOf(node: Node | undefined): DocRef | undefined {
  if (!node) return undefined;
  const ids = docIds(node);
  return docRefFrom(ids, publicationType(ids.docdb?.country ?? '', ids.docdb?.kind ?? ''));
}
