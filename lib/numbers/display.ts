// The written form of a number as each office prints it (特願2020-123456, 特開平7-234567,
// US 10,123,456 B2, EP 2 400 812 A1, PCT/JP2020/012345 …), built from the contract fields alone so
// that a DocRef from an office answer reads the same as a number found on a page. DOCDB gives JP
// applications and publications the same form (JP.2020123456.A is both), so the form shown and
// copied is the office's own, which names the type; parseNumber reads every one of them back to the
// same document and type (display.test.ts checks it over the engine's own outputs).
import type { RefLike } from '../model/ref-like';
import { type EraLetter, eraKanji, eraName, westernYear } from './era';
import { parseNumber } from './parse-number';
import { rightLabel } from './rights';

export interface WrittenForm {
  /** As the office writes it: the form shown in headings and copied. */
  text: string;
  /** The Western year of an era-year number (特願平7-123456 → 1995), shown beside it. */
  year?: string;
}

type Ref = RefLike & { kind?: string | null; original?: string };


/** 'JP.2020123456.A' → number and kind; null when the DOCDB form is not there. */
function docdbParts(docdb: string | null): { number: string; kind: string | null } | null {
  const m = docdb ? /^[A-Z]{2}\.([0-9A-Z]+)(?:\.([A-Z][0-9]?))?$/.exec(docdb) : null;
  return m ? { number: m[1] ?? '', kind: m[2] ?? null } : null;
}

const group3 = (n: string): string => n.replace(/\B(?=([0-9]{3})+(?![0-9]))/g, ',');
const withKind = (s: string, kind: string | null | undefined): string => (kind ? `${s} ${kind}` : s);

function japanese(ref: Ref, number: string, kind: string | null): WrittenForm | null {
  const utility = !!kind && /^[UY]/.test(kind);
  let m: RegExpExecArray | null;
  if (ref.type === 'grant') return /^[0-9]{6,7}$/.test(number) ? { text: utility ? `実用新案登録第${number}号` : `特許第${number}号` } : null;
  if (ref.type === 'application') {
    const label = kind === 'U' ? '実願' : '特願';
    if ((m = /^((?:19|20)[0-9]{2})([0-9]{6})$/.exec(number))) return { text: `${label}${m[1]}-${m[2]}` };
    // Before 2000 DOCDB writes serial + two-digit year (特願平10-123456 → JP.12345698.A, FORMATS.md §2.1).
    if ((m = /^([0-9]{1,6})([0-9]{2})$/.exec(number))) {
      const west = 1900 + Number(m[2]);
      return { text: `${label}${eraName(west)}-${m[1]}`, year: String(west) };
    }
    return null;
  }
  const label = kind?.startsWith('B') ? '特公' : kind?.startsWith('U') ? '実開' : kind?.startsWith('Y') ? '実公' : null;
  if ((m = /^WO([0-9]{4})([0-9]{6})$/.exec(number))) return { text: `再表${m[1]}/${m[2]}` };
  if ((m = /^((?:19|20)[0-9]{2})([0-9]{6})$/.exec(number))) {
    // Kohyo (translations of PCT applications) are numbered from 500001 in each year's series.
    return { text: `${label ?? (Number(m[2]) > 500000 ? '特表' : '特開')}${m[1]}-${m[2]}` };
  }
  if ((m = /^([SHR])([0-9]{2})([0-9]{1,6})$/.exec(number))) {
    const era = (m[1] ?? 'H') as EraLetter;
    return { text: `${label ?? '特開'}${eraKanji(era)}${Number(m[2])}-${m[3]}`, year: String(westernYear(era, m[2] ?? '')) };
  }
  return null;
}

