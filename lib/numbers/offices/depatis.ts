// DEPATISnet pads every number to 12 digits: US000006166174A, JP002011251389A, EP000001234567A1
// (FORMATS.md §2.2, §3.1: the padding must be undone). The kind is always written, so the office's own
// builder decides what the stripped number is.
import { L, rx } from '../patterns';
import { hit, pubRef, typeOfKind } from '../ref';
import { epPub } from './ep';
import { jpDated, jpGrant } from './jp';
import { usGrant, usPub } from './us';
import { woPub } from './wo';
import type { PatentRef, Rule } from '../types';

function unpad(cc: string, n: string, kind: string): PatentRef | null {
  const d = n.replace(/^0+/, '');
  switch (cc) {
    // US020150123456A1: year + 7-digit serial; US002015012345: the DOCDB 4+6 form, padded.
    case 'US': return d.length === 11 || d.length === 10 ? usPub(d.slice(0, 4), d.slice(4), kind) : usGrant('', d, kind);
    case 'WO': return d.length === 10 ? woPub(d.slice(0, 4), d.slice(4), kind) : null;
    case 'JP': {
      if (d.length === 10) return jpDated('publication', kind, null, d.slice(0, 4), d.slice(4));
      // A pre-2000 kokai (A) or utility kokai (U) padded the same way drops its era letter:
      // JP000010123456A = 特開平10-123456, JP000061234567A = 特開昭61-234567; the two digits before the
      // 6-digit serial are the era year, read as Heisei for 01–11 and Shōwa for 46–64 (FORMATS.md §2.1).
      // A utility U with a 7-digit number is a registered utility model (3xxxxxx, 1994 on), not an era form.
      const era = kind.charAt(0) === 'A' || (kind.charAt(0) === 'U' && d.length === 8) ? /^0000([0-9]{2})([0-9]{6})$/.exec(n) : null;
      const yy = Number(era?.[1]);
      if (era && ((yy >= 1 && yy <= 11) || (yy >= 46 && yy <= 64))) return jpDated('publication', kind, null, era[1] ?? '', era[2] ?? '');
      return jpGrant(d, kind, kind.charAt(0) === 'A' || kind.charAt(0) === 'Y' ? 'publication' : 'grant');
    }
    case 'EP': return epPub(d, kind, null);
    default: return d.length >= 5 ? pubRef(cc, typeOfKind(kind, 'publication'), d, kind) : null;
  }
}

// Twelve digits with at least one leading zero (WO002011054321A1, US020150123456A1).
const DEPATIS_RE = rx(`${L}(US|JP|EP|DE|GB|FR|CA|WO)(0[0-9]{11})([A-Z][0-9]?)(?![A-Za-z0-9])`);

export const depatisRules: Rule[] = [
  { re: DEPATIS_RE, pri: 5, make: (m) => hit(m.index, m.index + m[0].length, unpad(m[1], m[2], m[3]), 5) },
];
