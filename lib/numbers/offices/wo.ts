// WIPO publications (WO 2020/123456 A1, WO 99/45678, 国際公開第2022/023456号) and PCT applications
// (PCT/JP2020/012345, PCT/US99/09417). FORMATS.md §2.4; §1.2–1.3 for the PCT EPODOC/DOCDB forms.
import { docdbOf } from '../format/docdb';
import { GAP, KIND, L, R, kindOf, rx } from '../patterns';
import { hit, pad, yy4 } from '../ref';
import type { PatentRef, Rule } from '../types';

/** WO publication. 4-digit years from 2004 are yyyy+6; two-digit years keep the short DOCDB form (§2.4). */
export function woPub(year: string, serial: string, kind: string | null): PatentRef | null {
  const y = Number(year.length === 2 ? yy4(year) : year);
  if (y < 1978 || y > 2039 || serial.length < 4 || serial.length > 6) return null;
  let number: string;
  // Google's 4+6 ids for pre-2004 documents (WO1998012345A1) name the same short-form document (§2.4).
  if (y >= 2004) number = String(y) + pad(serial, 6);              // "WO 05/123456" is WO2005123456 too
  else {
    // Serials went to 6 digits only when they passed 99999 (2002–2003, "WO 03/107732"): a 6-digit serial with a
    // leading zero is a padded 5-digit one ("WO 02/12345" = WO0212345, also from Google's WO2002012345).
    const s = serial.length === 6 ? (serial.charAt(0) === '0' ? serial.slice(1) : serial) : pad(serial, 5);
    number = String(y).slice(2) + s;
  }
  return { country: 'WO', type: 'publication', number, kind, docdb: docdbOf('WO', number, kind), epodoc: `WO${number}` };
}

/** PCT application: DOCDB country = receiving office, kind W; EPODOC WO + yyyy + RO + serial less one zero. */
export function pctApp(ro: string, year: string, serial: string): PatentRef | null {
  const y = year.length === 2 ? yy4(year) : year;
  const n = Number(serial);
  if (!n || serial.length > 6) return null;
  const modern = Number(y) >= 2004;
  const number = modern ? y + pad(String(n), 6) : y.slice(2) + pad(String(n), 5);
  const ep = String(n).length >= 6 ? String(n) : pad(String(n), 5);
  return { country: 'WO', type: 'application', number, kind: 'W', docCountry: ro, docdb: `${ro}.${number}.W`, epodoc: `WO${y}${ro}${ep}`,
    original: `PCT/${ro}${year}/${serial}` };
}

const WO_RE = rx(`${L}WO\\s?[-/]?\\s?(?:A[0-9]?-\\s?)?(?:([0-9]{4}|[0-9]{2})\\s?[/-]\\s?([0-9]{4,6})|((?:19|20)[0-9]{2})\\s?([0-9]{6})|([0-9]{2})([0-9]{5,6}))${KIND}${R}`);
// EPODOC PCT application (Espacenet priority lists, §1.2): WO2020JP12345
const PCT_EPODOC_RE = rx(`${L}WO((?:19|20)[0-9]{2})([A-Z]{2})([0-9]{5,6})${R}`);
const WO_JA_RE = rx(`(?:国際公開|国际公开|国際公開公報|國際公開)(?:番号|号|號)?${GAP}(?:第\\s?)?(?:WO\\s?)?([0-9]{4}|[0-9]{2})\\s?[/-]\\s?([0-9]{4,6})(?:\\s?号|\\s?號)?`);
// EP Register family lists: GB2017050961W = PCT/GB2017/050961 (receiving office + year + serial + W)
const PCT_COMPACT_RE = rx(`${L}([A-Z]{2})((?:19|20)[0-9]{2})([0-9]{6})W(?![A-Za-z0-9])`);
const PCT_RE = rx(`${L}PCT\\s?/\\s?([A-Z]{2})\\s?([0-9]{4}|[0-9]{2})\\s?/\\s?([0-9]{4,6})(?![0-9])`);

export const woRules: Rule[] = [
  { re: WO_RE, pri: 5, make: (m) => {
    const kind = kindOf(m, 7);
    const ref = m[1] ? woPub(m[1], m[2], kind) : m[3] ? woPub(m[3], m[4], kind) : woPub(m[5], m[6], kind);
    return hit(m.index, m.index + m[0].length, ref, 5);
  } },
  { re: WO_JA_RE, pri: 6, cjk: true, make: (m) => hit(m.index, m.index + m[0].length, woPub(m[1], m[2], null), 6) },
  { re: PCT_EPODOC_RE, pri: 5, make: (m) => hit(m.index, m.index + m[0].length, pctApp(m[2], m[1], m[3]), 5) },
  { re: PCT_COMPACT_RE, pri: 5, make: (m) => hit(m.index, m.index + m[0].length, pctApp(m[1], m[2], m[3]), 5) },
  { re: PCT_RE, pri: 6, make: (m) => hit(m.index, m.index + m[0].length, pctApp(m[1], m[2], m[3]), 6) },
];
