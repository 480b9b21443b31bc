// Japan: labels (特開/特表/特公/特願/実開/実公/実願/再表/特許第…号/実登), era years, Latin forms, gazette
// echoes "(P2022-045678A)". FORMATS.md §2.1: publications keep the era letter (JPH07234567), applications
// use the Western year (DOCDB serial+yy before 2000), grants carry no year.
import { appLabelBefore, textAfter } from '../context';
import { ERA_BASE, ERA_OF_WORD, type EraLetter, westernYear } from '../era';
import { docdbOf } from '../format/docdb';
import { epodocPub } from '../format/epodoc';
import { KIND, L, R, kindOf, rx } from '../patterns';
import { digits, hit, pad } from '../ref';
import type { Groups, Hint, NumberType, PatentRef, Rule } from '../types';

const base = (e: string): number => ERA_BASE[e as EraLetter] ?? 1988;

/** Label → [type, kind] (§4 b: the JP label fixes the kind). */
const LABELS: Record<string, [NumberType, string | null]> = {
  特開: ['publication', 'A'], 特表: ['publication', 'A'], 特許出願公開: ['publication', 'A'], 特許公開: ['publication', 'A'], 公開特許公報: ['publication', 'A'],
  公表特許公報: ['publication', 'A'], 特公: ['publication', 'B2'], 特願: ['application', 'A'], 特許出願: ['application', 'A'],
  特許願: ['application', 'A'], 実開: ['publication', 'U'], 実公: ['publication', 'Y2'], 実願: ['application', 'U'],
  実用新案登録願: ['application', 'U'], 実用新案登録出願: ['application', 'U'], 実用新案出願公開: ['publication', 'U'],
  再表: ['publication', 'A1'], 再公表: ['publication', 'A1'], 再公表特許: ['publication', 'A1'], 特許: ['grant', null], 実用新案登録: ['grant', 'U'],
  実登: ['grant', 'U'], 登録実用新案: ['grant', 'U'],
  特开: ['publication', 'A'], 特愿: ['application', 'A'], 实开: ['publication', 'U'], 实愿: ['application', 'U'],   // Chinese texts
  특개: ['publication', 'A'], 특표: ['publication', 'A'], 특원: ['application', 'A'],   // Korean texts citing JP documents
};

/** Two-digit year without an era letter: 01–11 Heisei, otherwise Shōwa (§2.1, "infer it"). */
const guessEra = (yy: number): string => (yy <= 12 ? 'H' : 'S');

/**
 * A JP document with a year: `era` is S/H/R or null, `year` as written (1–4 digits).
 * Publications before 2000 become era form; applications use the Western year.
 */
export function jpDated(type: NumberType, kind: string | null, era: string | null, year: string, serial: string, appKind = 'A'): PatentRef | null {
  let west: number;
  const y = Number(year);
  // An era has no year 0 ("JPH0 918425" is H09-18425 broken in the wrong place); 元 is its year 1.
  if (era && y === 0 && year !== '元') return null;
  if (era) west = base(era) + (y || 1);
  else if (year.length === 4) west = y;
  else if (year.length <= 2) { era = guessEra(y); west = base(era) + y; }
  else return null;
  // Era numbers stop at 1999 (H11); 2000 on uses the Western year (§2.1: there is no 特開平12- series).
  if (west < 1950 || west > 2039 || (era && (y > 64 || (era === 'H' && y > 11) || era === 'R'))) return null;
  const s = String(Number(serial));
  if (type === 'application') {
    if (s.length > 6) return null;
    const k = kind && kind.charAt(0) === 'U' ? 'U' : appKind;
    const number = west >= 2000 ? `${west}${pad(s, 6)}` : `${s}${String(west).slice(2)}`;
    return { country: 'JP', type, number, kind: null, docdb: `JP.${number}.${k}`, epodoc: `JP${west}${pad(s, 7)}${k === 'U' ? 'U' : ''}` };
  }
  let number: string;
  if (west >= 2000) number = `${west}${pad(s, 6)}`;
  else {
    const e = era ?? (west >= 1989 ? 'H' : 'S');
    number = `${e}${pad(String(west - base(e)), 2)}${s}`;
  }
  if (serial.length > 6 || s.length > 6) return null;
  return { country: 'JP', type, number, kind, docdb: docdbOf('JP', number, kind), epodoc: epodocPub('JP', number, kind) };
}

/** A JP grant or utility-model registration number (no year). */
export function jpGrant(n: string, kind: string | null, type: NumberType = 'grant'): PatentRef | null {
  const number = digits(n).replace(/^0+/, '');
  if (number.length < 6 || number.length > 7) return null;
  return { country: 'JP', type, number, kind, docdb: docdbOf('JP', number, kind), epodoc: epodocPub('JP', number, kind) };
}

