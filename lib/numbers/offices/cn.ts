// China: applications YYYY+type+7 digits+check (mod 11, 'X' = 10; verified to reject look-alikes),
// ZL = the application number of a granted patent, publications CN 112345678 A/B/U/S. FORMATS.md §2.6.
import { docdbOf } from '../format/docdb';
import { epodocPub } from '../format/epodoc';
import { CG, KIND, L, R, kindOf, rx } from '../patterns';
import { digits, hit } from '../ref';
import type { NumberType, PatentRef, Rule } from '../types';

const W12 = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

export function cnCheck(n: string): string {
  let s = 0;
  for (let i = 0; i < n.length; i++) s += Number(n.charAt(i)) * (W12[i] ?? 0);
  const c = s % 11;
  return c === 10 ? 'X' : String(c);
}

/** Application number: 12 digits (since 2003) or 8 digits (before), check digit verified. */
export function cnApp(body: string, check: string): PatentRef | null {
  const n = digits(body);
  if ((n.length !== 12 && n.length !== 8) || cnCheck(n) !== check) return null;
  const t = n.length === 12 ? n.charAt(4) : n.charAt(2);
  const k = t === '2' || t === '9' ? 'U' : t === '3' ? 'S' : 'A';
  const original = `${n}.${check}`;   // for a 12-digit number without its check digit, the computed one
  if (n.length === 8) return { country: 'CN', type: 'application', number: n, kind: null, docdb: `CN.${n}.${k}`, epodoc: null, original };
  return { country: 'CN', type: 'application', number: n, kind: null, docdb: `CN.${n}.${k}`, epodoc: `CN${n}`, original };
}

/** Publication / grant number. 2xxxxxxxx are utility models (U), 3xxxxxxxx designs (S) (§2.6, §4). */
export function cnPub(n: string, kind: string | null): PatentRef | null {
  if (n.length !== 9 && n.length !== 7) return null;
  const implied = n.length === 9 ? (n.charAt(0) === '2' ? 'U' : n.charAt(0) === '3' ? 'S' : null) : null;
  const k = kind ?? implied;
  const type: NumberType = !k ? 'publication' : k.charAt(0) === 'A' ? 'publication' : 'grant';
  return { country: 'CN', type, number: n, kind, docdb: docdbOf('CN', n, kind), epodoc: epodocPub('CN', n, kind, implied) };
}

// Google writes application ids with the check digit and a kind: CN202010123456.2A.
const CN_APP_RE = rx(`${L}(ZL|CN)\\s?((?:19|20)[0-9]{2}\\s?[1-389]\\s?[0-9]{7}|[0-9]{2}[1-389][0-9]{5})\\s?\\.\\s?([0-9X])[AUS]?${R}`);
// EP Register dossier lists: CN201780022553 (12-digit application, no check digit)
const CN_APP12_RE = rx(`${L}CN((?:19|20)[0-9]{2}[1-389][0-9]{7})${R}`);
// EPO search reports group the digits 3-3-3: "CN 109 123 456 A" (kind required, like US/EP blocks).
const CN_PUB_RE = rx(`${L}CN${CG}([0-9]{9}|[0-9]{7}|[0-9]{3} [0-9]{3} [0-9]{3})${KIND}${R}`);
// 中国特許出願公開第101234567号明細書 / 中国実用新案第2xxxxxxxx号 (Japanese office actions)
const CN_JA_RE = rx(`中国(?:特許|実用新案)(?:出願)?(?:公開|公告)?\\s?第\\s?([0-9]{9}|[0-9]{7})\\s?号`);

export const cnRules: Rule[] = [
  { re: CN_APP_RE, pri: 6, make: (m) => (hit(m.index, m.index + m[0].length, cnApp(m[2], m[3]), 6)) },
  { re: CN_APP12_RE, pri: 5, make: (m) => hit(m.index, m.index + m[0].length, cnApp(m[1], cnCheck(m[1])), 5) },
  { re: CN_PUB_RE, pri: 5, make: (m) => {
    const kind = kindOf(m, 2);
    if (!kind && m[1].includes(' ')) return null;
    return hit(m.index, m.index + m[0].length, cnPub(m[1].replace(/ /g, ''), kind), 5);
  } },
  { re: CN_JA_RE, pri: 6, cjk: true, make: (m) => hit(m.index, m.index + m[0].length, cnPub(m[1], null), 6) },
];
