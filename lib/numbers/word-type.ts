// The words before a kind-less GB, FR, DE or AU number tell its type where the number alone cannot:
// "UK patent GB 2 345 678", "brevet français n° 2 912 348", "deutsches Patent DE 4123456",
// "Patentschrift", "innovation patent AU 2019100123" name granted patents; a DE T2 is the German
// translation of a granted European patent (FORMATS.md §2, issue 13).
import type { Hit } from './types';

const OFFICES = new Set(['GB', 'FR', 'DE', 'AU']);
const GRANT = /(?:\bpatent(?!\s?(?:application|publication|pub\.|appl))|\bbrevet(?!\s?d'invention\s?demand)|Patentschrift|Patent(?!anmeldung|offenlegung)|Innovationspatent|innovation patent)[^\n]{0,24}$/i;
const NOT_GRANT = /(?:application|Anmeldung|Offenlegung|demande|publication|published|laid[- ]open|Gebrauchsmuster)[^\n]{0,24}$/i;

export function applyWordType(t: string, hits: Hit[]): void {
  for (const h of hits) {
    const r = h.ref;
    if (!OFFICES.has(r.country) || r.type !== 'publication') continue;
    if (r.country === 'DE' && (r.kind === 'T2' || r.kind === 'T3')) {
      h.ref = { ...r, type: 'grant' };
      continue;
    }
    if (r.kind) continue;
    const before = t.slice(Math.max(0, h.start - 48), h.start);
    if (GRANT.test(before) && !NOT_GRANT.test(before)) h.ref = { ...r, type: 'grant' };
  }
}