/** Type from a written kind for a JP number: with a year A/B/U/Y are publications, without one B/U are grants. */
function jpType(kind: string | null, dated: boolean, hint: Hint): NumberType {
  if (hint === 'application') return 'application';
  if (!kind) return hint ?? (dated ? 'publication' : 'grant');
  if (dated) return 'publication';
  return kind.charAt(0) === 'A' || kind.charAt(0) === 'Y' ? 'publication' : 'grant';
}

/** Latin "JP …" body: era, Western year, 2-digit year, compact, grant, JPWO. */
export function jpLatin(m: Groups, i: number, kind: string | null, hint: Hint): PatentRef | null {
  const g = m as unknown as string[];
  const [eraL, eraY, eraS, cEra, cY, cS, wY, wS, yy, yS, cW, gN, woY, woS, epY, epS, c8, bY, bA, bB] = g.slice(i, i + 20) as (string | undefined)[];
  if (bY) return jpDated(jpType(kind, true, hint), kind, null, bY, `${bA}${bB}`);
  if (epY) return jpDated('application', null, null, epY, epS ?? '');
  if (c8) return jpDated(jpType(kind, true, hint), kind, null, c8.slice(0, 2), c8.slice(2));
  if (woY) {
    const number = `WO${woY}${woS ?? ''}`, k = kind ?? null;
    return { country: 'JP', type: 'publication', number, kind: k, docdb: docdbOf('JP', number, k), epodoc: epodocPub('JP', number, k) };
  }
  if (gN) return jpGrant(gN, kind, jpType(kind, false, hint));
  const type = jpType(kind, true, hint);
  if (eraL) return jpDated(type, kind, ERA_OF_WORD[eraL] ?? 'H', eraY ?? '', eraS ?? '');
  if (cEra) return jpDated(type, kind, cEra, cY ?? '', cS ?? '');
  // "JP 2019-2020" is a range of years, not a number: Latin forms need a 4+ digit serial that is not a year.
  // "JP-2021-5678" is a product or firmware code: a Western-year serial of four digits counts only with a kind written.
  // Chemical Abstracts groups the serial: "Jpn. Kokai Tokkyo Koho JP 2005 123,456".
  if (wY) {
    const serial = wS?.replace(',', '');
    return serial && serial.length >= (kind ? 4 : 5) && !/^(?:19|20)[0-9]{2}$/.test(serial) ? jpDated(type, kind, null, wY, serial) : null;
  }
  if (yy) return jpDated(type, kind, null, yy, yS ?? '');
  if (cW) return jpDated(type, kind, null, cW.slice(0, 4), cW.slice(4));
  return null;
}

