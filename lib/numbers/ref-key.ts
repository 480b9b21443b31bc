// Identity of a document for de-duplication: country, application-or-document, and the DOCDB
// number without its kind (A1 and B1 of one EP number are one entry), else EPODOC, else the original.
import { rightId } from '../model/right';
import type { PatentRef } from './types';

export function refKey(ref: PatentRef): string {
  const id = ref.right ? rightId(ref.right) : ref.docdb ? ref.docdb.replace(/\.[A-Z][0-9]?$/, '') : ref.epodoc ?? `${ref.country}.${ref.original ?? ref.number}`;
  return `${ref.country}|${ref.type === 'application' ? 'a' : 'd'}|${id}`;
}
