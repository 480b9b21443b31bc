import type { RefLike } from '../../../model/ref-like';

/** The five offices whose dossiers OPD holds (API-NOTES-JPO-OPD.md §1.1). */
const IP5 = /^(JP|US|EP|CN|KR)$/;

/**
 * A non-JP ref → what OPD's family endpoint takes: an application in DOCDB form with `.A`
 * (`EP.06834636.A`, `KR.20087017015.A`, `US.201314768239.A`), a publication or grant with its kind
 * (`US.9459406.B2`) — §1.4. Null when the ref lacks that form (a US application written without its
 * filing year has no DOCDB number). A JP application's DOCDB form is OPD's; other JP numbers go through
 * the JPO's own application number for the family.
 */
export function opdNumberOf(ref: RefLike): { kind: 'application' | 'publication'; number: string } | null {
  if (ref.right || !IP5.test(ref.country)) return null;
  const m = /^([A-Z]{2})\.([0-9]{5,14})(?:\.([A-Z][0-9]?))?$/.exec(ref.docdb ?? '');
  if (!m || m[1] !== ref.country) return null;
  if (ref.type === 'application') return { kind: 'application', number: `${m[1]}.${m[2]}.${m[3] ?? 'A'}` };
  return m[3] ? { kind: 'publication', number: `${m[1]}.${m[2]}.${m[3]}` } : null;
}

/** An OPD application number of a JP member (`JP.2015500001.A`) → the JPO's 10 digits, else null. */
export const jpApplicationOf = (opdNumber: string): string | null => /^JP\.([0-9]{10})\.A$/.exec(opdNumber)?.[1] ?? null;

/** What an OPD member number must look like before it goes into a path (it comes back from the UI). */
export const isOpdNumber = (value: string): boolean => /^[A-Z]{2}\.[0-9]{1,20}\.[A-Z0-9]{1,2}$/.test(value);
