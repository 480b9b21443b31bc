// What a person pastes into the lookup box is often more than a number: a citation line from an
// office action (引用文献1：特開2003-290630号公報, D1: EP 2 400 812 A1, [2] US 2019/0012345 A1),
// a lower-case id from a URL, or one of PatentPeek's own exports (the dotted DOCDB form). These
// helpers peel off what is not the number and turn the extension's own forms back into written ones.
import { eraName } from './era';
import { normalizeText } from './normalize';

// A citation label at the start: D1, [1], (1), 1., 引用文献1, 特許文献1, Patent Document 1, Reference 2 …
// The separator is required for bare digits ("1." / "1)") so "10,123,456" keeps its first digits.
const CITATION_LABEL = new RegExp(
  '^(?:' + [
    'D\\s?[0-9]{1,3}\\s?[:.)]?',
    '\\[[0-9]{1,3}\\]', '\\([0-9]{1,3}\\)', '[0-9]{1,3}[.)](?=\\s)',
    '(?:引用文献|引用例|特許文献|先行技術文献|文献)\\s?[0-9]{1,3}\\s?[:：.)、]?',
    '(?:Patent\\s(?:Document|Literature|Citation|Reference)|PTL|PL|Ref(?:erence)?\\.?|Cited\\sdocument|Citation)\\s?[0-9]{1,3}\\s?[:.)]?',
  ].join('|') + ')\\s*',
  'i',
);

// Office-action endings after the number: 号公報, 号明細書, 号の公報, 公報, a full stop.
const GAZETTE_ENDING = /(?:号|號)?\s?(?:の)?(?:公報|明細書|広報)?\s?(?:参照)?[。．.,、;]?\s*$/;

/** The input without a citation label in front or a gazette ending behind. */
export function peel(input: string): string {
  const s = normalizeText(input).trim();
  const unlabelled = s.replace(CITATION_LABEL, '');
  // A label must leave a number behind: "D645,062" is a design patent, not citation D6 of "45,062".
  const body = /[0-9]{3}/.test(unlabelled) && !/^D[0-9]{3},[0-9]{3}$/i.test(s) ? unlabelled : s;
  return body.replace(GAZETTE_ENDING, (end) => (/[号號]/.test(end) ? '号' : '')).trim();
}

/** Latin letters upper-cased (ep2400812a1 → EP2400812A1), everything else as typed. */
export function upperLatin(s: string): string {
  return s.replace(/[a-z]+/g, (w) => w.toUpperCase());
}

/** The parts of a dotted DOCDB form as PatentPeek shows and exports it (EP.2400812.A1, JP.12345695.A). */
export function dottedDocdb(s: string): { cc: string; number: string; kind: string | null } | null {
  const m = /^([A-Z]{2})\.([0-9A-Z]{3,16})(?:\.([A-Z][0-9]?))?$/.exec(s);
  return m ? { cc: m[1] ?? '', number: m[2] ?? '', kind: m[3] ?? null } : null;
}

/** Written forms that name the document a DOCDB form can name: its compact form, and the office forms
 *  of the applications DOCDB writes alike (JP, KR, PCT), which the reader then checks against it. */
export function docdbSpellings({ cc, number, kind }: { cc: string; number: string; kind: string | null }): string[] {
  const k = kind ?? '';
  const out = [`${cc}${number}${k}`, `${cc} ${number} ${k}`.trim(), `${cc}${number}`];
  let m: RegExpExecArray | null;
  if (cc === 'JP' && (m = /^((?:19|20)[0-9]{2})([0-9]{6})$/.exec(number))) out.push(`${k === 'U' ? '実願' : '特願'}${m[1]}-${m[2]}`);
  if (cc === 'JP' && (m = /^([0-9]{1,6})([0-9]{2})$/.exec(number))) {
    // pre-2000 applications: serial + yy (FORMATS.md §2.1)
    out.push(`${k === 'U' ? '実願' : '特願'}${eraName(1900 + Number(m[2]))}-${m[1]}`);
  }
  if (cc === 'KR' && (m = /^((?:19|20)[0-9]{2})([0-9]{7})$/.exec(number))) out.push(`${k === 'U' ? '실용신안등록출원' : '특허출원'} ${k === 'U' ? '20' : '10'}-${m[1]}-${m[2]}`);
  if (k === 'W' && (m = /^((?:19|20)[0-9]{2}|[0-9]{2})([0-9]{5,6})$/.exec(number))) out.push(`PCT/${cc}${m[1]}/${m[2]}`);
  return out;
}
