// Canada: CA 3,012,345 A1 (laid open), CA 2,912,345 C (grant); the application number equals the
// patent number (FORMATS.md §2.9).
import { CG, KIND, L, R, kindOf, rx } from '../patterns';
import { digits, hit, pubRef, typeOfKind } from '../ref';
import type { Rule } from '../types';

const CA_RE = rx(`${L}CA${CG}([1-3][ ,]?[0-9]{3}[ ,]?[0-9]{3})${KIND}${R}`);

export const caRules: Rule[] = [
  { re: CA_RE, pri: 5, make: (m) => {
    const kind = kindOf(m, 2);
    return hit(m.index, m.index + m[0].length, pubRef('CA', typeOfKind(kind, 'publication'), digits(m[1]), kind), 5);
  } },
];
