// Taiwan: grants I/M/D + 6 digits, publications yyyy + 5 digits (Western year), applications with the
// ROC year (109112345 = ROC 109). FORMATS.md §2.7. TW applications have no known EPODOC form.
import { docdbOf } from '../format/docdb';
import { epodocPub } from '../format/epodoc';
import { CG, KIND, L, R, kindOf, rx } from '../patterns';
import { hit, pubRef } from '../ref';
import type { PatentRef, Rule } from '../types';

export function twApp(n: string): PatentRef | null {
  if (n.length !== 9) return null;
  return { country: 'TW', type: 'application', number: n, kind: null, docdb: `TW.${n}.A`, epodoc: null, original: n };
}

export function twGrant(letter: string, n: string, kind: string | null): PatentRef {
  const number = letter + n;
  const implied = letter === 'I' ? 'B' : letter === 'M' ? 'U' : 'S';
  return { country: 'TW', type: 'grant', number, kind, docdb: docdbOf('TW', number, kind), epodoc: epodocPub('TW', number, kind, implied) };
}

export function twPub(n: string, kind: string | null): PatentRef | null {
  if (n.length !== 9 || !/^(?:19|20)/.test(n)) return null;
  return { country: 'TW', type: 'publication', number: n, kind, docdb: docdbOf('TW', n, kind), epodoc: epodocPub('TW', n, kind) };
}

const TW_RE = rx(`${L}TW${CG}(?:([IMD])\\s?([0-9]{6})|([0-9]{9}))${KIND}${R}`);
// Grants before 2004: plain 6-digit 公告 numbers (§2.7), kind required
const TW_OLD_RE = rx(`${L}TW\\s?([0-9]{6})\\s?(?:([BUY][0-9]?)|\\(([BUY][0-9]?)\\))(?![A-Za-z0-9])`);
// 證書號 I712345, 新型第M612345號, 發明第I712345號, 公開編號 202012345
const TW_NATIVE_RE = rx(`(?:證書號數|證書號|證書號碼|公告號|公告編號|專利公告|中華民國專利公告|專利號|發明第|新型第|新型專利第|發明專利第|新型專利|發明專利|台灣專利|臺灣專利|中華民國專利|台湾特許)[\\s:：】]{0,3}(?:第\\s?)?([IM])\\s?([0-9]{6})(?:\\s?號)?`);
const TW_PUB_RE = rx(`(?:公開編號|公開號|公開號碼)[\\s:：]{0,3}((?:19|20)[0-9]{7})(?![0-9])`);

// FORMATS §2.7 trap: the letter I typed as the digit 1 ("TW 1745678 B"); only with an invention-grant kind B.
const TW_ONE_RE = rx(`${L}TW\\s?-?1([0-9]{6})\\s?(?:(B[0-9]?)|\\((B[0-9]?)\\))(?![A-Za-z0-9])`);

export const twRules: Rule[] = [
  { re: TW_ONE_RE, pri: 5, make: (m) => hit(m.index, m.index + m[0].length, twGrant('I', m[1], kindOf(m, 2)), 5) },
  { re: TW_RE, pri: 5, make: (m) => {
    const kind = kindOf(m, 4);
    // Google writes TW application ids with the ROC year and kind A glued: TW108123456A (§2.7).
    const app = m[3] && /^1[01][0-9]/.test(m[3]) && /^TW[0-9]{9}A$/.test(m[0]);
    return hit(m.index, m.index + m[0].length, m[1] ? twGrant(m[1], m[2], kind) : app ? twApp(m[3]) : twPub(m[3], kind), 5);
  } },
  { re: TW_OLD_RE, pri: 5, make: (m) => hit(m.index, m.index + m[0].length, pubRef('TW', 'grant', m[1], kindOf(m, 2)), 5) },
  { re: TW_NATIVE_RE, pri: 6, cjk: true, make: (m) => hit(m.index, m.index + m[0].length, twGrant(m[1], m[2], null), 6) },
  { re: TW_PUB_RE, pri: 6, cjk: true, make: (m) => hit(m.index, m.index + m[0].length, twPub(m[1], null), 6) },
];
