// France: FR 3 081 234 A1 / B1, 7 digits (FORMATS.md §2.9). VAT ids FR12345678901 are 11 digits.
import { CG, KIND, L, R, kindOf, rx } from '../patterns';
import { digits, hit, pubRef, typeOfKind } from '../ref';
import type { Rule } from '../types';

const FR_RE = rx(`${L}FR${CG}(?:([AB])[0-9]?-\\s?)?([0-9]\\s?[0-9]{3}\\s?[0-9]{3})${KIND}${R}`);

export const frRules: Rule[] = [
  { re: FR_RE, pri: 5, make: (m) => {
    const kind = kindOf(m, 3);
    return hit(m.index, m.index + m[0].length, pubRef('FR', typeOfKind(kind ?? m[1] ?? null, 'publication'), digits(m[2]), kind), 5);
  } },
];
