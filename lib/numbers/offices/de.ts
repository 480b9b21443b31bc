// Germany: DE 10 2019 123 456 A1 (type 10/20/50/60 + year + 6 digits), older DE 198 12 345 A1 /
// DE 44 12 345 C2 (kind required: VAT ids DE123456789 look alike). Aktenzeichen …456.7 = application.
// FORMATS.md §2.8.
import { CG, KIND, L, R, kindOf, rx } from '../patterns';
import { digits, hit, pubRef } from '../ref';
import type { PatentRef, Rule } from '../types';

const deType = (kind: string | null) => (!kind || kind.charAt(0) === 'A' || kind.charAt(0) === 'T' ? 'publication' : 'grant');

export function deRef(body: string, kind: string | null, check?: string, prefixed = false): PatentRef | null {
  const n = digits(body);
  if (check) {
    if (n.length !== 12) return null;
    return { country: 'DE', type: 'application', number: n, kind: null, docdb: `DE.${n}.A`, epodoc: `DE${n.slice(2, 6)}${n.slice(0, 2)}${n.slice(6)}`, original: `${n}.${check}` };
  }
  if (n.length !== 12 && !kind && !prefixed) return null;
  return pubRef('DE', deType(kind), n, kind);
}

const DE_RE = rx(`${L}DE${CG}(?:([ABCU])[0-9]?-\\s?)?(?:((?:10|11|19|20|21|50|60|69)\\s?(?:19|20)[0-9]{2}\\s?[0-9]{3}\\s?[0-9]{3})(?:\\.([0-9]))?|([0-9]{3}\\s?[0-9]{2}\\s?[0-9]{3}|[0-9]{2}\\s?[0-9]{2}\\s?[0-9]{3}|[0-9] [0-9]{3} [0-9]{3}))${KIND}${R}`);
const NAMED = /(?:patent|Patentschrift|Offenlegungsschrift|Auslegeschrift|Gebrauchsmuster(?:schrift)?)\s?(?:Nr\.?\s?)?$/i;
const DE_JA_RE = rx(`(?:独国|ドイツ|ドイツ国)(?:特許|実用新案)(?:出願)?(?:公開)?(?:明細書|公報)?\\s?第\\s?([0-9]{7,12})\\s?号`);

export const deRules: Rule[] = [
  { re: DE_RE, pri: 5, make: (m, t) => {
    const kind = kindOf(m, 5);
    // A kind-less "DE 4123456" is too often an id (a VAT number, a postcode); the EPO prefix letter
    // ("DE-A-195 12 345") or the document's own word before it ("deutsches Patent DE 4123456",
    // "Patentschrift DE 4 123 456", "Offenlegungsschrift DE 4123456") names a patent document.
    const named = !!m[4] && NAMED.test(t.slice(Math.max(0, m.index - 32), m.index).trimEnd() + ' ');
    const ref = m[2] ? deRef(m[2], kind, m[3]) : deRef(m[4], kind, undefined, !!m[1] || named);
    return hit(m.index, m.index + m[0].length, ref, 5);
  } },
  { re: DE_JA_RE, pri: 6, cjk: true, make: (m) => hit(m.index, m.index + m[0].length, pubRef('DE', 'publication', m[1], null), 6) },
];
