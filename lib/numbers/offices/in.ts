// India: 201921012345 = year + office code + serial (A publication reuses it); old applications
// 1234/DEL/2015 (docdb/epodoc cannot be built: original only). FORMATS.md §2.9 [U].
import { CG, KIND, L, R, kindOf, rx } from '../patterns';
import { digits, hit, pubRef, typeOfKind } from '../ref';
import type { Rule } from '../types';

const IN_RE = rx(`${L}IN${CG}((?:19|20)[0-9]{2}\\s?[0-9]{2}\\s?[0-9]{6})${KIND}${R}`);
// The scan starts at the slash (a literal is found fast); the serial before it is a lookbehind.
const IN_OLD_RE = rx(`/(?<=(?<![A-Za-z0-9])([0-9]{1,5})/)(DEL|MUM|CHE|KOL|CAL|MAS|BOM|NP|DELNP|MUMNP|CHENP|KOLNP)/((?:19|20)[0-9]{2})${R}`);

export const inRules: Rule[] = [
  { re: IN_RE, pri: 5, make: (m) => {
    const kind = kindOf(m, 2);
    return hit(m.index, m.index + m[0].length, pubRef('IN', typeOfKind(kind, 'publication'), digits(m[1]), kind), 5);
  } },
  { re: IN_OLD_RE, pri: 5, solo: true, make: (m) => {
    const raw = m[1] + m[0];
    return hit(m.index - m[1].length, m.index + m[0].length, { country: 'IN', type: 'application', number: raw, kind: null, docdb: null, epodoc: null, original: raw }, 5);
  } },
];
