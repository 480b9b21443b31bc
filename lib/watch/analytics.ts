/**
 * Per-list analytics (issue 12 §4): pendency, time to the first office action and to grant, and the
 * grant rate, from the durations each check kept — the Timeline tab's own figures (lib/timeline), so
 * the two views never disagree about a case.
 */
import type { DurationKey } from '../timeline/timeline';
import type { WatchedCase } from './model';

const MONTH_DAYS = 30.4375;

export interface Distribution {
  /** Months, one decimal, sorted. */
  months: number[];
  median: number | null;
  p25: number | null;
  p75: number | null;
}

export interface ListAnalytics {
  cases: number;
  /** Cases whose last check read a status. */
  withStatus: number;
  granted: number;
  /** Granted, refused, withdrawn, abandoned: the cases that reached an outcome. */
  decided: number;
  /** granted / decided; null while nothing is decided. */
  grantRate: number | null;
  firstAction: Distribution;
  toGrant: Distribution;
  /** Still pending: filing to today. */
  pending: Distribution;
}

function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return Math.round((sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo)) * 10) / 10;
}

export function distribution(days: number[]): Distribution {
  const months = days.map((d) => Math.round((d / MONTH_DAYS) * 10) / 10).sort((a, b) => a - b);
  return { months, median: quantile(months, 0.5), p25: quantile(months, 0.25), p75: quantile(months, 0.75) };
}

const DECIDED = new Set(['granted', 'refused', 'withdrawn', 'abandoned', 'expired', 'lapsed', 'revoked']);
const GRANTED = new Set(['granted', 'expired', 'lapsed', 'revoked']); // each of these was granted once

export function listAnalytics(cases: readonly WatchedCase[]): ListAnalytics {
  const durationsOf = (key: DurationKey, pick?: (d: { ongoing?: boolean; outcome?: string }) => boolean) =>
    cases.flatMap((c) => (c.latest?.durations ?? []).filter((d) => d.key === key && (!pick || pick(d))).map((d) => d.days));
  const states = cases.map((c) => c.latest?.status?.state).filter((s): s is NonNullable<typeof s> => s !== undefined);
  const decided = states.filter((s) => DECIDED.has(s)).length;
  const granted = states.filter((s) => GRANTED.has(s)).length;
  return {
    cases: cases.length,
    withStatus: states.length,
    granted,
    decided,
    grantRate: decided > 0 ? granted / decided : null,
    firstAction: distribution(durationsOf('filing-first-action')),
    toGrant: distribution(durationsOf('filing-final', (d) => d.outcome === 'grant')),
    pending: distribution(durationsOf('pendency')),
  };
}
