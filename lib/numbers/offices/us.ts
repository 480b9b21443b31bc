// United States: grants (utility, RE, D, PP, H, T), pre-grant publications, application serials.
// FORMATS.md §2.2. DOCDB/EPODOC publications are 4+6 digits (one zero of the 7-digit serial dropped).
import { ERA_OF_WORD, westernYear } from '../era';
import { appLabelBefore, priorityTable, textAfter } from '../context';
import { docdbOf } from '../format/docdb';
import { epodocPub } from '../format/epodoc';
import { CG, KIND, L, R, kindOf, rx } from '../patterns';
import { digits, hit } from '../ref';
import type { Groups, Hint, PatentRef, Rule } from '../types';

/** USPTO kind codes (WIPO ST.16, FORMATS.md §2.2); "US-1234567-X" is a SKU, not a patent. */
const US_KIND = /^(?:A[0-9]?|B[0-9]?|C[0-9]?|E[0-9]?|H[0-9]?|I[0-9]?|P[0-9]?|S[0-9]?)$/;

/** Kind letter fixed by a grant prefix (§4: "a prefix that fixes the kind letter counts"). */
const PREFIX_KIND: Record<string, string> = { RE: 'E', D: 'S', PP: 'P', H: 'H', T: 'I' };

/** Series codes that exist for patent applications (§2.2): 02–19, 29 designs, 60–63 provisionals. */
export function validSeries(s: number): boolean {
  return (s >= 2 && s <= 19) || s === 29 || (s >= 60 && s <= 63);
}

export function usGrant(prefix: string, body: string, kind: string | null): PatentRef | null {
  const n = digits(body).replace(/^0+/, '');
  const v = Number(n);
  // Design patents passed D1,000,000 in late 2023: D1,0xx,xxx has 7 digits.
  if (prefix) { if (n.length < 3 || n.length > (prefix === 'D' && /^1[01]/.test(n) ? 7 : 6)) return null; }
  // 12,999,999 is years ahead of the grants issued (≈12.7 M by late 2026); 13xxxxxx are series-13 application
  // serials in PatFT tables ("13006665 Jan 14, 2011").
  else if (v < 100000 || v > 12999999) return null;
  const number = prefix + n;
  return {
    country: 'US', type: 'grant', number, kind,
    docdb: docdbOf('US', number, kind), epodoc: epodocPub('US', number, kind, PREFIX_KIND[prefix]),
  };
}

/** Pre-grant publication 2019/0012345 → US2019012345 (§2.2). */
export function usPub(year: string, serial: string, kind: string | null): PatentRef | null {
  const y = Number(year);
  if (y < 2001 || y > 2039 || serial.length < 6 || serial.length > 7) return null;
  const s = serial.length === 7 ? serial : '0' + serial;
  if (s[0] !== '0') return null;
  const number = year + s.slice(1);
  return { country: 'US', type: kind && kind.charAt(0) === 'B' ? 'grant' : 'publication', number, kind,
    docdb: docdbOf('US', number, kind), epodoc: 'US' + number };
}

/** Application serial 16/123,456; the filing year (when the text gives it) builds DOCDB/EPODOC (§1.3, §2.2). */
export function usApp(series: string, serial: string, year: string | null, kind: string | null = null): PatentRef | null {
  const s = Number(series);
  if (!validSeries(s) || serial.length !== 6) return null;
  const original = `${series}/${serial.slice(0, 3)},${serial.slice(3)}`;
  const prov = s >= 60 && s <= 63;
  const k = kind ?? (prov ? 'P' : 'A');
  let docdb: string | null = null, epodoc: string | null = null;
  if (year) {
    if (s >= 13 || prov) { docdb = `US.${year}${series}${serial}.${k}`; epodoc = `US${year}${series}${serial}${prov ? 'P' : ''}`; }
    else { docdb = `US.${serial}${year.slice(2)}.${k}`; epodoc = `US${year}0${serial}`; }
  }
  return { country: 'US', type: 'application', number: series + serial, kind: null, docdb, epodoc, original, year: year ?? undefined };
}

