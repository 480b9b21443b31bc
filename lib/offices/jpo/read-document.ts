/**
 * JPO document XML (and the older HTML form) → ReadableDocument: headings, paragraphs, cited
 * documents and the bibliographic lines, in document order, as text only.
 *
 * The XML is JPO's jp: vocabulary (notice-pat-exam-rn, pat-rspns, pat-amnd …). Paragraph text sits
 * in <p> with <br/> for line breaks; a line opening with ● ■ ◆ ＜ 【 or 記 heads a section. Cited
 * documents are <jp:patent-reference-group> (kind + number); articles <jp:article>.
 */
import { XMLParser } from 'fast-xml-parser';
import type { ReadableBlock, ReadableDocument } from '../../model/readable-document';

type XNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  removeNSPrefix: true,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  // A document is data: no DOCTYPE entity expansion beyond the built-in ones.
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** The words a bibliographic leaf is shown with; '' hides internal codes. Other leaves show their element name. */
const FACT_LABEL: Record<string, string> = {
  'doc-number': '出願番号 / Application',
  date: '日付 / Date',
  name: '氏名 / Name',
  'staff-code': '',
  'office-code': '',
  'registered-number': '登録番号 / Registration',
  'number-of-other-persons': '',
  phone: '',
};
const HEADING_LINE = /^[\s　]*(?:[●■◆◇○]|＜|【|記[\s　]*$|理由[\s　]*$)/;

function childrenOf(node: XNode): XNode[] {
  const tag = tagOf(node);
  return tag ? ((node[tag] as XNode[] | undefined) ?? []) : [];
}

function tagOf(node: XNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

/** Text of a subtree; <br/> is a line break. */
function textOf(nodes: XNode[]): string {
  let out = '';
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === '#text') out += String(n['#text']);
    else if (tag === 'br') out += '\n';
    else if (tag) out += textOf(childrenOf(n));
  }
  return out;
}

const clean = (s: string) => s.replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').trim();

/** Lines of a paragraph → blocks: heading lines alone, the rest joined into paragraphs at blank lines. */
function blocksOfText(text: string): ReadableBlock[] {
  const blocks: ReadableBlock[] = [];
  let para: string[] = [];
  const flush = () => {
    const t = clean(para.join('\n'));
    if (t) blocks.push({ kind: 'paragraph', text: t });
    para = [];
  };
  for (const line of text.split('\n')) {
    if (!line.trim()) flush();
    else if (HEADING_LINE.test(line)) {
      flush();
      blocks.push({ kind: 'heading', text: clean(line) });
    } else para.push(line);
  }
  flush();
  return blocks;
}

function walk(nodes: XNode[], doc: ReadableDocument): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (!tag || tag === '#text') continue;
    const kids = childrenOf(n);
    if (tag === 'document-name') {
      doc.title ||= clean(textOf(kids));
    } else if (tag === 'p' || tag === 'claim') {
      doc.blocks.push(...blocksOfText(textOf(kids)));
    } else if (tag === 'patent-reference-group' || tag === 'article') {
      const text = clean(textOf(kids).replace(/\s*\n\s*/g, ' '));
      if (text) doc.blocks.push({ kind: 'item', text });
    } else if (!kids.some((k) => tagOf(k) !== '#text')) {
      // A leaf: a bibliographic line (inside the bibliography, or a lone field such as the addressee).
      const label = FACT_LABEL[tag] ?? tag.replace(/-/g, ' ');
      const value = clean(textOf(kids));
      if (label && value) doc.facts.push({ label, value: /^\d{8}$/.test(value) && tag === 'date' ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6)}` : value });
    } else {
      walk(kids, doc);
    }
  }
}

export function readJpoXml(text: string, fallbackTitle: string): ReadableDocument {
  const doc: ReadableDocument = { title: '', facts: [], blocks: [] };
  walk(parser.parse(text) as XNode[], doc);
  doc.title ||= fallbackTitle;
  return doc;
}

/** The older HTML documents: their text only, line by line (tags dropped, entities decoded). */
export function readJpoHtml(html: string, fallbackTitle: string): ReadableDocument {
  const text = html
    .replace(/<(script|style)[^]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|tr|h\d|li)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
  return { title: fallbackTitle, facts: [], blocks: blocksOfText(text) };
}
