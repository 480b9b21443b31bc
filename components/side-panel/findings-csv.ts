import type { FindingItem } from '../../lib/model/findings';
import { writtenForm } from '../../lib/numbers/display';

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; formulas defused. */
function field(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  // A cell starting with = + - @ (after any blanks or control characters, which spreadsheet apps
  // skip), or with a tab or CR, is a formula; page text must never run as one (OWASP CSV injection).
  if (/^[\s\u0000-\u001f]*[=+\-@]/.test(s) || /^[\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The "On this page" export. UTF-8 with a byte-order mark, so Excel reads 特開… as written; the
 * office's own number fills `office_number` where DOCDB and EPODOC cannot be built (a US serial
 * written without its filing year, issue 9 §7).
 */
export function findingsCsv(items: FindingItem[]): string {
  const lines = [['number', 'country', 'type', 'docdb', 'epodoc', 'office_number', 'count'].join(',')];
  for (const i of items) lines.push([i.raw.replace(/\s+/g, ' ').trim(), i.country, i.type, i.docdb, i.epodoc, i.number ?? null, i.count].map(field).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** The form copied and shown: the office's own (特願2020-123456 stays an application when pasted back). */
export function displayNumber(item: FindingItem): string {
  return writtenForm(item).text;
}

/** One listed number with its written form, worked out once (writtenForm reads the form back to check it). */
export interface ShownItem {
  item: FindingItem;
  shown: string;
}

/** Items grouped by office (country code), groups by size, items by how often they appear. */
export function groupByOffice(items: FindingItem[]): [string, ShownItem[]][] {
  const groups = new Map<string, ShownItem[]>();
  for (const item of items) {
    const entry = { item, shown: displayNumber(item) };
    const list = groups.get(item.country);
    if (list) list.push(entry);
    else groups.set(item.country, [entry]);
  }
  for (const list of groups.values()) list.sort((a, b) => b.item.count - a.item.count || a.shown.localeCompare(b.shown));
  return [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}
