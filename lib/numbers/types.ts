// Internal shapes of the number engine. The public ones (PatentRef, FoundNumber) are re-exported by index.ts.
import type { Match, NumberType } from '../model/contracts';
import type { IndustrialRight } from '../model/right';

export type { Match, NumberType };

/** One document, no offsets. docdb/epodoc follow ../shared/numbers/FORMATS.md §4. */
export interface PatentRef {
  country: string;
  type: NumberType;
  docdb: string | null;
  epodoc: string | null;
  /** Kind code when the text fixes it (written next to the number, or a JP label, §4). */
  kind: string | null;
  /** The office's core number, e.g. '2021012345', 'H07234567', '10123456', 'RE48765'. */
  number: string;
  /** OPS "original" form where docdb/epodoc can't be built, e.g. '18/012,345'. */
  original?: string;
  /** A short human form, e.g. '特開2021-012345', 'US 10,123,456 B2'. */
  label?: string;
  /** Filing year when the text gives it (US applications). */
  year?: string;
  /** KR right code (10 patent, 20 utility model) for KIPRIS numbers. */
  rightCode?: string;
  /** DOCDB country when it differs from `country` (PCT: the receiving office). */
  docCountry?: string;
  /** A JP design or trademark (rights.ts): never a patent finding, never in C1's output. */
  right?: IndustrialRight;
}

export interface FoundNumber extends Match, PatentRef {}

/** A rule's finding before overlap resolution. */
export interface Hit {
  start: number;
  end: number;
  ref: PatentRef;
  /** Higher wins when two hits overlap. */
  pri: number;
}

/** Regex groups as the rules use them: an unmatched group reads as undefined at run time, and the
 *  builders test each group before use, so they are typed as strings for brevity. */
type Idx = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29
  | 30 | 31 | 32 | 33 | 34 | 35 | 36 | 37 | 38 | 39 | 40 | 41 | 42 | 43;
export type Groups = { readonly [K in Idx]: string } & { index: number; length: number };

/** One detection rule: a regex over the normalised text (bounded quantifiers only) and a builder that
 *  validates the match and returns a hit, or null to reject it. */
export interface Rule {
  re: RegExp;
  pri: number;
  /** Runs in the second pass (its match does not start with a Latin country prefix). */
  cjk?: boolean;
  /** Scanned on its own: its first character is a rare literal ('(', '/') that a single regex finds fast. */
  solo?: boolean;
  make(m: Groups, t: string): Hit | null;
}

/** What a document-type label says: application / publication / grant, or nothing. */
export type Hint = NumberType | null;
