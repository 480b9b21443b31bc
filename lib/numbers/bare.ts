// Bare numbers (no country prefix, no Japanese document label): "U.S. Pat. Nos. 6,233,389, 6,445,801",
// PatFT reference tables, "출원번호 : 10-2022-0181542", "申请号 202110567890.4". Each shape is kept only
// with a label right before it, a list continuation of the previous finding, or (US shapes) a patent
// keyword nearby — FORMATS.md §3.11: bare numbers without a country are not guessed.
import { foreignNamed, isListGap, keywordBefore, labelBefore, notPatentBefore, textAfter, unitAfter, type Label } from './context';
import { cnApp } from './offices/cn';
import { deRef } from './offices/de';
import { epApp, epPub } from './offices/ep';
import { jpDated, jpGrant } from './offices/jp';
import { krApp, krGrant } from './offices/kr';
import { compact } from './offices/generic';
import { twApp, twGrant, twPub } from './offices/tw';
import { usApp, usGrant, usPub, filedYear } from './offices/us';
import { woPub } from './offices/wo';
import { KIND, R, kindOf, rx } from './patterns';
import { docdbOf } from './format/docdb';
import { epodocPub } from './format/epodoc';
import { typeOfKind } from './ref';
import type { Groups, Hint, Hit, NumberType, PatentRef } from './types';

// The leading lookbehind drops positions glued to a word or inside a digit run with one comparison (those
// matches were skipped below anyway), and the lookahead (a first-character class, then three digits within
// seven characters) lets the regex engine skip most other positions quickly; every shape below satisfies both.
const BARE_RE = rx('(?=[0-9RDPSHIM平昭][^\\n]{0,6}[0-9]{3})(?:' +
  '(RE|D|PP)\\s?(1,?[01][0-9]{2},?[0-9]{3}|[0-9]{1,3},?[0-9]{3})' +                          // 1,2   US RE/D/PP grant
  '|([0-9]{1,2},[0-9]{3},[0-9]{3}|[0-9]{1,2}\\.[0-9]{3}\\.[0-9]{3}|[0-9]{7,8})' + // 3  7–8 digit grant ("7.123.456": German style)
  '|(20[0-9]{2})[/-]?([01][0-9]{6})' +                             // 4,5   US publication
  '|([0-9]{2})/([0-9]{3},?[0-9]{3})' +                             // 6,7   US application serial
  '|((?:19|20)[0-9]{2})-([0-9]{4,7})' +                            // 8,9   JP / KR year-serial
  '|(S|H|Sho|Hei|平|昭)[ .-]?([0-9]{1,2})-([0-9]{1,6})' +          // 10-12 JP era
  '|(10|20)-((?:19|20)[0-9]{2})-?([0-9]{7})' +                     // 13-15 KR application / publication
  '|(10|20)-([0-9]{7}|[0-9],[0-9]{3},[0-9]{3})(?:-?0000)?' +                                          // 16,17 KR registration
  '|((?:19|20)[0-9]{2}\\s?[1-389]\\s?[0-9]{7}|[0-9]{2}[1-389][0-9]{5})\\s?\\.\\s?([0-9X])' + // 18,19 CN application
  '|([0-9]{2}\\s?[0-9]{3}\\s?[0-9]{3})\\.([0-9])' +                  // 20,21 EP application
  '|([0-9]{1,2}\\s[0-9]{3}\\s[0-9]{3})' +                                 // 22    EP publication "1 234 567"
  '|(1[0-9]{2}[1-3][0-9]{5})' +                                    // 23    TW application (ROC year)
  '|(Re\\.|Des\\.)\\s?([0-9]{1,3},?[0-9]{3})' +                       // 24,25 US "Re. 31,234", "Des. 345,678"
  '|((?:19|20)[0-9]{10})' +                                         // 26    IN application (label only)
  '|([0-9]{3},[0-9]{3}|[0-9]{6})' +                                 // 27    6-digit grant (label only)
  '|((?:10|11|20|21|50|60)\\s?(?:19|20)[0-9]{2}\\s?[0-9]{3}\\s?[0-9]{3})\\.([0-9])' + // 28,29 DE Aktenzeichen
  '|([0-9]{1,2})([-/])([0-9]{4,6})' +                                // 30-32 JP 03-174653, 5-123987 / WO 95/04974 (PatFT foreign rows)
  '|(10|20)((?:19|20)[0-9]{2})([0-9]{7})' +                          // 33-35 KIPRIS 13-digit application (label only)
  '|(10|20)([0-9]{7})0000' +                                       // 36,37 KIPRIS registration + 0000 (label only)
  '|([IM])([0-9]{6})' +                                             // 38,39 TW grant I712345 / M612345 (TW label only)
  '|((?:19|20)[0-9]{7})' +                                          // 40    TW publication 202012345 (TW label only)
  ')' + KIND + R);

