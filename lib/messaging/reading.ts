import * as v from 'valibot';
import type { FoundNumber } from '../numbers/types';

/**
 * A number as the engine read it (lib/numbers PatentRef plus the text as written), carried by the
 * hover card and "Side panel" into the lookup so the background never re-parses bare text that
 * only its context identified (issue 9 §1: 米国特許第5998650号明細書 → "5998650" alone is no number).
 * Checked field by field: content scripts live inside hostile pages.
 */
const short = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** A JP design or trademark (lib/model/right.ts): its law and the JPO's 7- or 10-digit number. */
export const rightSchema = v.object({ law: v.picklist(['design', 'trademark']), number: v.pipe(v.string(), v.regex(/^[0-9]{7}$|^[0-9]{10}$/)) });

export const readingSchema = v.object({
  raw: short(200),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
  type: v.picklist(['application', 'publication', 'grant']),
  docdb: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}\.[0-9A-Z/]{1,20}(\.[A-Z][0-9]?)?$/))),
  epodoc: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}[0-9A-Z]{1,20}$/))),
  kind: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^[A-Z][0-9]?$/))), null),
  number: v.pipe(v.string(), v.regex(/^[0-9A-Z/,.\- ]{1,30}$/)),
  original: v.optional(short(40)),
  label: v.optional(short(120)),
  year: v.optional(v.pipe(v.string(), v.regex(/^[0-9]{4}$/))),
  rightCode: v.optional(v.pipe(v.string(), v.regex(/^[0-9]{2}$/))),
  docCountry: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  right: v.optional(rightSchema),
});

export type Reading = v.InferOutput<typeof readingSchema>;

/** The engine's finding as the reading the card and the lookup carry (only the fields the protocol checks). */
export function readingOf(found: Omit<FoundNumber, 'start' | 'end'>): Reading {
  const reading: Reading = {
    raw: found.raw.replace(/\s+/g, ' ').trim().slice(0, 200),
    country: found.country,
    type: found.type,
    docdb: found.docdb,
    epodoc: found.epodoc,
    kind: found.kind ?? null,
    number: found.number,
  };
  for (const key of ['original', 'label', 'year', 'rightCode', 'docCountry'] as const) {
    const value = found[key];
    if (value !== undefined) reading[key] = value;
  }
  if (found.right) reading.right = { ...found.right };
  return reading;
}
