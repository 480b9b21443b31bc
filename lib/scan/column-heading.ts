/**
 * What names a table cell's number when the cell holds nothing else: its column heading (USPTO hit
 * lists, "PAT. NO.") and the table's caption or the heading right before the table (PatFT's
 * "U.S. Patent Documents"). The scanner reads each block on its own, so without this a bare
 * 9,034,805 in a hit list has no patent word near it (issue 13). The heading is given to the number
 * engine before the block's text, never marked itself. Foreign-document tables give no heading: their
 * bare numbers belong to the office in another column, which a lone cell cannot see.
 */

const MAX = 60;
const tableCaptions = new WeakMap<HTMLTableElement, string>();

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

function captionOf(table: HTMLTableElement): string {
  let caption = tableCaptions.get(table);
  if (caption !== undefined) return caption;
  caption = clean(table.caption?.textContent);
  if (!caption) {
    // The heading right before the table: a heading element or a bold line ("<CENTER><b>U.S. Patent
    // Documents</b></CENTER>"), short and without numbers of its own — never a paragraph of text.
    const before = table.previousElementSibling;
    const text = before && isHeading(before) ? clean(before.textContent) : '';
    caption = text.length <= MAX && !/[0-9]{3}/.test(text) ? text : '';
  }
  tableCaptions.set(table, caption);
  return caption;
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'CENTER', 'B', 'STRONG', 'CAPTION']);
function isHeading(el: Element): boolean {
  if (HEADING_TAGS.has(el.tagName)) return true;
  const only = el.children.length === 1 ? el.children[0] : null;
  return !!only && (only.tagName === 'B' || only.tagName === 'STRONG') && clean(only.textContent) === clean(el.textContent);
}

function columnOf(cell: HTMLTableCellElement): number {
  let col = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) col += (c as HTMLTableCellElement).colSpan || 1;
  return col;
}

function headerAt(table: HTMLTableElement, row: HTMLTableRowElement, col: number): string {
  const head = table.tHead?.rows[0] ?? table.rows[0];
  if (!head || head === row) return '';
  let at = 0;
  for (const cell of Array.from(head.cells)) {
    const span = cell.colSpan || 1;
    if (col < at + span) return cell.tagName === 'TH' || head.parentElement?.tagName === 'THEAD' ? clean(cell.textContent).slice(0, MAX) : '';
    at += span;
  }
  return '';
}

/** The words that name the cell `container` sits in, or '' when none does. */
export function cellHeading(container: Node): string {
  const el = container.nodeType === 1 ? (container as Element) : container.parentElement;
  const cell = el?.closest('td, th') as HTMLTableCellElement | null;
  if (!cell || cell.tagName === 'TH') return '';
  const row = cell.parentElement as HTMLTableRowElement | null;
  const table = cell.closest('table') as HTMLTableElement | null;
  if (!row || !table) return '';
  const caption = captionOf(table);
  if (/foreign/i.test(caption)) return '';
  const header = headerAt(table, row, columnOf(cell));
  return [caption, header].filter(Boolean).join(' · ');
}

/** The text put before a block so the engine reads its heading first ('' for none). */
export const headingLead = (heading: string | undefined): string => (heading ? `${heading}\n` : '');

/** The hits of `lead + text` that lie in the text, with offsets into it. */
export function afterLead<F extends { start: number; end: number }>(found: F[], lead: number): F[] {
  if (lead === 0) return found;
  const out: F[] = [];
  for (const f of found) if (f.start >= lead) out.push({ ...f, start: f.start - lead, end: f.end - lead });
  return out;
}

/** Run `find` on the heading and the text together and keep only what lies in the text. */
export function findWithHeading<F extends { start: number; end: number }>(find: (text: string) => F[], heading: string, text: string): F[] {
  const lead = headingLead(heading);
  return afterLead(find(lead + text), lead.length);
}
