import type { NumberType } from './contracts';
import type { DocRef } from './patent';
import type { IndustrialRight } from './right';

/**
 * The contract C1 fields of a reference, all an office provider needs to pick its input form. Every
 * PatentRef (lib/numbers) and every DocRef satisfies it, so providers work with either.
 */
export interface RefLike {
  country: string;
  type: NumberType;
  docdb: string | null;
  epodoc: string | null;
  raw?: string;
  /** A JP design or trademark (no DOCDB form): its law and the JPO's number. */
  right?: IndustrialRight;
}

/** A reading (the engine's or an office's) as a DocRef: the text as written beside the contract fields. */
export function docRefOf(ref: RefLike, raw: string): DocRef {
  return { raw, country: ref.country, type: ref.type, docdb: ref.docdb, epodoc: ref.epodoc, ...(ref.right && { right: { ...ref.right } }) };
}
