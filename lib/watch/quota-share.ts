/**
 * How much of each office's allowance a scheduled run may spend (issue 12 §1): the user sets a share
 * (default half); a run keeps the rest for their own lookups. Before a run, each office's cases are
 * weighed against every capped allowance of that office: one check may call each capped endpoint once
 * (JPO: app_progress, cite_doc_info …; Lens: records per month), so `cases` calls per allowance is the
 * honest upper bound. An office whose share would be crossed is skipped as a whole, with the reason and
 * the time its allowance resets.
 */
import type { OfficeId, QuotaRow } from '../model/contracts';

export const DEFAULT_QUOTA_SHARE = 0.5;
/** A watch check reads a few replies; OPS counts bytes per week, so a check is weighed at this size. */
export const BYTES_PER_CHECK = 200_000;

export interface OfficeSkip {
  office: OfficeId;
  endpoint: string;
  /** Calls (or bytes) the run would need and what the share leaves for it. */
  need: number;
  available: number;
  unit: QuotaRow['unit'];
  resetsAt: string | null;
}

export interface RunPlan {
  allowed: OfficeId[];
  skipped: OfficeSkip[];
}

/** What the share leaves of one allowance: remaining minus the part kept for the user. */
export function availableUnder(row: QuotaRow, share: number): number {
  if (row.limit === null) return Number.POSITIVE_INFINITY;
  const remaining = row.remaining ?? Math.max(0, row.limit - row.used);
  const reserved = Math.ceil((1 - share) * row.limit);
  return Math.max(0, remaining - reserved);
}

export function planRun(demand: ReadonlyMap<OfficeId, number>, rows: readonly QuotaRow[], share: number): RunPlan {
  const allowed: OfficeId[] = [];
  const skipped: OfficeSkip[] = [];
  for (const [office, cases] of demand) {
    if (cases === 0) continue;
    let worst: OfficeSkip | undefined;
    for (const row of rows.filter((r) => r.office === office && r.limit !== null)) {
      const need = row.unit === 'bytes' ? cases * BYTES_PER_CHECK : cases;
      const available = availableUnder(row, share);
      if (need > available && (!worst || available - need < worst.available - worst.need)) {
        worst = { office, endpoint: row.endpoint, need, available, unit: row.unit, resetsAt: row.resetsAt };
      }
    }
    if (worst) skipped.push(worst);
    else allowed.push(office);
  }
  return { allowed, skipped };
}
