// One typed number → the same PatentRef the page scanner gives, a reason when it is not a number,
// or every reading when the written form is ambiguous (FORMATS.md §3.9: the same JP digits name an
// application, a kokai and a kokoku).
import { findHits } from './find-numbers';
import { jpDated, jpGrant } from './offices/jp';
import { krApp, krGrant } from './offices/kr';
import { usApp, usGrant } from './offices/us';
import type { PatentRef } from './types';

export type ParseResult =
  | { ok: true; ref: PatentRef; readings: PatentRef[] }
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

export function parseNumber(input: string): ParseResult {
  const s = input.trim();
  for (const [re, reason] of REASONS) if (re.test(s)) return { ok: false, reason };
  const { hits } = findHits(s);
  // The whole input (give or take label words) must be one number.
  const whole = hits.filter((h) => s.slice(0, h.start).replace(/[A-Za-z.\s:#]|[^\x00-\x7f]/g, '') === '' && s.slice(h.end).replace(/[\s号號]/g, '') === '');
  let readings = whole.map((h) => strip(h.ref));
  if (readings.length === 1) readings.push(...otherReadings(readings[0] as PatentRef, s));
  if (!readings.length) readings = bareReadings(s.replace(/\s+/g, ''));
  if (!readings.length) {
    return { ok: false, reason: hits.length > 1 ? 'The input holds more than one number; enter one at a time.' : 'This is not a patent number format we know.' };
  }
  return { ok: true, ref: readings[0] as PatentRef, readings };
}
