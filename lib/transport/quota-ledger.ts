/**
 * Per-office, per-endpoint quota book-keeping that refuses a call before it would cross a cap and
 * says when the cap resets. Sources of truth, in order:
 *  - the office's own word: JPO `result.remainAccessCount` (calls left today for that endpoint) and
 *    OPS `X-RegisteredQuotaPerWeek-Used` (bytes this week) — API-NOTES §1 and §2;
 *  - a quota-exceeded reply (JPO 203, OPS 403 fair use): blocks until the reset it carries;
 *  - our own count against the declared daily caps ([JPO-HB] Tables 1-3), reset at 00:00 in the
 *    office's time zone (JST for JPO).
 * Persisted in storage.local so a service-worker restart does not forget a spent quota.
 */
import type { OfficeId, QuotaRow } from '../model/contracts';
import type { OfficeLimits, QuotaSignal } from '../offices/provider';
import { QuotaExceeded } from './errors';
import { dayIn, monthIn, nextMidnight, nextMonthStart, nextWeekStartUtc, weekStartUtc } from './reset-time';
import type { KeyValueStore } from './storage-area';

interface EndpointDay {
  day: string;
  used: number;
  remaining?: number;
  blockedUntil?: number;
}

interface OfficeBook {
  endpoints: Record<string, EndpointDay>;
  week?: { start: number; bytesUsed: number };
  month?: { month: string; used: number };
  blockedUntil?: number;
  /** Last load state the office reported, with when. */
  throttle?: { text: string; at: number };
}

type Book = Partial<Record<OfficeId, OfficeBook>>;

const STORAGE_KEY = 'quota-ledger';
const DEFAULT_TIME_ZONE = 'UTC';
export const WEEKLY_ENDPOINT = 'weekly';
export const MONTHLY_ENDPOINT = 'monthly';

export interface OfficeQuotaSpec {
  office: OfficeId;
  limits: OfficeLimits;
  /** The user's weekly byte limit (OPS fair use), overriding limits.weeklyBytes. */
  weeklyBytesLimit?: number;
  /** The user's monthly call allowance (a paid KIPRIS Plus plan), overriding limits.monthly.calls. */
  monthlyCallsLimit?: number;
}

export interface QuotaLedger {
  /** Throws QuotaExceeded when this call would cross a cap or the office said it is spent. */
  check(spec: OfficeQuotaSpec, endpoint: string): Promise<void>;
  /** A call reached the office: count it and take in what the reply says. */
  record(spec: OfficeQuotaSpec, endpoint: string, signal: QuotaSignal, bytes: number): Promise<void>;
  /** The office answered "quota exceeded": nothing more until `resetsAt`. */
  block(spec: OfficeQuotaSpec, endpoint: string, resetsAt: Date): Promise<void>;
  rows(spec: OfficeQuotaSpec): Promise<QuotaRow[]>;
  /** The office's last reported load state (OPS throttling), if any. */
  throttle(office: OfficeId): Promise<{ text: string; at: string } | undefined>;
}

