/**
 * The Deadlines view (issue 12 §3): every date an office names for a watched case — the JPO register's
 * next annuity and end of term, an office's expiry date — sorted by date, exportable as iCalendar and
 * CSV. Nothing here is computed from statute: a date appears only where an office gives it.
 */
import type { DocRef } from '../model/patent';
import type { OfficeId } from '../model/contracts';
import { csvDocument } from '../export/csv';
import { type CalendarEvent, icsCalendar } from '../export/ics';
import type { Words } from './diff';
import type { OfficeDeadline, WatchedCase } from './model';

export interface Deadline {
  caseKey: string;
  list: string;
  ref: DocRef;
  title?: string;
  kind: OfficeDeadline['kind'];
  due: string;
  year?: number;
  office: OfficeId;
  /** When the office said so (the check that read it). */
  asOf: string;
}

export function deadlinesOf(cases: readonly WatchedCase[]): Deadline[] {
  const out: Deadline[] = [];
  for (const c of cases) {
    const s = c.latest;
    if (!s) continue;
    const base = { caseKey: c.key, list: c.list, ref: c.ref, ...(s.title && { title: s.title }), asOf: s.at };
    const named = s.deadlines ?? [];
    for (const d of named) out.push({ ...base, kind: d.kind, due: d.due, ...(d.year !== undefined && { year: d.year }), office: d.office });
    // An office's own expiry date from the bibliographic answer, where the register gave none.
    if (s.dates.expiry && s.dates.office && !named.some((d) => d.kind === 'expiry')) {
      out.push({ ...base, kind: 'expiry', due: s.dates.expiry, office: s.dates.office });
    }
  }
  return out.sort((a, b) => a.due.localeCompare(b.due) || a.ref.raw.localeCompare(b.ref.raw));
}

export function deadlineWords(d: Deadline, words: Words): string {
  if (d.kind === 'expiry') return words('deadline_expiry');
  return d.year !== undefined ? words('deadline_annuity_year', [String(d.year)]) : words('deadline_annuity');
}

export function deadlinesCsv(deadlines: readonly Deadline[], words: Words): string {
  return csvDocument(
    ['due', 'what', 'number', 'docdb', 'title', 'office', 'as_of'],
    deadlines.map((d) => [d.due, deadlineWords(d, words), d.ref.raw, d.ref.docdb, d.title, d.office, d.asOf.slice(0, 10)]),
  );
}

export function deadlinesIcs(deadlines: readonly Deadline[], words: Words, stamp: Date): string {
  const events: CalendarEvent[] = deadlines.map((d) => ({
    uid: `${d.kind}-${d.ref.docdb ?? d.ref.epodoc ?? d.ref.raw}-${d.due}@patentpeek`.replace(/\s+/g, ''),
    date: d.due,
    summary: `${d.ref.raw}: ${deadlineWords(d, words)}`,
    description: [d.title, words('deadline_source', [d.office, d.asOf.slice(0, 10)])].filter(Boolean).join('\n'),
    // Annuities: a month ahead, as a docketing system would; an end of term: three months ahead.
    remindDaysBefore: d.kind === 'annuity' ? 30 : 90,
  }));
  return icsCalendar(events, { prodId: '-//PatentPeek//Deadlines//EN', name: words('deadlines_calendar_name'), stamp });
}
