// Great Britain: GB 2 598 765 A / B (7 digits, A and B share the number). GB/T standards and UK VAT
// numbers (GB 123 4567 89) do not fit the 1-3-3 grouping. FORMATS.md §2.9.
import { CG, KIND, L, R, kindOf, rx } from '../patterns';
import { digits, hit, pubRef, typeOfKind } from '../ref';
import type { Rule } from '../types';

const GB_RE = rx(`${L}GB${CG}(?:([AB])[0-9]?-\\s?)?([0-9][ ,]?[0-9]{3}[ ,]?[0-9]{3})${KIND}${R}`);
const GB_APP_RE = rx(`${L}GB\\s?([0-9]{2})([0-9]{5})\\.([0-9])A?${R}`);   // Google ids add A: GB1812345.6A
// EPODOC application numbers in EP Register priority lists: GB + year + 00 + serial (GB20220011602 = GB 2211602).
const GB_EPODOC_APP_RE = rx(`${L}GB((?:19|20)[0-9]{2})00([0-9]{5})${R}`);

export const gbRules: Rule[] = [
  { re: GB_RE, pri: 5, make: (m) => {
    const kind = kindOf(m, 3);
    return hit(m.index, m.index + m[0].length, pubRef('GB', typeOfKind(kind ?? m[1] ?? null, 'publication'), digits(m[2]), kind), 5);
  } },
  { re: GB_EPODOC_APP_RE, pri: 5, make: (m) => {
    const yy = m[1].slice(2), n = yy + m[2];
    return hit(m.index, m.index + m[0].length, { country: 'GB', type: 'application', number: n, kind: null, docdb: `GB.${n}.A`, epodoc: `GB${m[1]}00${m[2]}` }, 5);
  } },
  { re: GB_APP_RE, pri: 5, make: (m) => {
    const n = m[1] + m[2], y = (Number(m[1]) >= 78 ? '19' : '20') + m[1];
    return hit(m.index, m.index + m[0].length, { country: 'GB', type: 'application', number: n, kind: null, docdb: `GB.${n}.A`, epodoc: `GB${y}00${m[2]}`, original: `${n}.${m[3]}` }, 5);
  } },
];