const ERA = '(昭和|平成|令和|昭|平|令|S|H|R)';
// JPO office actions wrap lines at a fixed width, even inside a number (特開２００５－０５\n４６４３号公報):
// a digit may be preceded by one line break. D4/D6: up to 4 / 6 digits with such breaks (bounded, linear).
const D4 = '[0-9](?:\\n?[0-9]){0,3}';
const D6 = '[0-9](?:\\n?[0-9]){0,5}';
const nl = (s: string): string => (s.includes('\n') ? s.replace(/\n/g, '') : s);
const LABEL_RE = rx(`(?<![州ツス湾ダア仮]|(?<!日本)国)(特开|特愿|实开|实愿|特許出願公開|特許公開|公開特許公報|公表特許公報|実用新案出願公開|実用新案登録出願|実用新案登録願|特許出願|特許願|再公表特許|再公表|特開|特表|特公|特願|実開|実公|実願|再表|특개|특표|특원)\\s?(?:第\\s?)?(?:${ERA}\\s?)?(${D4}|(?<=[昭平令和成]\\s?)元)\\s?(?:年\\s?)?[-/.]\\s?(${D6})(?![0-9])(?:\\s?号)?`);
// 平成10年特許願第123456号 / 2020年特許願第…号; the Western year is a lookbehind so the scan starts at a literal.
const ERA_APP_RE = rx(`(?:(昭和|平成|令和)\\s?([0-9]{1,2}|元)\\s?年|年(?<=(?<![0-9])((?:19|20)[0-9]{2})\\s?年))\\s?(特許願|特許出願|実用新案登録願|実用新案登録出願)\\s?第\\s?([0-9]{1,6})\\s?号`);
// 「特開2019-123456号公報、同2019-234567号公報」: 同 repeats the nearest label before it (lookbehind, lazy).
const DITTO_RE = rx(`同(?<=(特開|特表|特公|特願|実開|実公|実願)[^。\\n]{0,80}?同)\\s?(?:${ERA}\\s?)?(${D4})\\s?-\\s?(${D6})(?![0-9])(?:\\s?号)?`);
// 特許 after a country name (米国特許第…, 欧州特許第…) is a foreign patent: context.ts labels it.
const GRANT_RE = rx(`(実用新案登録|登録実用新案|実登|(?<![国州ツス湾ダア])特許)\\s?(第\\s?)?([0-9]{1,2},[0-9]{3},[0-9]{3}|[0-9](?:\\n?[0-9]){5,6})(?![0-9])(\\s?号)?`);
const JPO_KIND = /^(?:公報|明細書)?\s?\(JP\s?,\s?([BUY][0-9]?)\)/;
const ECHO_RE = rx(`\\(P([0-9]{4}|[0-9]{2})-([0-9]{1,6})([AU][0-9]?)?\\)|\\(P([0-9]{7})\\)`);
const LATIN_BODY = '(?:(S|H|R|Sho|Hei|Showa|Heisei)[ .-]?([0-9]{1,2})[ .-]([0-9]{1,6})|([SHR])([0-9]{2})([0-9]{3,6})' +
  '|([0-9]{4})(?: |-\\s?)([0-9]{1,6}|[0-9]{3},[0-9]{3})|([0-9]{2}(?=[.-][0-9]{3})|[0-9](?=-[0-9]{5,6}(?![0-9])))[.-]([0-9]{3,6})|((?:19|20)[0-9]{8})|([0-9],?[0-9]{3},?[0-9]{3})|WO([0-9]{4})/?([0-9]{6})' +
  // EPODOC application JP20180123456 (Espacenet priority lists, §1.2); 8 digits with kind A: era implied (PatZilla)
  '|((?:19|20)[0-9]{2})([0-9]{7})|([0-9]{8})(?=\\s?\\(?A|[.;,]?\\s?\\((?:19|20)[0-9]{2}\\))' +
  // "JP-A- 57 078 670" (PatCit): yy + 3 + 3 digits in blocks, only after the EPO kind-letter prefix
  '|([0-9]{2}) ([0-9]{3}) ([0-9]{3})(?![0-9]))';
// "JP-A2015-123458", "JP-OS57-123457": EP descriptions glue the kind letter to a dated number.
const LATIN_RE = rx(`${L}JP[ ,-]{0,2}(?:([ABUY]|OS)[0-9]?(?:\\s?-\\s?|\\s|(?<=[AS])(?=(?:19|20)?[0-9]{2}-[0-9])))?${LATIN_BODY}${KIND}${R}`);

// J-PlatPat fixed URLs (peers §4.6, observed): JP-2020-123456/11, JP-7123456/15. The code after the slash is
// law (1 patent, 2 utility model) then stage (0 application, 1 publication, 5 registration).
// KIPRIS lists foreign priorities as "JP-P-2018-123456" (country, P for patent, year, serial): a JP application.
const KIPRIS_PRIORITY_RE = rx(`${L}JP-P-((?:19|20)[0-9]{2})-([0-9]{6})${R}`);
const JPP_URL_RE = rx(`${L}JP-(?:([0-9]{4})-([0-9]{6})|([0-9]{7}))/([12])([015])(?![0-9])`);

function jppUrl(m: Groups): PatentRef | null {
  const um = m[4] === '2';
  if (m[3]) return m[5] === '5' ? jpGrant(m[3], um ? 'U' : null) : null;
  if (m[5] === '5') return null;
  return m[5] === '0' ? jpDated('application', um ? 'U' : null, null, m[1], m[2], um ? 'U' : 'A') : jpDated('publication', um ? 'U' : 'A', null, m[1], m[2]);
}

