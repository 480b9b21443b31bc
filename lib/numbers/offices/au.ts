// Australia: AU 2019204567 A1 (application number = publication number since 2002), B2 granted,
// A4 innovation; older 6-digit numbers need a kind (FORMATS.md §2.9). AU attaches the kind letter in EPODOC.
import { CG, KIND, L, R, kindOf, rx } from '../patterns';
import { digits, hit, pubRef, typeOfKind } from '../ref';
import type { Rule } from '../types';

const AU_RE = rx(`${L}AU${CG}(?:((?:19|20)[0-9]{2}\\s?(?:[0-9]{6}|[0-9]{3} [0-9]{3}))|([0-9]{6}))${KIND}${R}`);

export const auRules: Rule[] = [
  { re: AU_RE, pri: 5, make: (m) => {
    const kind = kindOf(m, 3);
    if (m[2] && !kind) return null;
    return hit(m.index, m.index + m[0].length, pubRef('AU', typeOfKind(kind, 'publication'), digits(m[1] ?? m[2]), kind), 5);
  } },
];