function latin(ref: Ref, number: string, kind: string | null): WrittenForm | null {
  const cc = ref.country;
  let m: RegExpExecArray | null;
  if (cc === 'US') {
    if (ref.type === 'application') {
      // A DocRef keeps the text as written ("U.S. Appl. No. 16/123,456"): its serial is the office form.
      const original = ref.original ?? (ref.raw ? (parseNumber(ref.raw) as { ref?: { original?: string } }).ref?.original : undefined);
      return original ? { text: `US ${original}` } : null;
    }
    if ((m = /^((?:19|20)[0-9]{2})([0-9]{6})$/.exec(number)) && ref.type === 'publication') return { text: withKind(`US ${m[1]}/0${m[2]}`, kind) };
    if ((m = /^(RE|D|PP|T|H)?([0-9]{3,8})$/.exec(number))) return { text: withKind(`US ${m[1] ?? ''}${group3(m[2] ?? '')}`, kind) };
    return null;
  }
  if (cc === 'EP') {
    if (ref.type === 'application') return /^[0-9]{8}$/.test(number) ? { text: `EP ${number.slice(0, 2)} ${number.slice(2, 5)} ${number.slice(5)}${ref.original?.match(/\.[0-9]$/)?.[0] ?? ''}` } : null;
    return /^[0-9]{7}$/.test(number) ? { text: withKind(`EP ${number.charAt(0)} ${number.slice(1, 4)} ${number.slice(4)}`, kind) } : null;
  }
  if (cc === 'WO') {
    const ro = ref.type === 'application' ? /^([A-Z]{2})\./.exec(ref.docdb ?? '')?.[1] : null;
    if ((m = /^((?:19|20)[0-9]{2})([0-9]{6})$/.exec(number))) return { text: ro ? `PCT/${ro}${m[1]}/${m[2]}` : withKind(`WO ${m[1]}/${m[2]}`, kind) };
    if ((m = /^([0-9]{2})([0-9]{5,6})$/.exec(number))) return { text: ro ? `PCT/${ro}${m[1]}/${m[2]}` : withKind(`WO ${m[1]}/${m[2]}`, kind) };
    return null;
  }
  if (cc === 'KR') {
    // DOCDB drops the right code of applications and publications; the kind tells utility models (20).
    const right = kind?.startsWith('U') || kind?.startsWith('Y') ? '20' : '10';
    if ((m = /^((?:19|20)[0-9]{2})([0-9]{7})$/.exec(number))) {
      return ref.type === 'application'
        ? { text: `${right === '20' ? '실용신안등록출원' : '특허출원'} ${right}-${m[1]}-${m[2]}` }
        : { text: `KR ${right}-${m[1]}-${m[2]} ${kind ?? (right === '20' ? 'U' : 'A')}` };
    }
    if ((m = /^(10|20)([0-9]{7})$/.exec(number))) return { text: withKind(`KR ${m[1]}-${m[2]}`, kind) };
    return null;
  }
  if (cc === 'TW') {
    // TIPO's own words for an application number (申請號); grants and publications by letter or kind.
    if (ref.type === 'application') return /^[0-9]{8,9}$/.test(number) ? { text: `申請號 ${number}` } : null;
    return /^([IMD][0-9]{6,7}|[0-9]{9})$/.test(number) ? { text: withKind(`TW ${number}`, kind) } : null;
  }
  return null;
}

function fallback(ref: Ref, parts: { number: string; kind: string | null } | null): string {
  if (parts) return ref.type === 'application' ? `${ref.country}${parts.number}` : `${ref.country}${parts.number}${parts.kind ?? ''}`;
  return ref.epodoc ?? ref.original ?? (ref.raw ?? '').replace(/\s+/g, ' ').trim();
}

const TYPE_WORD: Record<string, string> = { application: 'application', publication: 'publication', grant: 'patent' };

/**
 * The office's written form of a reference; the compact DOCDB (or the text as written) when no office
 * form applies. Where that form alone would read as another type (a kind-less EP grant, a CN
 * application), the type word follows it, which parseNumber reads: Copy must never change the case.
 */
export function writtenForm(ref: Ref): WrittenForm {
  if (ref.right) return { text: rightLabel(ref.right) };
  const parts = docdbParts(ref.docdb);
  const kind = ref.kind ?? parts?.kind ?? null;
  const own = parts ? (ref.country === 'JP' ? japanese(ref, parts.number, kind) : latin(ref, parts.number, kind)) : ref.country === 'US' ? latin(ref, '', null) : null;
  const form = own ?? { text: fallback(ref, parts) };
  const back = parseNumber(form.text);
  const reads = back.ok && back.ref.type === ref.type && back.ref.country === ref.country;
  return reads || !back.ok && !parts ? form : { ...form, text: `${form.text} (${TYPE_WORD[ref.type]})` };
}
