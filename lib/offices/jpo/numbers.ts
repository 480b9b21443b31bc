import type { DocRef } from '../../model/patent';
import type { RefLike } from '../../model/ref-like';
import type { RightLaw } from '../../model/right';
import { rightLabel } from '../../numbers/rights';
import type { JpoLaw } from './endpoints';

export type { RefLike };

/**
 * JP numbers between the JPO API's forms and the docdb/epodoc DocRefs the rest of the product uses
 * (../shared/numbers/FORMATS.md §2.1 and §1.2). Only the contract C1 fields of a ref are read, so this works
 * with any PatentRef from lib/numbers.
 */
export type JpoNumberKind = 'application' | 'publication' | 'registration';

/** JP application (10 digits, 2000+) → DocRef: docdb `JP.2020123456.A`, epodoc `JP20200123456` (year + 7-digit serial). */
export function jpApplicationRef(appNo: string, raw?: string): DocRef {
  const year = appNo.slice(0, 4);
  const serial = appNo.slice(4);
  return {
    raw: raw ?? `特願${year}-${serial}`,
    country: 'JP',
    type: 'application',
    docdb: `JP.${appNo}.A`,
    epodoc: `JP${year}${serial.padStart(7, '0')}`,
  };
}

/** JP unexamined/national publication in AD form (2021090037) → docdb `JP.2021090037.A`, epodoc `JP2021090037` (kind A not attached). */
export function jpPublicationRef(pubNo: string, raw?: string): DocRef {
  return {
    raw: raw ?? `特開${pubNo.slice(0, 4)}-${pubNo.slice(4)}`,
    country: 'JP',
    type: 'publication',
    docdb: `JP.${pubNo}.A`,
    epodoc: `JP${pubNo}`,
  };
}

/**
 * JP registration (7 digits) → grant DocRef. Kind B2 when the case had an unexamined publication, B1 when it
 * had none (FORMATS §2.1); kind omitted when we cannot tell. epodoc attaches the whole JP kind (§1.1).
 */
export function jpRegistrationRef(regNo: string, hadPublication?: boolean): DocRef {
  const kind = hadPublication === undefined ? undefined : hadPublication ? 'B2' : 'B1';
  return {
    raw: `特許第${regNo}号`,
    country: 'JP',
    type: 'grant',
    docdb: kind ? `JP.${regNo}.${kind}` : `JP.${regNo}`,
    epodoc: kind ? `JP${regNo}${kind}` : `JP${regNo}`,
  };
}

const ERA_OFFSET: Record<string, number> = { '3': 1925, '4': 1988, '5': 2018 };
const ERA_LETTER: Record<string, string> = { '3': 'S', '4': 'H', '5': 'R' };

/**
 * The JPO era form used inside replies — `publicationNumber` "503090037" and cited documents "JPA 414233033":
 * era digit (3 Shōwa, 4 Heisei, 5 Reiwa) + 2-digit era year + 6-digit serial. From 2000 the AD year is used in
 * docdb (`JP.2002233033.A`); before, the era letter is kept and the serial loses its leading zeros
 * (`JP.S6046093.A`, FORMATS §2.1 "DOCDB and EPODOC publication numbers keep the era letter").
 */
export function jpEraPublicationRef(eraNo: string, raw?: string): DocRef | undefined {
  const m = /^([345])(\d{2})(\d{6})$/.exec(eraNo);
  if (!m) return undefined;
  const [, era = '', yy = '', serial = ''] = m;
  const year = (ERA_OFFSET[era] ?? 0) + Number(yy);
  if (year >= 2000) return jpPublicationRef(`${year}${serial}`, raw);
  const number = `${ERA_LETTER[era]}${yy}${String(Number(serial))}`;
  return { raw: raw ?? `JP${number}A`, country: 'JP', type: 'publication', docdb: `JP.${number}.A`, epodoc: `JP${number}` };
}

/** WO publication as JPO prints it (e.g. "2020/123456", "WO2020123456"): year + 6-digit serial; kind unknown. */
export function woPublicationRef(value: string): DocRef | undefined {
  const m = /(\d{4})\D?(\d{6})/.exec(value);
  if (!m) return undefined;
  const number = `${m[1]}${m[2]}`;
  return { raw: value, country: 'WO', type: 'publication', docdb: `WO.${number}`, epodoc: `WO${number}` };
}

