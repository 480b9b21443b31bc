/**
 * KR numbers as KIPRIS Plus takes them (API-NOTES-2.md §1): a 13-digit application number — right code
 * (10 patent, 20 utility model) + year + 7-digit serial, no hyphens. DOCDB drops the right code and
 * marks it in the kind (A patent, U utility model; ../shared/numbers/FORMATS.md KR).
 */
import type { DocRef } from '../../model/patent';
import { docRefOf } from '../../model/ref-like';
import { type PatentRef, parseNumber } from '../../numbers';

/** The 13-digit application number of a KR application reference (a parsed number, or an office's DocRef), or null for anything else. */
export function kiprisApplicationNumber(ref: Pick<PatentRef, 'country' | 'type' | 'docdb'> & Partial<PatentRef>): string | null {
  if (ref.country !== 'KR' || ref.type !== 'application') return null;
  const digits = (ref.docdb?.split('.')[1] ?? ref.number ?? '').replace(/\D/g, '');
  if (!/^\d{11}$/.test(digits)) return null;
  const right = ref.rightCode ?? (ref.docdb?.endsWith('.U') ? '20' : '10');
  return `${right}${digits}`;
}

/**
 * A KR registration or publication → the getAdvancedSearch parameter that finds its application: a
 * registration as KIPRIS Plus writes it (right code + 7 digits + `0000`, API-NOTES-2.md §1, e.g.
 * 2003645120000 = 20-0364512), a publication (공개번호) as right code + year + serial like an application
 * (13 digits; [U] the form is not documented, public clients pass it so).
 */
export function kiprisNumberSearch(ref: PatentRef): { param: 'registerNumber' | 'openNumber'; value: string } | null {
  if (ref.country !== 'KR') return null;
  const digits = (ref.docdb?.split('.')[1] ?? ref.number).replace(/\D/g, '');
  if (ref.type === 'grant') return /^(10|20)\d{7}$/.test(digits) ? { param: 'registerNumber', value: `${digits}0000` } : null;
  if (ref.type === 'publication' && /^\d{11}$/.test(digits)) return { param: 'openNumber', value: `${ref.rightCode ?? (ref.docdb?.endsWith('.U') ? '20' : '10')}${digits}` };
  return null;
}

/** A 13-digit KIPRIS application number as a reference (the engine's form: KR.20190100885.A). */
export function krApplicationRef(appNo: string): DocRef {
  const right = appNo.slice(0, 2);
  const core = appNo.slice(2);
  const raw = `${right}-${core.slice(0, 4)}-${core.slice(4)}`;
  return { raw, country: 'KR', type: 'application', docdb: `KR.${core}.${right === '20' ? 'U' : 'A'}`, epodoc: `KR${core}` };
}

/**
 * A document KIPRIS names by country and number (a family member, a cited document) as a reference:
 * read by the number engine when it knows the form, else kept as KIPRIS wrote it. A kind code, where
 * KIPRIS sends one, helps the engine tell a grant from a publication.
 */
export function kiprisDocRef(country: string, number: string, type: 'application' | 'publication', kind = ''): DocRef | undefined {
  if (!country || !number) return undefined;
  // 13 digits led by a right code is a KR application, whatever the field is called (FORMATS.md §3.6).
  if (country === 'KR' && /^(10|20)\d{11}$/.test(number)) return krApplicationRef(number);
  const raw = `${country} ${number}${kind ? ` ${kind}` : ''}`;
  const parsed = parseNumber(`${country}${number}${kind}`);
  if (parsed.ok && parsed.ref.country === country) return docRefOf(parsed.ref, raw);
  return { raw, country, type, docdb: `${country}.${number}${kind ? `.${kind}` : ''}`, epodoc: `${country}${number}${kind}` };
}
