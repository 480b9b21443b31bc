import type { FindingItem } from '../../lib/model/findings';

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; formulas defused. */
function field(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  // A cell starting with = + - @ is a formula in spreadsheet apps; page text must never run as one.
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function findingsCsv(items: FindingItem[]): string {
  const rows = [['number', 'country', 'type', 'docdb', 'epodoc', 'count']];
  const lines = rows.map((r) => r.join(','));
  for (const i of items) lines.push([i.raw.replace(/\s+/g, ' ').trim(), i.country, i.type, i.docdb, i.epodoc, i.count].map(field).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** The form copied and shown: DOCDB without dots, else EPODOC, else as written. */
export function displayNumber(item: FindingItem): string {
  return item.docdb?.replace(/\./g, '') ?? item.epodoc ?? item.raw.replace(/\s+/g, ' ').trim();
}

/** Items grouped by office (country code), groups by size, items by how often they appear. */
export function groupByOffice(items: FindingItem[]): [string, FindingItem[]][] {
  const groups = new Map<string, FindingItem[]>();
  for (const item of items) {
    const list = groups.get(item.country);
    if (list) list.push(item);
    else groups.set(item.country, [item]);
  }
  for (const list of groups.values()) list.sort((a, b) => b.count - a.count || displayNumber(a).localeCompare(displayNumber(b)));
  return [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}
