// JP design and trademark numbers (issue 17 §4): 意願2020-015234, 意匠登録第1680736号, 商願2024-123456,
// 商標登録第6036291号 and their English citations. They are not patent documents (FORMATS.md §2.1 lists
// them as look-alikes findNumbers must not report), so they live apart from the patent rules: the page
// scan asks for them only where the user switched them on, and C1's CLI never does.
import type { IndustrialRight, RightLaw } from '../model/right';
import { ERA_OF_WORD, westernYear } from './era';
import { normalizeText } from './normalize';
import type { FoundNumber, PatentRef } from './types';

const LAW_OF_WORD: Record<string, RightLaw> = { 意: 'design', 商: 'trademark' };

// 意願 / 商願 (the JPO's short forms), 意匠登録願 / 商標登録出願 (the long ones); the year in AD or in an era
// (平成13年, 平13, 令元), then the serial after a dash or 第. Data starts in 2001 (API-NOTES-JPO-OPD §2),
// but an older number is still that right's number, so eras are read.
const APPLICATION = /(意|商)(?:願|(?:匠|標)登録(?:出)?願)\s?(?:((?:19|20)[0-9]{2})|(平成|令和|平|令)\s?([0-9]{1,2}|元))\s?(?:年\s?)?(?:-|第)\s?([0-9]{1,6})(?![0-9])(?:\s?号)?/g;
// 意匠登録第1680736号, 登録商標第6036291号, 商標登録番号 6036291: registrations run to 7 digits.
const REGISTRATION = /(?:(意|商)(?:匠|標)登録|登録(意|商)(?:匠|標))\s?(?:番号\s?:?\s?)?(?:第\s?)?([0-9]{1,7})(?![0-9])(?:\s?号)?/g;
// "Japanese Design Registration No. 1680736", "JP Trademark Application No. 2024-123456".
const ENGLISH = /\b(?:Japanese|JP)\s(Design|Trade\s?mark)\s(?:(Registration|Reg\.)|(Application|Appl?\.))\s?(?:No\.?|Number|#)?\s?(?:((?:19|20)[0-9]{2})-([0-9]{1,6})|([0-9]{1,7}))(?![0-9])/gi;

const LABEL: Record<RightLaw, { application: string; grant: string }> = {
  design: { application: '意願', grant: '意匠登録' },
  trademark: { application: '商願', grant: '商標登録' },
};

/** The JPO's own written form: 意願2020-015234, 商標登録第6036291号 (parseRight reads it back). */
export function rightLabel(right: IndustrialRight): string {
  const { law, number } = right;
  return number.length === 10 ? `${LABEL[law].application}${number.slice(0, 4)}-${number.slice(4)}` : `${LABEL[law].grant}第${number}号`;
}

function rightRef(law: RightLaw, type: 'application' | 'grant', number: string): PatentRef {
  const right: IndustrialRight = { law, number };
  return { country: 'JP', type, docdb: null, epodoc: null, kind: null, number, label: rightLabel(right), right };
}

const applicationNumber = (year: number, serial: string): string | null =>
  year >= 1900 && year <= 2099 && Number(serial) > 0 ? `${year}${serial.padStart(6, '0')}` : null;
const registrationNumber = (digits: string): string | null => (Number(digits) > 0 ? digits.padStart(7, '0') : null);

interface RightHit {
  start: number;
  end: number;
  ref: PatentRef;
}

function* hitsIn(t: string): Generator<RightHit> {
  for (const m of t.matchAll(APPLICATION)) {
    const law = LAW_OF_WORD[m[1] ?? ''];
    const era = m[3] ? ERA_OF_WORD[m[3]] : undefined;
    const year = m[2] ? Number(m[2]) : era ? westernYear(era, m[4] ?? '') : NaN;
    const number = applicationNumber(year, m[5] ?? '');
    if (law && number) yield { start: m.index, end: m.index + m[0].length, ref: rightRef(law, 'application', number) };
  }
  for (const m of t.matchAll(REGISTRATION)) {
    const law = LAW_OF_WORD[m[1] ?? m[2] ?? ''];
    const number = registrationNumber(m[3] ?? '');
    if (law && number) yield { start: m.index, end: m.index + m[0].length, ref: rightRef(law, 'grant', number) };
  }
  for (const m of t.matchAll(ENGLISH)) {
    const law: RightLaw = /^design$/i.test(m[1] ?? '') ? 'design' : 'trademark';
    const number = m[3] && m[4] ? applicationNumber(Number(m[4]), m[5] ?? '') : m[2] && m[6] ? registrationNumber(m[6]) : null;
    if (number) yield { start: m.index, end: m.index + m[0].length, ref: rightRef(law, m[3] ? 'application' : 'grant', number) };
  }
}

/** Every JP design and trademark number in a text, with offsets into it, in text order. */
export function findRights(text: string): FoundNumber[] {
  if (!/[意商]|design|trade/i.test(text)) return [];
  const t = normalizeText(text);
  return [...hitsIn(t)]
    .sort((a, b) => a.start - b.start)
    .map((h) => ({ raw: text.slice(h.start, h.end), start: h.start, end: h.end, ...h.ref }));
}

/** A text that is one design or trademark number and nothing else (the lookup box), or null. */
export function parseRight(input: string): PatentRef | null {
  const s = input.trim();
  const [hit, ...more] = findRights(s);
  if (!hit || more.length || hit.start !== 0 || s.slice(hit.end).trim() !== '') return null;
  const { raw: _raw, start: _start, end: _end, ...ref } = hit;
  return ref;
}
