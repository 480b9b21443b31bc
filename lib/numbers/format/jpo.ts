// JPO patent-information API numbers: 10-digit application / publication numbers (Western year +
// 6-digit serial) and 7-digit registration numbers. Era publications are turned back into Western years.
import { type EraLetter, westernYear } from '../era';
import type { PatentRef } from '../types';


export type JpoNumber = { kind: 'application' | 'publication' | 'registration'; number: string };

export function toJpoNumber(ref: PatentRef): JpoNumber | null {
  if (ref.country !== 'JP') return null;
  const n = ref.number;
  if (ref.type === 'grant') return /^[0-9]{6,7}$/.test(n) ? { kind: 'registration', number: n } : null;
  if (ref.type === 'application') {
    if (n.length === 10) return { kind: 'application', number: n };
    const yy = Number(n.slice(-2)), y = yy >= 50 ? 1900 + yy : 2000 + yy;   // DOCDB serial + yy (§1.3)
    return { kind: 'application', number: `${y}${n.slice(0, -2).padStart(6, '0')}` };
  }
  if (/^[0-9]{10}$/.test(n)) return { kind: 'publication', number: n };
  const m = /^([SHR])([0-9]{2})([0-9]{1,6})$/.exec(n);
  if (!m || (ref.kind && ref.kind !== 'A')) return null;                   // kokoku / utility: not in the 10-digit series
  return { kind: 'publication', number: `${westernYear((m[1] ?? 'H') as EraLetter, m[2] ?? '')}${(m[3] ?? '').padStart(6, '0')}` };
}