/** A JP design or trademark number as the JPO sends it (10-digit application, 7-digit registration) → DocRef. */
export function jpRightRef(law: RightLaw, number: string): DocRef {
  const right = { law, number };
  return { raw: rightLabel(right), country: 'JP', type: number.length === 10 ? 'application' : 'grant', docdb: null, epodoc: null, right };
}

/** The 10-digit application of a case under any of the JPO's three laws, as a ref. */
export const jpCaseApplicationRef = (law: JpoLaw, appNo: string): DocRef => (law === 'patent' ? jpApplicationRef(appNo) : jpRightRef(law, appNo));

/** Which of the JPO's three APIs answers a ref. */
export const lawOf = (ref: RefLike): JpoLaw => ref.right?.law ?? 'patent';

/** The number part of a docdb string (`JP.2020123456.A` → `2020123456`). */
function docdbNumber(ref: RefLike): string | undefined {
  if (ref.docdb) return ref.docdb.split('.')[1];
  if (ref.epodoc) return ref.epodoc.slice(ref.country.length);
  return undefined;
}

/**
 * A JP ref → the number the JPO API takes (10 digits for applications and publications, 7 for registrations).
 * Old applications in docdb serial+2-digit-year form (`JP.12345698.A`) become `1998012345`; pre-2000 era
 * publications (`JPH10123456`) become AD form `1998123456`. Returns null for what JPO cannot answer.
 */
export function jpoNumberOf(ref: RefLike): { kind: JpoNumberKind; number: string } | null {
  if (ref.country !== 'JP') return null;
  if (ref.right) return { kind: ref.type === 'grant' ? 'registration' : 'application', number: ref.right.number };
  const n = docdbNumber(ref);
  if (!n) return null;
  if (ref.type === 'grant') {
    const digits = n.replace(/^0+/, '');
    return /^\d{7}$/.test(digits) ? { kind: 'registration', number: digits } : null;
  }
  if (ref.type === 'application') {
    if (/^\d{10}$/.test(n)) return { kind: 'application', number: n };
    const old = /^(\d{1,6})(\d{2})$/.exec(n);
    if (old) {
      const yy = Number(old[2]);
      const year = yy >= 50 ? 1900 + yy : 2000 + yy;
      if (year < 2000) return { kind: 'application', number: `${year}${(old[1] ?? '').padStart(6, '0')}` };
    }
    return null;
  }
  if (/^\d{10}$/.test(n)) return { kind: 'publication', number: n };
  const era = /^([SHR])(\d{2})(\d{1,6})$/.exec(n);
  if (era) {
    const offset = era[1] === 'S' ? 1925 : era[1] === 'H' ? 1988 : 2018;
    return { kind: 'publication', number: `${offset + Number(era[2])}${(era[3] ?? '').padStart(6, '0')}` };
  }
  return null;
}

/**
 * A PCT ref → the number pct_national_phase_application_number takes. The only recorded request used
 * `international_application/JP9999999999` (receiving office + year + 6-digit serial), so applications use
 * that form; publications use `WO` + year + serial (assumption, not recorded).
 */
export function pctNumberOf(ref: RefLike): { kind: 'international_application' | 'international_publication'; number: string } | null {
  // Before 2004 WO numbers had a 2-digit year and a 5-digit serial (DOCDB WO.0212345, US.0321714.W);
  // the JPO API takes every one as 4-digit year + 6-digit serial (FORMATS.md §2.4).
  const long = (n: string): string | null => {
    if (/^\d{10}$/.test(n)) return n;
    const m = /^(\d{2})(\d{5})$/.exec(n);
    return m ? `${Number(m[1]) >= 78 ? '19' : '20'}${m[1]}0${m[2]}` : null;
  };
  if (ref.country === 'WO' && ref.type === 'publication') {
    const n = long(docdbNumber(ref) ?? '');
    return n ? { kind: 'international_publication', number: `WO${n}` } : null;
  }
  // PCT applications carry country 'WO' but a docdb country of the receiving office: `JP.2021034567.W` (FORMATS §2.4).
  const pct = ref.type === 'application' ? /^([A-Z]{2})\.(\d{7}|\d{10})\.W$/.exec(ref.docdb ?? '') : null;
  const n = pct && long(pct[2] ?? '');
  if (pct && n) return { kind: 'international_application', number: `${pct[1]}${n}` };
  return null;
}