/** An 8-digit YYYYMMDD date (Espacenet prints "JP20180123456 20180615", §1.2): never a bare number. */
const DATE8 = /^(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])$/;

/** PatFT "Foreign Patent Documents" rows: number, then "Mar 1990", then the office ("2231197 Mar 1990 GB"). */
const TABLE_CC = /^\s{1,12}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s(?:19|20)[0-9]{2}\s{1,12}([A-Z]{2})(?![A-Za-z0-9])/;

/** INPADOC legal events (EP Register "Legal status"): "Ref Document Number: 3800978 Country of Ref Document: EP". */
const INPADOC_CC = /^\s{0,3}Country of Ref Document:\s{0,3}([A-Z]{2})(?![A-Za-z])(?:\s{0,3}Kind Code of Ref Document:\s{0,3}([A-Z][0-9]?)(?![A-Za-z0-9]))?/;

/** WO front pages list priorities as "2019-123456 1 February 2019 (01.02.2019) JP": the office follows. */
const TRAILING_CC = /^[^\n]{0,40}?\s\(?(JP|KR)\)?[ \t]*(?:\n|$)/;
// … or, in INID layouts, "(32)優先日 … (33)優先権主張国 米国(US)".
const PRIORITY_CC = /^[^【]{0,60}(?:【[^】\n]{1,12}】[^【]{0,40}){0,2}?【優先権主張国[^】\n]{0,10}】[^(\n]{0,12}\(([A-Z]{2})\)|^[^【]{0,90}?\(33\)[^(\n]{0,16}\(([A-Z]{2})\)/;
const LEADER_CC = /\(([A-Z]{2})\)\s?\.{3,24}\s{0,3}$/;
const ALNUM = /[A-Za-z0-9]/;
const DIGIT = /[0-9]/;
const WORD_END = /[A-Za-z0-9]*/y;

/** Where to rescan after a rejected match at `i`: the rest of its word, since every later start inside it is
 *  glued to a letter or digit and skipped anyway (saves the regex's retries at each inner digit). */
function after(t: string, i: number): number {
  if (!ALNUM.test(t[i] as string)) return i + 1;
  WORD_END.lastIndex = i;
  WORD_END.test(t);
  return WORD_END.lastIndex;
}

type Ctx = { cc: string | null; hint: Hint; list: boolean; kind?: string | null; prefix?: string };

/** Kind of a dated JP number: written, else the label's; applications keep only a utility-model U. */
const jpKind = (kind: string | null, c: Ctx): string | null =>
  c.hint === 'application' ? (c.kind === 'U' ? 'U' : null) : kind ?? c.kind ?? null;

function build(m: Groups, c: Ctx, t: string, end: number): PatentRef | null {
  const kind = kindOf(m, 41);
  const { cc, hint } = c;
  if (m[2]) return !cc || cc === 'US' ? usGrant(m[1], m[2], kind) : null;
  if (m[3]) {
    // A comma-grouped 7–8 digit number under a KR/CN/TW label is a US patent in a foreign list (§2.5–2.7 numbers differ);
    // so is a plain one under a Korean label. Under a Chinese one it is CN's own (old 7-digit publications).
    if ((!cc || cc === 'US') && hint === 'application') {
      // "Application #: 15123456 Filing Dt: 03/01/2016" (assignment / Patent Center rows): 8 digits = series + serial,
      // a US application when the office is named or a US-style filing date follows; otherwise not a US grant.
      if (!/^[0-9]{8}$/.test(m[3])) return null;
      const year = filedYear(t, end);
      return cc === 'US' || year ? usApp(m[3].slice(0, 2), m[3].slice(2), year) : null;
    }
    if (c.prefix && (!cc || cc === 'US')) return usGrant(c.prefix, m[3], kind);
    if (!cc || cc === 'US' || ((cc === 'KR' || cc === 'CN' || cc === 'TW') && (m[3].includes(',') || (cc === 'KR' && /^[0-9]{7,8}$/.test(m[3]))))) return usGrant('', m[3], kind);
    // CN applications have 8 digits (old, before the check digit) or 12: a shorter one is half a number.
    if (cc === 'CN' && hint === 'application' && m[3].replace(/,/g, '').length < 8) return null;
    if (cc === 'JP') return jpGrant(m[3], kind ?? (c.kind === 'U' ? 'U' : null));   // "Utility Model Registration No. 3212345"
    if (cc === 'EP') return hint === 'application' && /^[0-9]{8}$/.test(m[3]) ? epApp(m[3]) : epPub(m[3], kind, hint);
    return compact(cc, m[3].replace(/,/g, ''), kind, hint);
  }
  if (m[4]) return !cc || cc === 'US' ? usPub(m[4], m[5], kind) : cc === 'KR' ? krApp('', m[4], m[5], kind, hint ?? 'publication') : null;
  if (m[6]) return (!cc || cc === 'US' || cc === 'KR' || cc === 'CN' || cc === 'TW' || c.list) && hint !== 'grant' ? usApp(m[6], m[7].replace(',', ''), filedYear(t, end)) : null;
  if (m[8]) {
    if (cc === 'JP') return m[9].length <= 6 ? jpDated(hint ?? 'publication', jpKind(kind, c), null, m[8], m[9]) : null;
    if (cc === 'KR' && m[9].length === 7) return krApp('', m[8], m[9], kind, hint ?? 'publication');
    return null;
  }
  if (m[10]) return cc === 'JP' || !cc ? jpDated(hint ?? 'publication', jpKind(kind, c), m[10].charAt(0) === '平' ? 'H' : m[10].charAt(0) === '昭' ? 'S' : m[10].charAt(0), m[11], m[12]) : null;
  if (m[13]) return krApp(m[13], m[14], m[15], kind, hint ?? 'application');
  if (m[16]) return cc === 'KR' ? krGrant(m[16], m[17].replace(/,/g, ''), kind) : null;
  // 8 digits + check digit: an old CN application only under a CN label, else try it as an EP application.
  if (m[18] && (m[18].length > 9 || cc === 'CN')) return cnApp(m[18], m[19]);
  const epA = m[18] ?? m[20], epC = m[19] ?? m[21];
  // A country-less "Application number: 15123456.7" is EP's when the text is about EP documents.
  // yy + 6 digits + check digit under an "Application number" label is EP's shape only (CN's 8-digit form
  // needs a CN label and a valid check digit above; GB's has 7 digits, DE's 12).
  if (epA) return cc === 'EP' || (!cc && hint === 'application') ? epApp(epA, epC) : null;
  if (m[22]) {
    if (cc === 'EP') return epPub(m[22], kind, hint);
    if (cc === 'US') return !c.list && hint === 'grant' ? usGrant('', m[22].replace(/\s/g, ''), kind) : null;
    // "brevet français n° 2 912 348", "UK patent No. 2 345 678": the 7-digit series of these offices, named by the label.
    return cc === 'FR' || cc === 'GB' || cc === 'DE' ? compact(cc, m[22].replace(/\s/g, ''), kind, hint) : null;
  }
  if (m[23]) return cc === 'TW' && hint === 'application' ? twApp(m[23]) : null;
  if (m[24]) return !cc || cc === 'US' ? usGrant(m[24] === 'Re.' ? 'RE' : 'D', m[25], kind) : null;
  if (m[26]) return cc === 'IN' ? compact('IN', m[26], kind, hint) : null;
  if (m[27] && !c.list && cc && cc !== 'KR' && cc !== 'CN' && cc !== 'TW' && cc !== 'WO') {
    if (cc === 'US') return m[27].includes(',') || c.prefix ? usGrant(c.prefix ?? '', m[27], kind) : null;   // "U.S. Pat. No. 123,456"
    return cc === 'JP' ? jpGrant(m[27], kind) : cc === 'EP' ? epPub(m[27], kind, hint) : compact(cc, m[27], kind, hint ?? 'grant');
  }
  if (m[28]) return cc === 'DE' ? deRef(m[28], null, m[29]) : null;
  // KIPRIS writes numbers without dashes (FORMATS §2.5 [25]); only under a Korean label.
  if (m[33]) return (cc === 'KR' || (!cc && hint === 'application')) && !c.list ? krApp(m[33], m[34], m[35], kind, hint ?? 'application') : null;
  if (m[36]) return (cc === 'KR' || !cc) && !c.list ? krGrant(m[36], m[37], kind) : null;
  // "Taiwanese Patent No. I712345", "Taiwan Patent Publication No. 202012345" (§2.7)
  if (m[38]) return cc === 'TW' && !c.list ? twGrant(m[38], m[39], kind) : null;
  if (m[40]) return cc === 'TW' && !c.list ? twPub(m[40], kind) : null;
  // "Japanese Laid-open Patent Publication No. 5-123987": an English JP label before a yy-serial without the
  // era letter (01–11 Heisei, else Shōwa: jpDated infers it, FORMATS.md §2.1).
  if (m[30] && !c.list && cc === 'JP' && m[31] === '-' && m[32].length >= 5) return jpDated(hint ?? 'publication', jpKind(kind, c), null, m[30], m[32]);
  if (m[30] && c.list && m[30].length === 2) return cc === 'JP' && m[31] === '-' ? jpDated('publication', null, null, m[30], m[32]) : cc === 'WO' && m[31] === '/' ? woPub(m[30], m[32], null) : null;
  return null;
}

/** Shapes that stand alone: KR 10-yyyy-nnnnnnn, CN applications with a valid check digit, US 2019/0012345 A1,
 *  US serials with the comma (16/123,456; series 7x–9x are trademarks and fail usApp). */
const selfEvident = (m: Groups): boolean =>
  !!(m[13] || (m[18] && m[18].length > 9) || (m[24] === 'Des.' && m[25].includes(',')) || (m[4] && /^A[129]$/.test(kindOf(m, 41) ?? '')) || m[7]?.includes(','));
/** Shapes that a patent keyword alone may attach to the US. */
const usShape = (m: Groups): boolean => !!(m[2] || m[3] || m[4] || m[6] || m[24]);

export function bareHits(t: string, kept: Hit[]): Hit[] {
  const out: Hit[] = [];
  let k = 0;
  BARE_RE.lastIndex = 0;
  for (let b = BARE_RE.exec(t); b; b = BARE_RE.exec(t)) {
    const m = b as unknown as Groups;
    let x: RegExpExecArray | null;
    const start = m.index, end = start + m[0].length;
    const before = t.charCodeAt(start - 1);
    if (before === 45 && DIGIT.test(t[start - 2] ?? '')) { BARE_RE.lastIndex = after(t, start); continue; }   // range "1234567-1234570"
    if (start > 0 && ALNUM.test(t[start - 1] as string)) {   // glued to a word or number: skip the rest of it
      WORD_END.lastIndex = start;
      WORD_END.test(t);
      BARE_RE.lastIndex = WORD_END.lastIndex;
      continue;
    }
    while (k < kept.length && (kept[k] as Hit).end <= start) out.push(kept[k++] as Hit);
    const nx = kept[k];
    if (nx && nx.start < end) { BARE_RE.lastIndex = Math.max(start + 1, nx.end); continue; }
    const prev = out.at(-1);
    let ctx: Ctx | null = null;
    const table = TABLE_CC.exec(textAfter(t, end, 44)) ?? INPADOC_CC.exec(textAfter(t, end, 80));
    if (table && table[1] !== 'US' && (m[3] || m[22] || m[27] || m[30])) {
      // A foreign row: the office is the column after the date, whatever the heading says.
      let ref = m[3]?.charAt(0) === '0' ? null : build(m, { cc: table[1] ?? null, hint: null, list: true }, t, end);
      // INPADOC rows give the kind in the next field ("Kind Code of Ref Document: B1"): written next to it (§4 a).
      // INPADOC also uses pseudo-kinds (P: reference to an earlier application): only document kinds count.
      const k = table[2] && /^[ABCEFGHLSTUWY][0-9]?$/.test(table[2]) && (ref?.country !== 'EP' || /^[AB][0-9]$/.test(table[2])) ? table[2] : null;
      if (ref && k && !ref.kind) ref = { ...ref, kind: k, type: typeOfKind(k, ref.type), docdb: docdbOf(ref.country, ref.number, k), epodoc: epodocPub(ref.country, ref.number, k) };
      if (ref) out.push({ start, end, ref, pri: 1 });
      BARE_RE.lastIndex = end;
      continue;
    }
    // A label that names neither an office nor a patent document ("Order No.", "Ref. No.", "Lot No.") is no label.
    // USPTO front pages: "Foreign Application Priority Data / Mar. 30, 2018 (JP) ....... 2018-067890".
    const lead = t.charCodeAt(start - 1) === 46 || t.charCodeAt(start - 2) === 46 ? LEADER_CC.exec(t.slice(Math.max(0, start - 40), start)) : null;
    const found: Label | null = lead ? null : labelBefore(t, start);
    const lab = found && (found.cc || found.hint || found.reject) ? found : null;
    if (lead) ctx = { cc: lead[1] ?? null, hint: 'application', list: false };
    else if (lab && !lab.reject) {
      // JPO gazettes: 【優先権主張番号】… then 【優先権主張国・地域又は機関】米国(US) a line or two later names the office.
      const pc = lab.priority ? PRIORITY_CC.exec(textAfter(t, end, 120)) : null;
      ctx = { cc: pc?.[1] ?? pc?.[2] ?? lab.cc, hint: lab.hint, list: false, kind: lab.kind, prefix: lab.prefix };
    }
    // KIPRIS "Registration No. 1023456780000": the 0000 suffix is KR's registration shape, not a trademark's.
    else if (lab?.reject) ctx = m[36] ? { cc: 'KR', hint: 'grant', list: false } : null;
    // A list continues its first member's label: "Laid-Open Nos. 2005-123456, 2006-234567 and …" are all kokai (§4 b).
    else if (prev && isListGap(t.slice(prev.end, start)))
      ctx = { cc: prev.ref.country, hint: prev.ref.type as NumberType, list: true, kind: prev.ref.country === 'JP' && prev.ref.kind === 'A' && m[8] ? 'A' : null };
    // A self-evident US serial still yields to an id word right before it ("Ticket ID 16/123,456").
    else if (selfEvident(m) && !(m[6] && notPatentBefore(t, start))) ctx = { cc: null, hint: null, list: false };
    else if (m[8] && (x = TRAILING_CC.exec(textAfter(t, end, 48)))) ctx = { cc: x[1] ?? null, hint: 'application', list: false };
    else if (usShape(m) && !notPatentBefore(t, start) &&
      ((prev?.ref.country === 'US' && start - prev.end < (m[3]?.includes(',') || m[4] ? 250 : 90)) || (keywordBefore(t, start, m[3] && !m[3].includes(',') ? 50 : 100) && !foreignNamed(t, start)))) ctx = { cc: 'US', hint: null, list: false };
    if (ctx && !lab && unitAfter(t, end)) ctx = null;   // "1,234,567 dollars"
    if (ctx && m[3] && DATE8.test(m[3])) ctx = null;
    // Without an office named, a round "10,000,000" next to "patents" is a count, not a patent.
    if (ctx && !ctx.cc && m[3] && /,000$/.test(m[3])) ctx = null;
    if (!ctx) { BARE_RE.lastIndex = after(t, start); continue; }
    const ref = build(m, ctx, t, end);
    if (ref) out.push({ start, end, ref, pri: 1 });
    else BARE_RE.lastIndex = after(t, start);
  }
  while (k < kept.length) out.push(kept[k++] as Hit);
  return out;
}
