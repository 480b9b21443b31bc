// EPO OPS input (FORMATS.md §1): docdb needs the kind, so a kind-less reference goes as epodoc, and a
// reference with neither goes as "original" with its punctuation in brackets (§1.4).
import type { PatentRef } from '../types';

export type OpsInput = { format: 'docdb' | 'epodoc' | 'original'; refType: 'publication' | 'application'; input: string };

export function toOpsInput(ref: PatentRef): OpsInput | null {
  const refType = ref.type === 'application' ? 'application' : 'publication';
  if (ref.docdb && /\.[A-Z][0-9]?$/.test(ref.docdb)) return { format: 'docdb', refType, input: ref.docdb };
  if (ref.epodoc) return { format: 'epodoc', refType, input: ref.epodoc };
  if (ref.original) return { format: 'original', refType, input: `${ref.docCountry ?? ref.country}.(${ref.original})` };
  return null;
}