const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
// Prose wraps dates like anything else ("filed Feb. 24,\n         2005"): a line break with its indent
// may stand for each space.
const DATE = `(?:[01]?[0-9]/[0-3]?[0-9]/((?:19|20)[0-9]{2})(?![0-9])|(?:${MONTHS})[a-z]{0,6}\\.?\\s{0,16}[0-9]{1,2}(?:st|nd|rd|th)?,?\\s{0,16}([0-9]{4})|[0-9]{1,2}\\s{1,16}(?:${MONTHS})[a-z]{0,6}\\.?,?\\s{1,16}([0-9]{4})|([0-9]{4})-[0-9]{2}-[0-9]{2})`;
// Patent Center's application data block puts "Filing or 371(c) Date" on the line after the serial.
const FILED_WORD = '(?:filed|Filed|FILED|filing date|Filing [Dd]ate|FILING DATE|Filing Dt|Filing or 371\\(c\\) Date)';
const FILED_RE = rx(`^[,;|]?\\s{0,16}\\(?(?:\\(22\\)\\s?)?(?:and\\s)?${FILED_WORD}(?:\\son)?:?\\s{1,16}${DATE}|^\\s{1,3}events?\\s{1,3}((?:19|20)[0-9]{2})-[0-9]{2}-[0-9]{2}\\s{1,3}Application filed|^\\s{1,3}[0-9]{1,2}\\s(?:${MONTHS})[a-z]{0,6}\\.?\\s((?:19|20)[0-9]{2})\\s\\([0-9.]{10}\\)\\s{1,3}US\\b|^\\s{1,3}[0-3][0-9]\\.[01][0-9]\\.((?:19|20)[0-9]{2})\\s{1,3}US\\b|^\\s?号?\\s?\\(\\s?((?:19|20)[0-9]{2})年[0-9]{1,2}月[0-9]{1,2}日\\s?(?:に)?出願|^\\s{0,3}【優先日】[^(\\n]{0,16}\\(((?:19|20)[0-9]{2})\\.`, '');
/** Register rows put the filing date a few columns later on the same line ("Application # 17/123,456 | Patent # … | Filing date 01/05/2021"). */
const LINE_FILED_RE = rx(`^([^\\n]{0,140}?)\\b${FILED_WORD}(?:\\son)?:?\\s{1,3}${DATE}`, '');
const OTHER_SERIAL = /[0-9]{2}\/[0-9]{3},?[0-9]{3}|\b[01][0-9]{7}\b/;

/** An ISO date in the next column: the year it gives. */
const NEXT_COLUMN_DATE = /^\s{1,3}((?:19|20)[0-9]{2})-[0-9]{2}-[0-9]{2}/;
/** JP gazettes' priority fields: "(31) 62/123,456 (32) 2018年1月5日 (33) US", or the era way, 平成30年1月5日. */
const JP_PRIORITY_DATE = /^\s{0,3}[^\n]{0,16}?(?:\(32\)|【優先日】)[^0-9平昭令\n]{0,12}(?:((?:19|20)[0-9]{2})\s?年|(平成|昭和|令和)\s?([0-9]{1,2}|元)\s?年)/;

/** "…, filed Aug. 14, 2017" or "(22) Filed: Sep. 12, 2016" right after a serial gives the filing year. */
export function filedYear(t: string, end: number): string | null {
  const after = textAfter(t, end, 180);
  const m = FILED_RE.exec(after.slice(0, 48));
  if (m) return m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? null;
  const jp = JP_PRIORITY_DATE.exec(after.slice(0, 48));
  if (jp) return jp[1] ?? String(westernYear(ERA_OF_WORD[jp[2] ?? ''] ?? 'H', jp[3] ?? ''));
  // Google's priority-applications table: the filing date is the next column ("US16/912,345\t2020-06-25").
  if (priorityTable(t, end)) { const d = NEXT_COLUMN_DATE.exec(after.slice(0, 16)); if (d) return d[1] ?? null; }
  const l = LINE_FILED_RE.exec(after);
  // Only when no other serial sits between (the date would be that one's).
  return l && !OTHER_SERIAL.test(l[1] ?? '') ? l[2] ?? l[3] ?? l[4] ?? l[5] ?? null : null;
}