export function createQuotaLedger(store: KeyValueStore, now: () => number = Date.now): QuotaLedger {
  let book: Book | undefined;
  let writing: Promise<void> = Promise.resolve();

  async function load(): Promise<Book> {
    book ??= (await store.get<Book>(STORAGE_KEY)) ?? {};
    return book;
  }
  function save(): Promise<void> {
    const snapshot = structuredClone(book ?? {});
    writing = writing.then(() => store.set(STORAGE_KEY, snapshot));
    return writing;
  }
  const zone = (spec: OfficeQuotaSpec) => spec.limits.daily?.resetTimeZone ?? DEFAULT_TIME_ZONE;
  const weeklyLimit = (spec: OfficeQuotaSpec) => spec.weeklyBytesLimit ?? spec.limits.weeklyBytes;
  const monthlyLimit = (spec: OfficeQuotaSpec) => (spec.limits.monthly ? (spec.monthlyCallsLimit ?? spec.limits.monthly.calls) : undefined);

  function officeBook(b: Book, office: OfficeId): OfficeBook {
    return (b[office] ??= { endpoints: {} });
  }
  /** Today's entry for the endpoint, started afresh when the office's day changed. */
  function today(spec: OfficeQuotaSpec, ob: OfficeBook, endpoint: string): EndpointDay {
    const day = dayIn(zone(spec), now());
    const entry = ob.endpoints[endpoint];
    if (entry && entry.day === day) return entry;
    const fresh: EndpointDay = { day, used: 0 };
    if (entry?.blockedUntil && entry.blockedUntil > now()) fresh.blockedUntil = entry.blockedUntil;
    ob.endpoints[endpoint] = fresh;
    return fresh;
  }
  /** This month's count for an office with a monthly allowance, started afresh on the 1st. */
  function thisMonth(spec: OfficeQuotaSpec, ob: OfficeBook): { month: string; used: number } | undefined {
    const monthly = spec.limits.monthly;
    if (!monthly) return undefined;
    const month = monthIn(monthly.resetTimeZone, now());
    if (!ob.month || ob.month.month !== month) ob.month = { month, used: 0 };
    return ob.month;
  }
  function thisWeek(ob: OfficeBook): { start: number; bytesUsed: number } {
    const start = weekStartUtc(now());
    if (!ob.week || ob.week.start !== start) ob.week = { start, bytesUsed: 0 };
    return ob.week;
  }

  return {
    async check(spec, endpoint) {
      const ob = officeBook(await load(), spec.office);
      const t = now();
      if (ob.blockedUntil && ob.blockedUntil > t) {
        throw new QuotaExceeded(spec.office, `${spec.office} quota is spent`, new Date(ob.blockedUntil));
      }
      const entry = today(spec, ob, endpoint);
      if (entry.blockedUntil && entry.blockedUntil > t) {
        throw new QuotaExceeded(spec.office, `${spec.office} ${endpoint}: daily quota is spent`, new Date(entry.blockedUntil));
      }
      const cap = spec.limits.daily?.perEndpoint[endpoint];
      const left = entry.remaining ?? (cap !== undefined ? cap - entry.used : undefined);
      if (left !== undefined && left <= 0) {
        throw new QuotaExceeded(spec.office, `${spec.office} ${endpoint}: daily cap reached`, nextMidnight(zone(spec), t));
      }
      const month = thisMonth(spec, ob);
      const monthCap = monthlyLimit(spec);
      if (month && spec.limits.monthly && monthCap !== undefined && month.used >= monthCap) {
        throw new QuotaExceeded(spec.office, `${spec.office}: the monthly allowance of ${monthCap} calls is used up`, nextMonthStart(spec.limits.monthly.resetTimeZone, t));
      }
      const limit = weeklyLimit(spec);
      if (limit !== undefined && thisWeek(ob).bytesUsed >= limit) {
        throw new QuotaExceeded(spec.office, `${spec.office}: weekly fair-use limit of ${limit} bytes reached`, nextWeekStartUtc(t));
      }
    },

    async record(spec, endpoint, signal, bytes) {
      const ob = officeBook(await load(), spec.office);
      const entry = today(spec, ob, endpoint);
      entry.used += 1;
      if (signal.remainingToday !== undefined) entry.remaining = signal.remainingToday;
      else if (entry.remaining !== undefined) entry.remaining = Math.max(0, entry.remaining - 1);
      if (signal.throttle) ob.throttle = { text: signal.throttle, at: now() };
      const month = thisMonth(spec, ob);
      if (month) month.used += 1;
      if (weeklyLimit(spec) !== undefined || signal.weeklyBytesUsed !== undefined) {
        const week = thisWeek(ob);
        week.bytesUsed = signal.weeklyBytesUsed ?? week.bytesUsed + bytes;
      }
      await save();
    },

    async block(spec, endpoint, resetsAt) {
      const ob = officeBook(await load(), spec.office);
      // Daily caps are per endpoint (JPO); a weekly or office-wide cap (OPS fair use) stops every call.
      if (spec.limits.daily?.perEndpoint[endpoint] !== undefined) {
        const entry = today(spec, ob, endpoint);
        entry.blockedUntil = resetsAt.getTime();
        entry.remaining = 0;
      } else {
        ob.blockedUntil = resetsAt.getTime();
      }
      await save();
    },

    async rows(spec) {
      const ob = officeBook(await load(), spec.office);
      const t = now();
      const rows: QuotaRow[] = [];
      const declaredEndpoints = Object.keys(spec.limits.daily?.perEndpoint ?? {});
      const seen = Object.keys(ob.endpoints).filter((e) => !declaredEndpoints.includes(e));
      const officeBlock = ob.blockedUntil && ob.blockedUntil > t ? new Date(ob.blockedUntil).toISOString() : null;
      for (const endpoint of [...declaredEndpoints, ...seen]) {
        const entry = today(spec, ob, endpoint);
        const declared = spec.limits.daily?.perEndpoint[endpoint] ?? null;
        const remaining = entry.remaining ?? (declared !== null ? Math.max(0, declared - entry.used) : null);
        // Corporate accounts may have up to twice the handbook caps ([JPO-HB]): the office's own count wins.
        const cap = declared !== null && remaining !== null ? Math.max(declared, entry.used + remaining) : declared;
        const blocked = entry.blockedUntil && entry.blockedUntil > t ? new Date(entry.blockedUntil).toISOString() : null;
        rows.push({
          office: spec.office,
          endpoint,
          unit: 'calls',
          used: entry.used,
          limit: cap,
          remaining: officeBlock || blocked ? 0 : remaining,
          resetsAt: blocked ?? officeBlock ?? (cap !== null ? nextMidnight(zone(spec), t).toISOString() : null),
        });
      }
      const month = thisMonth(spec, ob);
      if (month && spec.limits.monthly) {
        const cap = monthlyLimit(spec) ?? spec.limits.monthly.calls;
        rows.push({
          office: spec.office,
          endpoint: MONTHLY_ENDPOINT,
          unit: 'calls',
          used: month.used,
          limit: cap,
          remaining: officeBlock ? 0 : Math.max(0, cap - month.used),
          resetsAt: officeBlock ?? nextMonthStart(spec.limits.monthly.resetTimeZone, t).toISOString(),
        });
      }
      const limit = weeklyLimit(spec);
      if (limit !== undefined) {
        const week = thisWeek(ob);
        rows.push({
          office: spec.office,
          endpoint: WEEKLY_ENDPOINT,
          unit: 'bytes',
          used: week.bytesUsed,
          limit,
          remaining: officeBlock ? 0 : Math.max(0, limit - week.bytesUsed),
          resetsAt: officeBlock ?? nextWeekStartUtc(t).toISOString(),
        });
      }
      return rows;
    },

    async throttle(office) {
      const t = (await load())[office]?.throttle;
      return t && { text: t.text, at: new Date(t.at).toISOString() };
    },
  };
}
