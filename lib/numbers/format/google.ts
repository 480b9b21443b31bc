// Google Patents document ids (FORMATS.md §3.6): DOCDB number with the kind glued on, but US
// publications in 4+7, WO always in 4+6, KR publications without the right code.
import type { PatentRef } from '../types';

export function googleId(ref: PatentRef): string | null {
  if (ref.type === 'application' || !ref.docdb) return null;
  const { country: cc, number: n } = ref;
  const kind = ref.kind ?? '';
  if (cc === 'US' && /^20[0-9]{8}$/.test(n)) return `US${n.slice(0, 4)}0${n.slice(4)}${kind}`;
  if (cc === 'WO' && n.length < 10) {
    const yy = n.slice(0, 2), y = (Number(yy) >= 78 ? '19' : '20') + yy;
    return `WO${y}${n.slice(2).padStart(6, '0')}${kind}`;
  }
  return cc + n + kind;
}
