// Context for bare numbers (issue 4: "a lone 9,122,078 counts only with patent context nearby").
// Three sources, cheapest first: a list continuation of the previous finding, a label right before
// the number ("Japanese Patent Application No.", "출원번호", "申请号"), or a patent keyword nearby.
import type { Hint } from './types';

/**
 * The `n` characters after a number, past one mark that ends its sentence or clause: what follows
 * ("…16/912,345. Filed: Jun. 1, 2020", "KR 10-2020-0123458; (출원)") describes it all the same.
 */
export function textAfter(t: string, end: number, n: number): string {
  // …and past the bracket or quote that closes it: "Appl. No.: (16/912,345)\nFiled: …".
  let from = CLOSING.test(t.charAt(end)) ? end + 1 : end;
  const c = t.charCodeAt(from);
  if ((c === 46 || c === 59 || c === 44) && /\s/.test(t.charAt(from + 1))) from++;
  return t.slice(from, from + n);
}
const CLOSING = /[)）”"’'」』\]]/;

/** Cheap pre-test: does the text just before `start` look like the end of a label? */
const LABEL_TAIL = /(?:第|제|특허|專利|专利|\bNos?|\bNumbers?|\bNr|n°|N°|nº|\bSer|\bSerial|\bApplications?|\bPublications?|\bPatents?|\bPat|\bAppl|\bAktenzeichen|\bAnmeldenummer|\bPub|번호|号|號|No\.|#)(?:(?:,|\s?\/)\s?filing date|\(일자\))?[.:#\s\]】]{0,12}$/i;
/** Label phrase ending right before the number (applied to ≤100 chars, anchored at the end). */
const LABEL_EN = /(?:[A-Za-zçéèäöüß][A-Za-zçéèäöüß .'()-]{0,80}?)?(?:\b(?:No|NO|Nos|NOS)\b|n°|N°|nº|\bbrevets?|\b[Nn]umbers?|\bNUMBERS?|\bNr|\b[Ss]er|\b[Ss]erial|\b[Aa]pplications?|\b[Pp]ublications?|\b[Pp]atents?|\b[Pp]at\.|\b[Aa]ppl\.|\bAktenzeichen|\bAnmeldenummer|\bPub|(?<=\S\s?)#)\.?(?:(?:,|\s?\/)\s?[Ff]iling [Dd]ate)?\s?[:#]{0,2}\s{0,3}$/;
const LABEL_NATIVE = /(優先権主張番号|출원번호|공개번호|등록번호|특허번호|공고번호|出願番号|公開番号|特許番号|登録番号|申请号|专利号|公开号|公布号|公告号|申請號|申請案號|公開編號|公告編號|證書號|專利號)(?:\(일자\))?[\s:.\[\]【】「」제]{0,12}$/;

const COUNTRY_WORDS: [RegExp, string][] = [
  [/\b(?:U\.\s?S\.|(?:US|USA|United States|American)\b)/g, 'US'], [/\b(?:Japanese|Japan|JP)\b/g, 'JP'],
  [/\b(?:European|Europe|EP)\b/g, 'EP'], [/\b(?:Korean|Korea|KR)\b/g, 'KR'], [/\b(?:Chinese|China|CN|PRC)\b/g, 'CN'],
  [/\b(?:Taiwanese|Taiwan|TW|ROC)\b/g, 'TW'], [/\b(?:German|Germany|DE|Aktenzeichen|Deutsche?[sn]?|deutsche?[srn]?|allemand)\b/g, 'DE'], [/\b(?:British|UK|GB|britische?[srn]?|britannique)\b/g, 'GB'],
  [/\b(?:French|France|FR|fran[cç]ais|französische?[srn]?)/g, 'FR'], [/\b(?:Canadian|Canada|CA)\b/g, 'CA'], [/\b(?:Australian|Australia|AU)\b/g, 'AU'],
  [/\b(?:Indian|India|IN)\b/g, 'IN'], [/\b(?:International|PCT|WO|WIPO)\b/g, 'WO'],
];
/** Japanese office actions name foreign documents by country: 米国特許出願公開第…号, 仏国特許第…号. */
const LABEL_JA = /(米国|アメリカ合衆国|欧州|独国|西独国|ドイツ|英国|仏国|フランス|中国|中華人民共和国|韓国|大韓民国|台湾|カナダ|豪州|オーストラリア|国際)仮?(?:特許|実用新案)(?:発明)?(出願)?(公開|公表)?(公報|明細書)?\s?第?\s?$/;
const JA_CC: Record<string, string> = { 米国: 'US', アメリカ合衆国: 'US', 欧州: 'EP', 独国: 'DE', 西独国: 'DE', ドイツ: 'DE', 英国: 'GB', 仏国: 'FR', フランス: 'FR',
  中国: 'CN', 中華人民共和国: 'CN', 韓国: 'KR', 大韓民国: 'KR', 台湾: 'TW', カナダ: 'CA', 豪州: 'AU', オーストラリア: 'AU', 国際: 'WO' };

/** Korean and Chinese texts name foreign documents by country too: 미국특허 제7,123,456호, 일본 공개특허 제…,
 *  美國專利第7,123,456號, 日本专利第5123456号. */
const LABEL_KO = /(미국|일본|유럽|중국|독일|영국|프랑스|대만|캐나다|호주)\s?(공개|등록)?\s?(?:특허|실용신안)(출원)?\s?(공개)?(?:공보)?\s?(?:제\s?)?$/;
const LABEL_ZH = /(美國|美国|日本|歐洲|欧洲|中國大陸|中国|韓國|韩国|德國|德国|英國|英国|法國|法国)(?:發明|发明)?(?:專利|专利)(申請|申请)?(公開|公开)?(?:號|号)?\s?第?\s?$/;
const KO_ZH_CC: Record<string, string> = { 미국: 'US', 일본: 'JP', 유럽: 'EP', 중국: 'CN', 독일: 'DE', 영국: 'GB', 프랑스: 'FR', 대만: 'TW', 캐나다: 'CA', 호주: 'AU',
  美國: 'US', 美国: 'US', 歐洲: 'EP', 欧洲: 'EP', 中國大陸: 'CN', 中国: 'CN', 韓國: 'KR', 韩国: 'KR', 德國: 'DE', 德国: 'DE', 英國: 'GB', 英国: 'GB', 法國: 'FR', 法国: 'FR' };

/** Native labels: the office they usually belong to and what they say. A shape that only one office
 *  uses overrides the office (a Korean page lists US serials under 출원번호). */
const NATIVE: Record<string, [string, Hint]> = {
  優先権主張番号: ['JP', 'application'], 출원번호: ['KR', 'application'], 공개번호: ['KR', 'publication'], 등록번호: ['KR', 'grant'], 특허번호: ['KR', 'grant'],
  공고번호: ['KR', 'publication'], 出願番号: ['JP', 'application'], 公開番号: ['JP', 'publication'], 特許番号: ['JP', 'grant'],
  登録番号: ['JP', 'grant'], 申请号: ['CN', 'application'], 专利号: ['CN', 'application'], 公开号: ['CN', 'publication'],
  公布号: ['CN', 'publication'], 公告号: ['CN', 'grant'], 申請號: ['TW', 'application'], 申請案號: ['TW', 'application'],
  公開編號: ['TW', 'publication'], 公告編號: ['TW', 'grant'], 證書號: ['TW', 'grant'], 專利號: ['TW', 'grant'],
};

export interface Label { cc: string | null; hint: Hint; native: boolean; reject?: boolean; kind?: string | null; priority?: boolean; prefix?: string }

function hintOf(s: string): Hint {
  if (/publication|laid|open|kokai|kohyo|unexamined|disclosure|\bpub\b|translation|gazette|公開|公开|公布|공개/i.test(s)) return 'publication';
  if (/application|\bappl|\bser\b|serial|anmeldenummer|出願|申请|申請|출원/i.test(s)) return 'application';
  if (/patent|\bpat\b|registration|\breg\b|登録|专利|專利|證書|公告|등록|특허/i.test(s)) return 'grant';
  return null;
}

/** An opening bracket or quote between a label and its number: "등록번호 (10-2334455)", "No. “2002-0033698”". */
const OPENING = /\s?[(（“"‘'「『[]\s?$/;
/** Where the label before a number ends: before the bracket or quote that opens the number, if any (the twin of textAfter). */
function labelEnd(t: string, start: number): number {
  const open = OPENING.exec(t.slice(Math.max(0, start - 3), start));
  return open ? start - open[0].length : start;
}

/**
 * Headings, claim charts and court papers write labels in capitals ("KOREAN PATENT NO. 10-0987654",
 * "EUROPEAN PATENT NO. 1 234 567"): a label window without small letters is read with its words of
 * three letters or more in title case. Office codes (US, KR, EP …) and NO keep their capitals.
 */
function inTitleCase(w: string): string {
  const tail = w.slice(-60);
  if (/[a-z]/.test(tail) || !/[A-Z]{3}/.test(tail)) return w;
  return w.replace(/\b([A-Z])([A-Z]{2,})\b/g, (_, a: string, b: string) => a + b.toLowerCase());
}

export function labelBefore(t: string, numberAt: number): Label | null {
  const start = labelEnd(t, numberAt);
  // Anchored-at-end regexes are tried from every position of their input, so the cheap tail test gets
  // a short window and the label regexes run only when it passes.
  if (!LABEL_TAIL.test(t.slice(Math.max(0, start - 28), start))) return null;
  const w = inTitleCase(t.slice(Math.max(0, start - 100), start));
  const n = LABEL_NATIVE.exec(w);
  if (n) { const [cc, hint] = NATIVE[n[1] ?? ''] ?? [null, null]; return { cc, hint, native: true, priority: n[1] === '優先権主張番号' }; }
  const j = LABEL_JA.exec(w);
  if (j) return { cc: JA_CC[j[1] ?? ''] ?? null, hint: j[3] || j[4] ? 'publication' : j[2] ? 'application' : 'grant', native: true };
  const ko = LABEL_KO.exec(w);
  if (ko) return { cc: KO_ZH_CC[ko[1] ?? ''] ?? null, hint: ko[2] === '공개' || ko[4] ? 'publication' : ko[3] ? 'application' : 'grant', native: true };
  const zh = LABEL_ZH.exec(w);
  if (zh) return { cc: zh[1] === '日本' ? 'JP' : KO_ZH_CC[zh[1] ?? ''] ?? null, hint: zh[3] ? 'publication' : zh[2] ? 'application' : 'grant', native: true };
  const m = LABEL_EN.exec(w);
  if (!m) return null;
  const phrase = m[0];
  let cc: string | null = null, at = -1, nation: string | null = null, nationAt = -1;
  for (const [re, c] of COUNTRY_WORDS) {
    re.lastIndex = 0;
    for (let x = re.exec(phrase); x; x = re.exec(phrase)) {
      if (x.index > at) { at = x.index; cc = c; }
      if (c !== 'WO' && x.index > nationAt) { nationAt = x.index; nation = c; }
    }
  }
  // "Japanese Translation of PCT International Application Publication No.": a national document about a
  // PCT application belongs to the nation named before the PCT words.
  if (cc === 'WO' && nation && at - nationAt < 48) { cc = nation; at = nationAt; }
  // The label proper starts at its country word (or is the last 40 characters): words before it belong
  // to the sentence ("a publication describing … Japanese Patent Application No.").
  const label = at >= 0 ? phrase.slice(at) : phrase.slice(-40);
  const reject = /trade\s?mark|\breg(?:istration)?\.?\s?no|\bmodel\s?no|\bpart\b|\border\b|\bcase\b|\bdocket\b|\bcatalog|\bref document\b/i.test(label) && !/patent|utility/i.test(label);
  // JP English labels fix the kind like the Japanese ones (§4 b): Laid-Open/Kokai/Unexamined → A, Examined/Kokoku → B2.
  // Utility models: registrations and unexamined publications are U, examined publications Y2 (§2.1 table).
  // "Unexamined Japanese Patent Publication No.": the qualifier may come right before the country word;
  // "(JP-A) No." / "JP-B No." are the usual abbreviations of the kokai / kokoku labels.
  const kl = (at > 0 ? phrase.slice(Math.max(0, at - 16), at).replace(/^.*?(?=\b(?:un)?examined\s*$)|^.*$/i, '') : '') + label;
  const kind = /utility/i.test(kl) ? (/(?<!un)examined|kokoku/i.test(kl) ? 'Y2' : 'U')
    : /laid|kokai|unexamined|kohyo|translation|disclosure|open|\bJP-A\b/i.test(kl) ? 'A' : /examined|kokoku|\bJP-B\b/i.test(kl) ? 'B2' : null;
  // "U.S. Des. Pat. No. 234,567", "Plant Patent No. 12,345", "Reissue Patent No. 45,123": the label gives the US prefix.
  const prefix = /\bdesign\b|\bdes\./i.test(label) ? 'D' : /\bplant\b/i.test(label) ? 'PP' : /\breissue\b/i.test(label) ? 'RE' : undefined;
  return { cc, hint: hintOf(label), native: false, reject, kind, prefix };
}

const KEYWORD = /\bpat(?:ent)?s?\b|\bpat\.|\buspn\b|\bpub\.\s?app|pre-?grant|特許|公報/i;

/** Words right before a number that make it something else (ids, registrations, phone, money). */
const NOT_PATENT = /(?:\b(?:ID|EFS|Confirmation|Customer|Docket|Attorney|Art Unit|Reg|Registration|Serial|Tel|Phone|Fax|ISBN|ISSN|Order|Invoice|Account|PMID|DOI|Case|Model|Part|SKU|Ref)\b[^0-9\n]{0,14}|[$€£¥#=]\s?)$/i;

/** A patent keyword in the `span` characters before start, and no id/money word right before. */
export function keywordBefore(t: string, start: number, span = 100): boolean {
  const w = t.slice(Math.max(0, start - span), start);
  const k = KEYWORD.exec(w);
  if (!k || notPatentBefore(t, start)) return false;
  // "123,456 patent applications were filed … and 1,234,567 worldwide": a keyword counted by a number is a noun
  // in a statistic, not a label (checked for the first keyword only, which is enough for prose like this).
  return !(COUNTED.test(w.slice(0, k.index)) && !KEYWORD.test(w.slice(k.index + k[0].length)));
}
const COUNTED = /[0-9][0-9,.]*\s(?:new\s|granted\s|issued\s)?$/;

/** The last office named in the `span` characters before start is not the US ("European patent application
 *  No. 19 876 543.2 - 1203 / 3654321"): a patent keyword there does not make a bare number a US patent. */
const OFFICE_WORD = /\b(?:U\.\s?S\.|US|USA|United States|American|European|Japanese|Korean|Chinese|German|French|British|Canadian|Australian|Taiwanese|Indian|EP|JP|KR|CN|DE|FR|GB|TW|PCT|WO)\b/g;
export function foreignNamed(t: string, start: number, span = 100): boolean {
  const w = t.slice(Math.max(0, start - span), start);
  let last = '';
  OFFICE_WORD.lastIndex = 0;
  for (let m = OFFICE_WORD.exec(w); m; m = OFFICE_WORD.exec(w)) last = m[0];
  return last !== '' && !/^(?:U\.\s?S\.|US|USA|United States|American)$/.test(last);
}

/** J-PlatPat "Application JP,1995-104333", Google "Priority to JP2002289628A" / "Application JP2019012345A events",
 *  Espacenet "Priority number(s) KR20190123456A": ids that look like publications name applications (§3.6). */
const APP_BEFORE = /(?:Application|Priority to|priority|Priority numbers?(?:\(s\))?|claimed from|出願番号|優先権|申请号|优先权|출원번호)(?: number| No\.)?\s?:?\s?$/i;
export const appLabelBefore = (t: string, at: number): boolean => {
  const end = labelEnd(t, at);
  return APP_BEFORE.test(t.slice(Math.max(0, end - 24), end)) || priorityTable(t, end);
};

/** Google Patents' "Priority Applications (3)" / "Applications Claiming Priority (2)" tables list application ids
 *  (JP2019123456A, US16/912,345) row by row, until the next section heading. */
const NEXT_SECTION = /\n\s?(?:Publications|Cited By|Similar Documents|Family Cites|Patent Citations|Non-Patent Citations|Related Parent|Legal Events|Info|Abstract|Description|Claims|Concepts)\b/i;
export function priorityTable(t: string, at: number): boolean {
  const w = t.slice(Math.max(0, at - 600), at);
  const i = Math.max(w.lastIndexOf('Priority Applications ('), w.lastIndexOf('Applications Claiming Priority ('));
  return i >= 0 && !NEXT_SECTION.test(w.slice(i));
}

/** An id / registration / money word right before the number. */
export function notPatentBefore(t: string, start: number): boolean {
  return NOT_PATENT.test(t.slice(Math.max(0, start - 30), start));
}

const LIST_GAP = /^[\s,;、・]{0,3}(?:and|or|AND|OR|&|及び|および|並びに|ならびに|和|及)?[\s,;、]{0,3}$/;
/** The gap between two numbers is a list separator ("6,233,389, 6,445,801 and 7,000,019"). */
export const isListGap = (gap: string): boolean => gap.length <= 14 && LIST_GAP.test(gap);

/** Order / SKU / product words or "#" right before a kind-less "US1234567", "JP-2020-1234", "CN-123456789-X"
 *  make it an id (peers §4.4 inference: two letters + digits are often part numbers). */
const ID_BEFORE = /(?:(?:\b(?:Order|Invoice|SKU|Account|Tracking|Item|Product|Part|(?<!utility )Model|Catalog|Serial|Confirmation|Reservation|Booking|Ticket)\b|型番|品番|型式|製品番号|部品番号|注文番号|型号|모델)[^0-9\n]{0,14}|#\s?)$/i;
export const idBefore = (t: string, start: number): boolean => ID_BEFORE.test(t.slice(Math.max(0, start - 24), start));

/** ISO 4217 codes that begin with an office code: "USD 123,456" is not design D123456, "JPY 1,234,567" not
 *  a JP grant, "TWD 123456" not a TW design. */
const CURRENCY = /^(?:USD|JPY|TWD|KRW|CNY|AUD|CAD|INR)\s/;
export const currencyAt = (t: string, start: number): boolean => CURRENCY.test(t.slice(start, start + 4));

/** A unit or counted noun right after a number makes it an amount ("1,234,567 dollars", "CA 1,234,567 residents"). */
const UNIT_AFTER = /^\s?(?:(?:granted|pending|issued|active|new|utility|design|filed|published|patent)\s)?(?:dollars|usd|eur|euros?|yen|円|元|원|件|個|人|名|万|億|건|千|百万|천|백만|亿|units?|users?|people|residents|voters|inhabitants|members|visitors|persons|patients|cases|votes|shares|points|words|pages|copies|times|tons?|miles|km|kg|%|devices|products|items|customers|employees|downloads|visitors|views|records|documents|patents\b|applications|families|subscribers|vehicles)/i;
export const unitAfter = (t: string, end: number): boolean => UNIT_AFTER.test(textAfter(t, end, 28));
