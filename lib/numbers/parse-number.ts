// One typed number → the same PatentRef the page scanner gives, a reason when it is not a number,
// or every reading when the written form is ambiguous (FORMATS.md §3.9: the same JP digits name an
// application, a kokai and a kokoku).
import { findHits } from './find-numbers';
import { jpDated, jpGrant } from './offices/jp';
import { krApp, krGrant } from './offices/kr';
import { usApp, usGrant } from './offices/us';
import { docdbSpellings, dottedDocdb, peel, upperLatin } from './pasted';
import { isGenericOffice } from './offices/generic';
import { pubRef, typeOfKind } from './ref';
import { parseRight } from './rights';
import type { NumberType, PatentRef } from './types';

/** Why one written form has several readings, for the panel to say in the user's language. */
export type Ambiguity = 'docdb-shape' | 'kr-shape' | 'jp-unlabelled' | 'bare-grant' | 'bare-dated';

export type ParseResult =
  | { ok: true; ref: PatentRef; readings: PatentRef[]; ambiguity?: Ambiguity }
  | { ok: false; reason: string };

const strip = (r: PatentRef): PatentRef => {
  const { ...ref } = r as PatentRef & Partial<Record<'raw' | 'start' | 'end', unknown>>;
  return ref;
};

/** Readings of inputs that carry no country or label, for the lookup box. */
function bareReadings(s: string): PatentRef[] {
  let m: RegExpExecArray | null;
  if ((m = /^([0-9]{4})-([0-9]{1,6})$/.exec(s))) {        // 2021-012345: JP application or publication
    return [jpDated('publication', null, null, m[1] ?? '', m[2] ?? ''), jpDated('application', null, null, m[1] ?? '', m[2] ?? '')]
      .filter((r): r is PatentRef => !!r);
  }
  if ((m = /^([0-9]{2})\/([0-9]{3}),?([0-9]{3})$/.exec(s))) { const r = usApp(m[1] ?? '', `${m[2]}${m[3]}`, null); return r ? [r] : []; }
  if ((m = /^([0-9]{1,2},[0-9]{3},[0-9]{3}|[0-9]{7,8})$/.exec(s))) {
    // A bare 7-digit number: a US grant first, a JP grant second (JP grants are below 8 million).
    const jp = Number((m[1] ?? '').replace(/,/g, '')) < 8_000_000 ? jpGrant(m[1] ?? '', null) : null;
    return [usGrant('', m[1] ?? '', null), jp].filter((r): r is PatentRef => !!r);
  }
  // RE43,633 / D645,062 / PP12,345: only the USPTO numbers reissues, designs and plant patents this way.
  if ((m = /^(RE|D|PP)([0-9]{1,3},?[0-9]{3})$/.exec(s))) { const r = usGrant(m[1] ?? '', m[2] ?? '', null); return r ? [r] : []; }
  if ((m = /^US([0-9]{3},?[0-9]{3})$/.exec(s))) { const r = usGrant('', m[1] ?? '', null); return r ? [r] : []; }   // pre-1976 grants
  if ((m = /^(10|20)-([0-9]{7})$/.exec(s))) { const r = krGrant(m[1] ?? '', m[2] ?? '', null); return r ? [r] : []; }
  return [];
}

/** Same shape, other document (FORMATS.md §2.5, §3.6, §3.9): KR applications and publications share
 *  tt-yyyy-nnnnnnn, and a kind-less JP yyyy-nnnnnn with no label is an application or a publication. */
function otherReadings(r: PatentRef, s: string): PatentRef[] {
  if (r.kind || (r.type !== 'publication' && r.type !== 'application')) return [];
  const other = r.type === 'publication' ? 'application' : 'publication';
  if (r.country === 'KR' && /^[0-9]{11}$/.test(r.number) && !/[가-힣]|Korean/.test(s)) {
    const x = krApp(r.rightCode ?? '10', r.number.slice(0, 4), r.number.slice(4), null, other);
    return x ? [x] : [];
  }
  if (r.country === 'JP' && /^JP[ ,-]?[0-9]{4}-?[0-9]{6}$/.test(s)) {
    const x = jpDated(other, null, null, r.number.slice(0, 4), r.number.slice(4));
    return x ? [x] : [];
  }
  return [];
}

const REASONS: [RegExp, string][] = [
  [/^\s*$/, 'The input is empty.'],
  [/^[^0-9０-９]*$/, 'There are no digits in the input.'],
  [/商願|商標|trade\s?mark/i, 'This is a trademark number, not a patent document.'],
  [/意匠|意願|design\s+reg/i, 'Design numbers are not patent documents in DOCDB (FORMATS.md §2.1).'],
  [/不服|無効|IPR|PGR/, 'This is a trial or court case number, not a patent document.'],
  [/^(?:19|20)[0-9]{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12][0-9]|3[01])$/, 'This looks like a date.'],
  [/^\+?[0-9]{2,4}-[0-9]{2,4}-[0-9]{3,4}$/, 'This looks like a phone number.'],
];

