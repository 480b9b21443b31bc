// Korea: right codes 10 (patent) and 20 (utility model) only; 30/40 are designs/trademarks (§2.5).
// Applications and publications share tt-yyyy-nnnnnnn; DOCDB drops the right code; grants keep it.
import { appLabelBefore, textAfter } from '../context';
import { docdbOf } from '../format/docdb';
import { epodocPub } from '../format/epodoc';
import { CG, KIND, L, R, kindOf, rx } from '../patterns';
import { hit } from '../ref';
import type { Groups, Hint, NumberType, PatentRef, Rule } from '../types';

export function krApp(right: string, year: string, serial: string, kind: string | null, hint: Hint): PatentRef | null {
  const y = Number(year);
  if (y < 1948 || y > 2039 || serial.length !== 7) return null;
  const type: NumberType = kind ? (kind.charAt(0) === 'A' || kind.charAt(0) === 'U' ? 'publication' : 'grant') : hint ?? 'publication';
  if (type === 'grant') return null;
  const number = year + serial;
  const um = right === '20' || (kind && kind.charAt(0) === 'U');
  const rightCode = right || (um ? '20' : '10');
  if (type === 'application')
    return { country: 'KR', type, number, kind: null, rightCode, docdb: `KR.${number}.${um ? 'U' : 'A'}`, epodoc: `KR${number}${um ? 'U' : ''}` };
  return { country: 'KR', type, number, kind, rightCode, docdb: docdbOf('KR', number, kind), epodoc: epodocPub('KR', number, kind, um ? 'U' : null) };
}

/** Registration 10-2345678 → KR.102345678, EPODOC KR102345678B (right code fixes the letter, §4). */
export function krGrant(right: string, serial: string, kind: string | null): PatentRef | null {
  if ((right !== '10' && right !== '20') || serial.length !== 7) return null;
  const number = right + serial;
  return { country: 'KR', type: 'grant', number, kind, docdb: docdbOf('KR', number, kind), epodoc: epodocPub('KR', number, kind, right === '10' ? 'B' : 'Y') };
}

// "KR 10-2021-0045678 A", "KR20200012345A", "KR1020200012345A" (Google application id), "KR 10-0876543 B1", "KR102212345B1"
const KR_RE = rx(`${L}KR${CG}(?:(10|20)-?((?:19|20)[0-9]{2})-?([0-9]{7})|((?:19|20)[0-9]{2})[- ]?([0-9]{7})|(10|20)-?([0-9]{7}|[0-9],[0-9]{3},[0-9]{3}))${KIND}${R}`);
// 특2002-0033698 (old publication), 특허 제10-1234567호, 공개특허 10-2020-0012345
const KR_NATIVE_RE = rx(`(?:특허등록|특허출원|실용신안등록|특허|실용신안|공개특허|등록특허|등록실용|공개실용)(?:공보)?\\s?(?:제\\s?)?(?:(10|20)-((?:19|20)[0-9]{2})-([0-9]{7})|(10|20)-([0-9]{7}|[0-9],[0-9]{3},[0-9]{3}))(?:\\s?호)?`);
// Korean labels in Japanese office actions: 韓国公開特許第10-2010-0012345号, 韓国特許第10-1234567号
const KR_JA_RE = rx(`韓国(?:公開|登録)?(?:特許|実用新案)(?:出願)?(?:公開|公報)?\\s?第\\s?(?:(10|20)-((?:19|20)[0-9]{2})-([0-9]{7})|(10|20)-([0-9]{7}|[0-9],[0-9]{3},[0-9]{3}))\\s?号`);

const APP_TAG = /^\s?\((?:출원|出願|application|appl\.?)\)/i;
// 특2002-0033698: publications of May 1998–2003 (§2.5)
const KR_OLD_RE = rx(`(?<![가-힣])(특|실)((?:19|20)[0-9]{2})-([0-9]{7})(?![0-9])`);

function native(m: Groups, pri: number) {
  const pubHint: Hint = /공개|公開/.test(m[0]) ? 'publication' : /출원|出願/.test(m[0]) ? 'application' : 'publication';
  // Registrations may carry thousands commas (10-2,345,678), as after KR (§2.5).
  const ref = m[1] ? krApp(m[1], m[2], m[3], null, pubHint) : krGrant(m[4], m[5].replace(/,/g, ''), null);
  return hit(m.index, m.index + m[0].length, ref, pri);
}

export const krRules: Rule[] = [
  { re: KR_RE, pri: 5, make: (m, t) => {
    const kind = kindOf(m, 8);
    // "Priority number(s) KR20190123456A", "Priority to KR1020190123456A": an application (§3.6).
    // … or a trailing "(출원)" / "(application)" tag.
    if ((m[1] || m[4]) && (!kind || kind === 'A') && (appLabelBefore(t, m.index) || APP_TAG.test(textAfter(t, m.index + m[0].length, 16))))
      return hit(m.index, m.index + m[0].length, m[1] ? krApp(m[1], m[2], m[3], null, 'application') : krApp('', m[4], m[5], null, 'application'), 5);
    let ref: PatentRef | null;
    // Google writes applications as KR1020200123456A: a right code glued to the year means an application (§3.6).
    if (m[1]) ref = /^KR(10|20)[0-9]/.test(m[0]) ? krApp(m[1], m[2], m[3], null, 'application') : krApp(m[1], m[2], m[3], kind, 'publication');
    else if (m[4]) ref = krApp('', m[4], m[5], kind, 'publication');
    else ref = krGrant(m[6], m[7].replace(/,/g, ''), kind);   // "KR 10-2,345,678": thousands commas
    return hit(m.index, m.index + m[0].length, ref, 5);
  } },
  { re: KR_NATIVE_RE, pri: 6, cjk: true, make: (m) => native(m, 6) },
  { re: KR_JA_RE, pri: 6, cjk: true, make: (m) => native(m, 6) },
  { re: KR_OLD_RE, pri: 6, cjk: true, make: (m) => hit(m.index, m.index + m[0].length, krApp(m[1] === '실' ? '20' : '', m[2], m[3], null, 'publication'), 6) },
];