export const jpRules: Rule[] = [
  { re: KIPRIS_PRIORITY_RE, pri: 6, make: (m) => hit(m.index, m.index + m[0].length, jpDated('application', null, null, m[1], m[2]), 6) },
  { re: JPP_URL_RE, pri: 6, make: (m) => hit(m.index, m.index + m[0].length, jppUrl(m), 6) },
  { re: LABEL_RE, pri: 6, cjk: true, make: (m) => {
    const [type, kind] = LABELS[m[1]] ?? ['publication', null];
    if (kind === 'A1') {                       // 再表2017/123456 → JP.WO2017123456.A1 (§2.1 table)
      const y = nl(m[3]), n = nl(m[4]);
      if (y.length !== 4 || n.length > 6) return null;
      const number = `WO${y}${pad(n, 6)}`;
      return hit(m.index, m.index + m[0].length, { country: 'JP', type, number, kind, docdb: `JP.${number}.A1`, epodoc: `JP${number}A1` }, 6);
    }
    const era = m[2] ? ERA_OF_WORD[m[2]] ?? null : null;
    return hit(m.index, m.index + m[0].length, jpDated(type, kind, era, nl(m[3]), nl(m[4])), 6);
  } },
  { re: DITTO_RE, pri: 6, cjk: true, make: (m) => {
    const [type, kind] = LABELS[m[1]] ?? ['publication', null];
    return hit(m.index, m.index + m[0].length, jpDated(type, kind, m[2] ? ERA_OF_WORD[m[2]] ?? null : null, nl(m[3]), nl(m[4])), 6);
  } },
  { re: ERA_APP_RE, pri: 6, cjk: true, make: (m, t) => {
    const [type, kind] = LABELS[m[4]] ?? ['application', 'A'];
    const era = m[1] ? ERA_OF_WORD[m[1]] ?? null : null;
    // Prose years (平成10年, 令和2年) are turned into Western years: applications are numbered by them (§1.3).
    const y = era ? String(westernYear(era, m[2])) : m[3];
    const start = m[3] ? t.lastIndexOf(m[3], m.index) : m.index;
    return hit(start, m.index + m[0].length, jpDated(type, kind, null, y, m[5], kind === 'U' ? 'U' : 'A'), 6);
  } },
  { re: GRANT_RE, pri: 6, cjk: true, make: (m, t) => {
    // 特許 + digits needs 第 or 号 (not a price or count), except J-PlatPat's list form 特許7123456: glued,
    // 7 digits in the new-law grant range (2,500,001 on, §2.1), no unit after.
    if (m[1] === '特許' && !m[2] && !m[4] &&
      !(/^特許[2-7],?[0-9]{3},?[0-9]{3}$/.test(m[0]) && !/^[円件万個人名年%]/.test(t.charAt(m.index + m[0].length)))) return null;
    const [type, kind] = LABELS[m[1]] ?? ['publication', null];
    // JPO citation lists write the kind after the gazette: 特許第5998650号公報（ＪＰ，Ｂ２） (§4 a: written next to it).
    const end = m.index + m[0].length;
    const written = JPO_KIND.exec(textAfter(t, end, 16))?.[1] ?? null;
    return hit(m.index, end, jpGrant(m[3], written ?? kind, type), 6);
  } },
  { re: ECHO_RE, pri: 6, solo: true, make: (m, t) => {
    // 【出願番号】特願2021-123456(P2021-123456): an echo without kind after 特願/出願 is the application.
    const app = !m[3] && /特願|出願/.test(t.slice(Math.max(0, m.index - 24), m.index));
    const ref = m[4] ? jpGrant(m[4], null) : jpDated(app ? 'application' : 'publication', m[3] ?? null, null, m[1], m[2]);
    return hit(m.index + 1, m.index + m[0].length - 1, ref, 6);
  } },
  { re: LATIN_RE, pri: 5, make: (m, t) => {
    // EPO citation style "JP-A-…": for JP the letter fixes the kind (A = kokai, §4 b).
    const dated = !m[13] && !m[14];
    if (m[19] && !m[1]) return null;           // blocks of digits only after "JP-A-"
    let kind = kindOf(m, 22) ?? (m[1] === 'A' || m[1] === 'OS' ? 'A' : m[1] === 'B' && dated ? 'B2' : null);
    // "Kokai Tokkyo Koho" (the unexamined publication's gazette) names kind A, whatever the number's form.
    if (!kind && /Kokai Tokkyo Koho\s?$/i.test(t.slice(Math.max(0, m.index - 24), m.index))) kind = 'A';
    // Chemical Abstracts: "Jpn. Kokai Tokkyo Koho JP 61234567 (1986)" — era year + serial, the Western year in
    // brackets (which must agree), Kokai = the unexamined publication (A).
    if (m[18] && !kindOf(m, 22)) {
      const year = /^\s?\(((?:19|20)[0-9]{2})\)/.exec(textAfter(t, m.index + m[0].length, 8))?.[1];
      if (year) {
        const n = Number(m[18].slice(0, 2));
        if ((n <= 11 ? 1988 + n : 1925 + n) !== Number(year)) return null;
        if (/Kokai/i.test(t.slice(Math.max(0, m.index - 32), m.index))) kind = 'A';
      }
    }
    // J-PlatPat English "Application JP,1995-104333" / "Application number: JP,2019-012345" (§2.1) and Google
    // "Priority to JP2002289628A", "Application JP2019012345A events" (§3.6) are applications.
    const app = appLabelBefore(t, m.index) || (!kindOf(m, 22) && /^\s?\(?\s?(?:filed|出願)/i.test(textAfter(t, m.index + m[0].length, 10)));
    return hit(m.index, m.index + m[0].length, jpLatin(m, 2, kind, app ? 'application' : null), 5);
  } },
];
