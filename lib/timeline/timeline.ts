/**
 * One time axis for a case (issue 10 §3; seed: 特許情報解析 — 1st OA までの期間、出願から公開までの期間):
 * the office events and key dates in date order, and the durations an examiner computes by hand,
 * each naming the two events it was computed from.
 */
import type { OfficeId } from '../model/contracts';
import type { KeyDates, LegalEvent } from '../model/patent';
import type { Provenance } from '../model/provenance';
import { type Milestone, milestoneOf } from './milestones';

export interface TimelineEvent {
  date: string;
  milestone: Milestone;
  /** The office's event in plain words (or the key date's name). */
  label: string;
  code: string;
  office: OfficeId;
  source: Provenance;
}

/** filing-final is the total pendency of a finished case; pendency, of one still pending (to today). */
export type DurationKey = 'filing-publication' | 'filing-examination-request' | 'filing-first-action' | 'filing-final' | 'pendency';

export interface Duration {
  key: DurationKey;
  days: number;
  /** Days / 30.4375, one decimal: the months an examiner quotes. */
  months: number;
  from: TimelineEvent;
  to: TimelineEvent;
  /** The case is still pending: `to` is today. */
  ongoing?: boolean;
  /** The final event's kind (grant, refusal, withdrawal) for filing-final. */
  outcome?: Milestone;
}

export interface Timeline {
  events: TimelineEvent[];
  durations: Duration[];
}

export interface TimelineInput {
  /** Office events: JPO document history, EP Register events and steps, INPADOC legal events. */
  events: LegalEvent[];
  dates?: KeyDates & { priority?: string };
  datesSource?: Provenance;
  now?: Date;
}

const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string): number => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
const FINAL: Milestone[] = ['grant', 'refusal', 'withdrawal'];

export function buildTimeline(input: TimelineInput): Timeline {
  const events: TimelineEvent[] = [];
  const seen = new Set<string>();
  for (const e of input.events) {
    if (!/^\d{4}-\d{2}-\d{2}/.test(e.date)) continue;
    const text = e.officeText ?? e.description;
    const milestone = milestoneOf(e.source.office, e.code, text);
    // The same step often appears twice (a Register event and its procedural step, a JPO document
    // listed under the application and the registration): one per date, code and meaning.
    const key = `${e.date.slice(0, 10)}|${milestone}|${e.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    events.push({ date: e.date.slice(0, 10), milestone, label: e.description, code: e.code, office: e.source.office, source: e.source });
  }
  const { dates, datesSource } = input;
  if (dates && datesSource) {
    const keyed: [keyof KeyDates | 'priority', Milestone][] = [['priority', 'priority'], ['filing', 'filing'], ['publication', 'publication'], ['grant', 'grant']];
    for (const [key, milestone] of keyed) {
      const date = dates[key as keyof KeyDates];
      // A key date the office events already hold on the same day adds nothing.
      if (date && !events.some((e) => e.milestone === milestone && e.date === date)) {
        events.push({ date, milestone, label: key, code: `date:${key}`, office: datesSource.office, source: datesSource });
      }
    }
  }
  events.sort((a, b) => a.date.localeCompare(b.date) || order(a.milestone) - order(b.milestone));
  return { events, durations: durationsOf(events, input.now ?? new Date()) };
}

const ORDER: Milestone[] = ['priority', 'filing', 'publication', 'examination-request', 'search-report', 'office-action', 'response', 'allowance', 'grant', 'refusal', 'withdrawal', 'appeal', 'other'];
const order = (m: Milestone): number => ORDER.indexOf(m);

function durationsOf(events: TimelineEvent[], now: Date): Duration[] {
  const first = (m: Milestone) => events.find((e) => e.milestone === m);
  const filing = first('filing');
  if (!filing) return [];
  const span = (key: DurationKey, to: TimelineEvent | undefined, extra: Partial<Duration> = {}): Duration[] => {
    if (!to || to.date < filing.date) return [];
    const days = daysBetween(filing.date, to.date);
    return [{ key, days, months: Math.round((days / 30.4375) * 10) / 10, from: filing, to, ...extra }];
  };
  const final = events.find((e) => FINAL.includes(e.milestone));
  const today = now.toISOString().slice(0, 10);
  const open: TimelineEvent = { date: today, milestone: 'other', label: 'today', code: 'today', office: filing.office, source: filing.source };
  return [
    ...span('filing-publication', first('publication')),
    ...span('filing-examination-request', first('examination-request')),
    ...span('filing-first-action', first('office-action')),
    // A finished case's total pendency is filing → its final event; a pending one's runs to today.
    ...(final ? span('filing-final', final, { outcome: final.milestone }) : span('pendency', open, { ongoing: true })),
  ];
}
