import type { FindingItem } from '../../lib/model/findings';
import { writtenForm } from '../../lib/numbers/display';
import { csvDocument } from '../../lib/export/csv';

/**
 * The "On this page" export. UTF-8 with a byte-order mark, so Excel reads 特開… as written; the
 * office's own number fills `office_number` where DOCDB and EPODOC cannot be built (a US serial
 * written without its filing year, issue 9 §7).
 */
export function findingsCsv(items: FindingItem[]): string {
  const header = ['number', 'country', 'type', 'docdb', 'epodoc', 'office_number', 'count'];
  return csvDocument(header, items.map((i) => [i.raw.replace(/\s+/g, ' ').trim(), i.country, i.type, i.docdb, i.epodoc, i.number ?? null, i.count]));
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
