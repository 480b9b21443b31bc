// European Patent Office: publications EP 1 234 567 B1 (7 digits, DOCDB zero-padded), applications
// EP 19 205 846.3 (yy + 6 digits + check digit, which is dropped). FORMATS.md §2.3.
import { labelBefore } from '../context';
import { docdbOf } from '../format/docdb';
import { CG, KIND, L, R, kindOf, rx } from '../patterns';
import { digits, hit, pad, typeOfKind } from '../ref';
import type { Hint, PatentRef, Rule } from '../types';

export function epPub(body: string, kind: string | null, hint: Hint): PatentRef | null {
  let n = digits(body);
  if (n.length === 8 && n.charAt(0) === '0') n = n.slice(1);        // 欧州特許出願公開第02063489号 (JPO pads to 8)
  // The first EP numbers had fewer digits ("EP 1234 B1"): DOCDB pads them to 7, and only a written kind makes them EP numbers.
  if (n.length < 6 && !kind) return null;
  if (n.length > 7 || !Number(n)) return null;
  n = pad(n, 7);
  const type = kind ? typeOfKind(kind, 'publication') : hint === 'grant' ? 'grant' : 'publication';
  return { country: 'EP', type, number: n, kind, docdb: docdbOf('EP', n, kind), epodoc: `EP${n}${kind && !'ABC'.includes(kind.charAt(0)) ? kind.charAt(0) : ''}` };
}

/** Application: check digit dropped; EPODOC = EP + 4-digit year + 7-digit serial (§1.2). */
export function epApp(body: string, _check?: string): PatentRef | null {
  const n = digits(body);
  if (n.length !== 8) return null;
  const year = (Number(n.slice(0, 2)) >= 78 ? '19' : '20') + n.slice(0, 2);
  return { country: 'EP', type: 'application', number: n, kind: null, docdb: `EP.${n}.A`, epodoc: `EP${year}${pad(n.slice(2), 7)}`,
    original: _check ? `${n}.${_check}` : undefined };
}

// "EP 1 234 567 B1", "EP1234567", "EP-A-0 567 890", "EP 0123456 A2"
// Leading zeros are optional on input ("EP453930", OPS FAQ [1]): 6 digits only glued or with a kind.
const EP_PUB_RE = rx(`${L}EP${CG}(?:([AB][0-9]?)-\\s?)?([0-9]?\\s?[0-9]{3}\\s?[0-9]{3}|[0-9]\\.[0-9]{3}\\.[0-9]{3}|[0-9],[0-9]{3},[0-9]{3}|[0-9]{1,5}(?=\\s?[AB][0-9]?(?![A-Za-z0-9])))${KIND}${R}`);
// "EP 19 205 846.3", "EP19205846", "EP 19205846.3"
// Google Patents application ids add kind A: "EP19205846A", "EP19205846.3A".
// The EP Register also groups them 2-2-4: "EP 10 16 7177.4".
const EP_APP_RE = rx(`${L}EP(?:-\\s?|\\s)?([0-9]{2}\\s?[0-9]{3}\\s?[0-9]{3}|[0-9]{2}\\s[0-9]{2}\\s[0-9]{4})(?:\\s?\\.\\s?([0-9]))?(?:(?<=[0-9])A)?${R}`);
// EPODOC application EP20190205846 (year + 7-digit serial, §1.2)
const EP_EPODOC_RE = rx(`${L}EP((?:19|20)[0-9]{2})0([0-9]{6})${R}`);
// 欧州特許出願公開第0206348号 / 欧州特許第1234567号 / 欧州特許出願第17812345.9号
const EP_JA_RE = rx(`(?:欧州|欧州特許庁|ヨーロッパ)特許(出願)?(公開)?(?:公報)?\\s?第?\\s?([0-9]{6,8}(?:\\.[0-9])?)(?:\\s?号)?`);

export const epRules: Rule[] = [
  { re: EP_PUB_RE, pri: 5, make: (m, t) => {
    // "EP-B1-1 234 567": a full kind written as the prefix counts as written (§4 a); a lone letter does not.
    const kind = kindOf(m, 3) ?? (m[1]?.length === 2 ? m[1] : null);
    if (!kind && !m[1] && !/^EP[0-9]/.test(m[0]) && digits(m[2]).length < 7) return null;
    const ref = epPub(m[2], kind, m[1]?.charAt(0) === 'B' ? 'grant' : labelBefore(t, m.index)?.hint === 'grant' ? 'grant' : null);
    return hit(m.index, m.index + m[0].length, ref, 5);
  } },
  { re: EP_EPODOC_RE, pri: 5, make: (m) => hit(m.index, m.index + m[0].length, epApp(m[1].slice(2) + m[2]), 5) },
  { re: EP_APP_RE, pri: 5, make: (m) => hit(m.index, m.index + m[0].length, epApp(m[1], m[2]), 5) },
  { re: EP_JA_RE, pri: 6, cjk: true, make: (m) => {
    const [n = '', c] = m[3].split('.');
    const ref = m[1] && !m[2] ? (n.length === 8 ? epApp(n, c) : null) : epPub(n, null, m[2] ? 'publication' : 'grant');
    return hit(m.index, m.index + m[0].length, ref, 6);
  } },
];
