import type { DocRef } from '../../lib/model/patent';

/** Office dates come as YYYY-MM-DD (or full ISO); show them as written, times in the user's locale. */
export function formatDate(value: string | undefined): string {
  if (!value) return '';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : formatTime(value);
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The most useful written form of a reference. */
export function refText(ref: DocRef): string {
  return ref.docdb ?? ref.epodoc ?? ref.raw;
}

/** Text to send for a new lookup of a reference (clickable family members and citations): DOCDB
 * without dots keeps the kind code (EP2400812B1), which EPODOC drops. */
export function refQuery(ref: DocRef): string {
  return ref.docdb?.replace(/\./g, '') ?? ref.epodoc ?? ref.raw;
}