/** Readings of a text that is one number and nothing else (give or take label words). */
function wholeReadings(s: string): { readings: PatentRef[]; hits: number } {
  const { hits } = findHits(s);
  const whole = hits.filter((h) => s.slice(0, h.start).replace(/[A-Za-z.\s:#]|[^\x00-\x7f]/g, '') === '' && s.slice(h.end).replace(/[\s号號]/g, '') === '');
  return { readings: whole.map((h) => strip(h.ref)), hits: hits.length };
}

const typeKey = (r: PatentRef): string => `${r.type} ${r.country} ${r.docdb ?? r.epodoc ?? r.number}`;

// The type word PatentPeek writes after a number whose office form does not say it ("CN201910123456 (application)").
const TYPE_WORD = /\s?\((application|publication|patent)\)$/i;
const TYPE_OF_WORD: Record<string, NumberType> = { application: 'application', publication: 'publication', patent: 'grant' };

/** Offices whose number is the same in every form (no year or series to rebuild): a whole input of
 *  CC + digits + kind is that office's document even where page text needs more to be sure. TW only
 *  with a type word: its applications and publications share the 9-digit shape. */
const PLAIN_OFFICES = /^(?:AU|CA|DE|FR|GB|IN)$/;
function codeReadings(s: string, typed: boolean): PatentRef[] {
  const m = /^([A-Z]{2})\s?([0-9]{5,12})\s?([A-Z][0-9]?)?$/.exec(s);
  const cc = m?.[1] ?? '';
  if (!m || !(isGenericOffice(cc) || PLAIN_OFFICES.test(cc) || (typed && cc === 'TW'))) return [];
  const kind = m[3] ?? null;
  return [pubRef(cc, typeOfKind(kind, 'publication'), m[2] ?? '', kind)];
}

// Offices with their own application forms (特願…, 16/123,456, EP 19 205 846, PCT/…, 10-yyyy-…): a type word
// never turns one of their publications into an application.
const OWN_APPLICATION_FORM = /^(?:JP|US|EP|WO|KR)$/;

/** A reading given the type its type word names, or null when the reading cannot be that type: a
 *  kind code fixes it (A1 is no grant), or the office writes its applications another way. */
function asType(r: PatentRef, type: NumberType): PatentRef | null {
  if (r.type === type) return r;
  if (type === 'application') return r.type === 'publication' && !OWN_APPLICATION_FORM.test(r.country) ? { ...r, type, kind: null } : null;
  return r.type !== 'application' && !r.kind ? { ...r, type } : null;
}

/** Readings of one written number (no type word, not the dotted form), and how many numbers the text held. */
function readText(peeled: string, typed: boolean): { readings: PatentRef[]; hits: number } {
  const upper = upperLatin(peeled);
  let hits = 0;
  for (const text of upper === peeled ? [peeled] : [peeled, upper]) {
    const whole = wholeReadings(text);
    hits = Math.max(hits, whole.hits);
    if (whole.readings.length === 1) whole.readings.push(...otherReadings(whole.readings[0] as PatentRef, text));
    if (whole.readings.length) return { readings: whole.readings, hits };
  }
  const bare = bareReadings(upper.replace(/\s+/g, ''));
  return { readings: bare.length ? bare : codeReadings(upper, typed), hits };
}

/** The extension's own dotted DOCDB form: every reading whose DOCDB is exactly the one given. DOCDB
 *  writes an application like a publication and a kind-less grant like a publication, so each
 *  spelling is read with each type word and only exact matches are kept. */
function docdbReadings(s: string): PatentRef[] {
  const parts = dottedDocdb(s);
  if (!parts) return [];
  const seen = new Map<string, PatentRef>();
  for (const spelling of docdbSpellings(parts)) {
    for (const type of [undefined, 'application', 'grant'] as const) {
      for (const r of typedReadings(spelling, type).readings) if (r.docdb === s && !seen.has(typeKey(r))) seen.set(typeKey(r), r);
    }
  }
  return [...seen.values()];
}

function typedReadings(peeled: string, forced: NumberType | undefined): { readings: PatentRef[]; hits: number } {
  const read = readText(peeled, !!forced);
  if (!forced || !read.readings.length) return read;
  const kept = read.readings.filter((r) => r.type === forced);
  const first = asType(read.readings[0] as PatentRef, forced);
  return { readings: kept.length ? kept : first ? [first] : [], hits: read.hits };
}

function ambiguityOf(readings: PatentRef[], s: string, dotted: boolean): Ambiguity | undefined {
  if (readings.length < 2) return undefined;
  if (dotted) return 'docdb-shape';
  if (readings.some((r) => r.country === 'KR')) return 'kr-shape';
  if (readings.every((r) => r.type === 'grant')) return 'bare-grant';
  return /^[0-9]/.test(s) ? 'bare-dated' : 'jp-unlabelled';
}

export function parseNumber(input: string): ParseResult {
  const s = input.trim();
  // A design or trademark is not a patent document, but the JPO answers it: the lookup box takes it.
  const right = parseRight(s);
  if (right) return { ok: true, ref: right, readings: [right] };
  for (const [re, reason] of REASONS) if (re.test(s)) return { ok: false, reason };
  const typed = TYPE_WORD.exec(s);
  const forced = typed ? TYPE_OF_WORD[(typed[1] ?? '').toLowerCase()] : undefined;
  const peeled = peel(typed ? s.slice(0, typed.index) : s);
  const dotted = docdbReadings(upperLatin(peeled));
  const { readings, hits } = dotted.length ? { readings: dotted, hits: 1 } : typedReadings(peeled, forced);
  if (!readings.length) {
    return { ok: false, reason: hits > 1 ? 'The input holds more than one number; enter one at a time.' : 'This is not a patent number format we know.' };
  }
  const ambiguity = ambiguityOf(readings, upperLatin(peeled), dotted.length > 0);
  return { ok: true, ref: readings[0] as PatentRef, readings, ...(ambiguity && { ambiguity }) };
}
