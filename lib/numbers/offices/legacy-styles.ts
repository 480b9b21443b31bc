// Older German/EPO citation styles, rules as data per office: "DE-OS 195 12 345" (Offenlegungsschrift),
// "DE-AS 12 34 567" (Auslegeschrift), "DE-PS 41 23 456" / "EP-PS 0 123 456" / "US-PS 4 123 456" (Patentschrift),
// and the EPO letter prefix for the offices without a module of their own ("CH-A-456 789", "AT-B-398 765").
// Only the document type is known (FORMATS.md §2.3: the letter gives no full kind); a fixed letter counts
// for EPODOC where the office attaches it (§4).
import { L, rx } from '../patterns';
import { digits, hit, pubRef } from '../ref';
import type { NumberType, PatentRef, Rule } from '../types';
import { epPub } from './ep';
import { isGenericOffice } from './generic';
import { usGrant } from './us';

const TYPE: Record<string, NumberType> = { OS: 'publication', AS: 'publication', PS: 'grant' };

function legacy(cc: string, doc: string, body: string): PatentRef | null {
  const n = digits(body), type = TYPE[doc] ?? 'publication';
  if (n.length < 5 || n.length > 9) return null;
  if (cc === 'EP') return epPub(n, null, type);
  if (cc === 'US') return type === 'grant' ? usGrant('', n, null) : null;
  return pubRef(cc, type, n, null);
}

const LEGACY_RE = rx(`${L}(DE|EP|US|GB|FR|CH|AT)[ -](OS|AS|PS)[ -]?([0-9]{1,3}(?: ?[0-9]{2,3}){1,3})(?![0-9])`);
// Five digits at least, grouped or not: "IT-B-2 021" is a code, not a patent.
const LETTER_RE = rx(`${L}([A-Z]{2})-([ABC])[0-9]?-\\s?([0-9]{1,3}(?: [0-9]{3}){2}|[0-9]{2,3} [0-9]{3}|[0-9]{5,9})(?![A-Za-z0-9])`);

export const legacyRules: Rule[] = [
  { re: LEGACY_RE, pri: 5, make: (m) => hit(m.index, m.index + m[0].length, legacy(m[1], m[2], m[3]), 5) },
  { re: LETTER_RE, pri: 4, make: (m) => {
    if (!isGenericOffice(m[1])) return null;
    return hit(m.index, m.index + m[0].length, pubRef(m[1], m[2] === 'A' ? 'publication' : 'grant', digits(m[3]), null, m[2]), 4);
  } },
];
