// Numbers for the national office APIs: USPTO ODP (8-digit application number), KIPRIS (13 digits,
// registrations with the 0000 suffix, FORMATS.md §2.5) and TIPO (as printed).
import type { PatentRef } from '../types';

export function toUsptoApplicationNumber(ref: PatentRef): string | null {
  return ref.country === 'US' && ref.type === 'application' && /^[0-9]{8}$/.test(ref.number) ? ref.number : null;
}

export function toKiprisNumber(ref: PatentRef): string | null {
  if (ref.country !== 'KR') return null;
  const n = ref.number;
  if (ref.type === 'grant') return /^[12]0[0-9]{7}$/.test(n) ? `${n}0000` : null;
  if (!/^[0-9]{11}$/.test(n)) return null;
  const right = ref.rightCode ?? (ref.kind?.startsWith('U') || ref.docdb?.endsWith('.U') ? '20' : '10');
  return right + n;
}

export function toTipoNumber(ref: PatentRef): string | null {
  return ref.country === 'TW' ? ref.number : null;
}
