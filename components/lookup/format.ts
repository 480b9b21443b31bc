import type { DocRef } from '../../lib/model/patent';
import { writtenForm } from '../../lib/numbers/display';

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

/** Text to send for a new lookup of a reference (clickable family members and citations): the
 * office's written form keeps the kind code (EP 2 400 812 B1) and the type (特願… stays an application). */
export function refQuery(ref: DocRef): string {
  return writtenForm(ref).text;
}