/** Builds from the six US_BODY groups starting at i: prefix, grant digits, pub year, pub serial, series, serial. */
export function usFromBody(b: Groups, i: number, kind: string | null, t: string, end: number, hint: Hint): PatentRef | null {
  const g = b as unknown as (string | undefined)[];
  const [pre = '', grant, py, ps = '', series, serial = ''] = g.slice(i, i + 6);
  if (grant) return usGrant(pre, grant, kind);
  if (py) return usPub(py, ps, kind);
  if (series && (hint === 'application' || hint === null)) return usApp(series, serial.replace(',', ''), filedYear(t, end));
  return null;
}

/** The number shapes after "US" or after a US label (6 groups, see usFromBody). */
export const US_BODY =
  '(?:(RE|D|PP|H|T)?\\s?([0-9]{1,2},[0-9]{3},[0-9]{3}|[0-9]{1,3},[0-9]{3}|[0-9]{5,8}|[0-9]{1,2} [0-9]{3} [0-9]{3})' +
  '|(20[0-9]{2})\\s?[/-]?\\s?([0-9]{7}|[0-9]{6}(?=\\s?\\(?A[0-9])|(?<=US20[0-9]{2})[0-9]{6}(?![0-9]))' +
  '|([0-9]{2})/([0-9]{3},?[0-9]{3}))';

// "US 10,123,456 B2", "US10123456B2", "US-6123456-A", "US-A-5 123 456", "US 2019/0012345 A1", "US18/243,667".
const US_RE = rx(`${L}US${CG}(?:[AB][0-9]?-\\s?)?${US_BODY}${KIND}${R}`);
// EPO search-report style with the kind letter first and 1-3-3 blocks: "US-A-5 123 456", "US-B2-7 123 456" (§2.3).
const US_EPO_RE = rx(`${L}US-[AB][0-9]?-\\s?([0-9]{1,2} ?[0-9]{3} ?[0-9]{3})(?![0-9])`);
// Google application ids: US202318243667A (year + series + serial), provisional …P.
const US_APPID_RE = rx(`${L}US(20[0-9]{2})([0-9]{2})([0-9]{6})([AP])?${R}`);

export const usRules: Rule[] = [
  { re: US_RE, pri: 5, make: (m, t) => {
    const end = m.index + m[0].length;
    const kind = kindOf(m, 7);
    if (kind && !US_KIND.test(kind)) return null;
    let ref = usFromBody(m, 1, kind, t, end, null);
    if (!ref) return null;
    // Google priority lines: "Priority to US62/812,349 2019-03-01", "優先権 US62/812,349 2019-03-01" (date = filing date).
    if (ref.type === 'application' && !ref.docdb && appLabelBefore(t, m.index)) {
      const d = NEXT_COLUMN_DATE.exec(textAfter(t, end, 16));
      if (d) ref = usApp(m[5], m[6].replace(',', ''), d[1] ?? null) ?? ref;
    }
    // "US 500,000" is more often a count than a 19th-century patent: 6-digit grants need a kind code.
    if (ref.type === 'grant' && !m[1] && digits(m[2]).length < 7 && !kind) return null;
    if (!kind && m[2]?.includes(' ')) return null;   // EPO's "US 6 123 456 B1" blocks only with the kind
    return hit(m.index, end, ref, 5);
  } },
  { re: US_EPO_RE, pri: 5, make: (m) => hit(m.index, m.index + m[0].length, usGrant('', m[1], null), 5) },
  { re: US_APPID_RE, pri: 5, make: (m) => {
    if (m[4] !== 'P' && Number(m[2]) < 13) return null;     // year+series ids exist from series 13 (§1.3)
    const ref = usApp(m[2], m[3], m[1], m[4] ?? null);
    return hit(m.index, m.index + m[0].length, ref, 5);
  } },
];
