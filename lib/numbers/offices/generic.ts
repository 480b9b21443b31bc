// Every other office, compact only: CC + digits + kind ("RU2512345C2", "IL288705A", "SG10201507834SA",
// "BR112021010468A2", "MXPA05012345A"). A valid ST.3 code and a kind code are both required, so part
// numbers and ids rarely qualify. EPODOC follows §1.1.
import { L, rx } from '../patterns';
import { hit, pubRef, typeOfKind } from '../ref';
import type { Hint, PatentRef, Rule } from '../types';

/** WIPO ST.3 codes of offices that publish patent documents (offices with their own module excluded). */
const ST3 = ' AP AR AT BA BE BG BO BR BY CH CL CO CR CS CU CY CZ DD DK DO DZ EA EC EE EG EM ES FI GC GE GR GT HK HN HR HU ID IE IL IS IT JO KE KZ LT LU LV MA MC MD ME MN MT MW MX MY NI NL NO NZ OA PA PE PH PL PT RO RS RU SA SE SG SI SK SM SU SV TH TJ TN TR TT UA UY UZ VN YU ZA ZM ZW ';

/** Kind letters WIPO ST.16 uses for patent documents; "SE12345D", "ID20201234K" are codes, not patents. */
const ST16 = /^[ABCEFGHILPRSTUWYZ]/;

export const isGenericOffice = (cc: string): boolean => ST3.includes(` ${cc} `);

export function compact(cc: string, number: string, kind: string | null, hint: Hint): PatentRef | null {
  if (!/^[A-Z]{2}$/.test(cc) || !number) return null;
  return pubRef(cc, typeOfKind(kind, hint ?? 'publication'), number, kind);
}

const GENERIC_RE = rx(`${L}([A-Z]{2})([A-Z]{0,2}[0-9]{5,12}[A-Z]?)(?:([A-Z][0-9]?)|\\s?\\(([A-Z][0-9]?)\\))(?![A-Za-z0-9])`);
// EPO print style, number in blocks of three or whole, kind written: "RU 2 512 345 C2", "CH 712 345 A1",
// "AT 512345 B1", "NL 1012345 C2" — and the ways tables and family lists vary it: "AT-345678 T",
// "RU2 712 345 C1", "ES 2276789T3", "SG 11202012345 (A)".
// Five digits at least ("CH-8 001 Zürich" is a postcode), and the kind no first letter of a word ("Zürich").
const GENERIC_SPACED_RE = rx(`${L}([A-Z]{2})[ -]?([0-9]{1,3}(?: [0-9]{3}){2}|[0-9]{2,3} [0-9]{3}|[0-9]{5,12})(?:[ -]?([A-Z][0-9]?)|\\s?\\(([A-Z][0-9]?)\\))(?![A-Za-z0-9\\u00c0-\\u024f])`);

/** "PART NO 123456 B", "MODEL SE 12345 A": an id word before the office code (NO, SE, IT … are also words). */
const ID_WORD = /\b(?:part|model|item|serial|lot|ref|order|cat|catalog|style|type|size)\.?\s?$/i;
const idWord = (t: string, at: number): boolean => ID_WORD.test(t.slice(Math.max(0, at - 12), at));

export const genericRules: Rule[] = [
  { re: GENERIC_RE, pri: 3, make: (m, t) => {
    if (!isGenericOffice(m[1]) || !ST16.test(m[3] ?? m[4]) || idWord(t, m.index)) return null;
    return hit(m.index, m.index + m[0].length, compact(m[1], m[2], m[3] ?? m[4], null), 3);
  } },
  { re: GENERIC_SPACED_RE, pri: 3, make: (m, t) => {
    const kind = m[3] ?? m[4];
    return isGenericOffice(m[1]) && ST16.test(kind) && !idWord(t, m.index) ? hit(m.index, m.index + m[0].length, compact(m[1], m[2].replace(/ /g, ''), kind, null), 3) : null;
  } },
];
