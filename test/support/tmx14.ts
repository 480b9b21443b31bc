// The element structure of TMX 1.4b (tmx14.dtd, https://www.gala-global.org/tmx-14b): content models,
// required attributes and date form, checked on a parsed document. Returns the problems found.
import { XMLParser } from 'fast-xml-parser';

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const HEADER_REQUIRED = ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype'];
const SEGTYPES = ['block', 'paragraph', 'sentence', 'phrase'];
const DATE = /^\d{8}T\d{6}Z$/;

const nameOf = (n: Node) => Object.keys(n).find((k) => k !== ':@')!;
const children = (n: Node) => (n[nameOf(n)] as Node[]).filter((c) => nameOf(c) !== '#text' || String(c['#text']).trim() !== '');
const attrs = (n: Node) => n[':@'] ?? {};

/** `sequence` holds the names in order; each rule is a name and whether it may repeat / be absent. */
function follows(names: string[], model: [string[], 'any' | 'one' | 'many'][]): boolean {
  let i = 0;
  for (const [allowed, count] of model) {
    let seen = 0;
    while (i < names.length && allowed.includes(names[i]!)) {
      i++;
      seen++;
    }
    if ((count === 'one' && seen !== 1) || (count === 'many' && seen < 1)) return false;
  }
  return i === names.length;
}

export function tmx14Problems(xml: string): string[] {
  const problems: string[] = [];
  const doc = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false }).parse(xml) as Node[];
  const roots = doc.filter((n) => !nameOf(n).startsWith('?'));
  if (roots.length !== 1 || nameOf(roots[0]!) !== 'tmx') return ['the root element is not <tmx>'];
  const tmx = roots[0]!;
  if (attrs(tmx).version !== '1.4') problems.push('tmx@version is not 1.4');
  const top = children(tmx);
  if (!follows(top.map(nameOf), [[['header'], 'one'], [['body'], 'one']])) return [...problems, 'tmx must hold header then body'];
  const header = top[0]!;
  for (const a of HEADER_REQUIRED) if (!attrs(header)[a]) problems.push(`header@${a} missing`);
  if (!SEGTYPES.includes(attrs(header).segtype ?? '')) problems.push('header@segtype not one of block|paragraph|sentence|phrase');
  if (attrs(header).creationdate && !DATE.test(attrs(header).creationdate!)) problems.push('header@creationdate not YYYYMMDDThhmmssZ');
  if (!follows(children(header).map(nameOf), [[['note', 'ude', 'prop'], 'any']])) problems.push('header holds something other than note, ude, prop');
  const body = top[1]!;
  children(body).forEach((tu, i) => {
    if (nameOf(tu) !== 'tu') return void problems.push(`body child ${i} is <${nameOf(tu)}>`);
    const inTu = children(tu);
    if (!follows(inTu.map(nameOf), [[['note', 'prop'], 'any'], [['tuv'], 'many']])) problems.push(`tu ${i}: not (note|prop)*, tuv+`);
    for (const p of inTu.filter((c) => nameOf(c) === 'prop')) if (!attrs(p).type) problems.push(`tu ${i}: prop without type`);
    for (const tuv of inTu.filter((c) => nameOf(c) === 'tuv')) {
      if (!attrs(tuv)['xml:lang']) problems.push(`tu ${i}: tuv without xml:lang`);
      if (!follows(children(tuv).map(nameOf), [[['note', 'prop'], 'any'], [['seg'], 'one']])) problems.push(`tu ${i}: tuv not (note|prop)*, seg`);
    }
  });
  return problems;
}

/** Each translation unit as {lang: text}, for asserting what a TMX holds. */
export function tmxUnits(xml: string): Record<string, string>[] {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['tu', 'tuv', 'prop'].includes(name) }).parse(xml) as {
    tmx: { body: { tu?: { tuv: { 'xml:lang': string; seg: string | number }[] }[] } };
  };
  return (parsed.tmx.body.tu ?? []).map((tu) => Object.fromEntries(tu.tuv.map((v) => [v['xml:lang'], String(v.seg)])));
}
