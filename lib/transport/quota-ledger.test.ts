import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QuotaExceeded } from './errors';
import { createQuotaLedger, type OfficeQuotaSpec } from './quota-ledger';
import { browserStore } from './storage-area';

const jpo: OfficeQuotaSpec = {
  office: 'jpo',
  limits: { daily: { perEndpoint: { app_progress: 400, divisional_app_info: 2 }, resetTimeZone: 'Asia/Tokyo' } },
};
const ops: OfficeQuotaSpec = { office: 'epo-ops', limits: { weeklyBytes: 4_000_000_000 }, weeklyBytesLimit: 1000 };

let t = Date.parse('2026-11-25T10:00:00Z'); // 19:00 JST
const now = () => t;

beforeEach(() => {
  fakeBrowser.reset();
  t = Date.parse('2026-11-25T10:00:00Z');
});

async function refusal(promise: Promise<unknown>): Promise<QuotaExceeded> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(QuotaExceeded);
  return error as QuotaExceeded;
}

describe('quota ledger', () => {
  it('counts calls against a declared daily cap and refuses the call that would cross it', async () => {
    const ledger = createQuotaLedger(browserStore('local'), now);
    for (let i = 0; i < 2; i++) {
      await ledger.check(jpo, 'divisional_app_info');
      await ledger.record(jpo, 'divisional_app_info', {}, 100);
    }
    const error = await refusal(ledger.check(jpo, 'divisional_app_info'));
    expect(error.resetsAt).toBe('2026-11-25T15:00:00.000Z'); // 00:00 JST
    // Other endpoints have their own caps.
    await ledger.check(jpo, 'app_progress');
  });

  it('trusts the remaining count the office reports (JPO remainAccessCount)', async () => {
    const ledger = createQuotaLedger(browserStore('local'), now);
    await ledger.record(jpo, 'app_progress', { remainingToday: 1 }, 10);
    await ledger.check(jpo, 'app_progress');
    await ledger.record(jpo, 'app_progress', { remainingToday: 0 }, 10);
    await refusal(ledger.check(jpo, 'app_progress'));
    const row = (await ledger.rows(jpo)).find((r) => r.endpoint === 'app_progress');
    expect(row).toMatchObject({ unit: 'calls', used: 2, limit: 400, remaining: 0, resetsAt: '2026-11-25T15:00:00.000Z' });
  });

  it('counts a monthly allowance (KIPRIS Plus), refuses the call past it, and starts again on the 1st in Seoul', async () => {
    const kipris: OfficeQuotaSpec = { office: 'kipris', limits: { monthly: { calls: 2, resetTimeZone: 'Asia/Seoul' } } };
    const ledger = createQuotaLedger(browserStore('local'), now);
    t = Date.parse('2026-11-30T10:00:00Z'); // 19:00 KST, Nov 30
    for (let i = 0; i < 2; i++) {
      await ledger.check(kipris, 'getBibliographyDetailInfoSearch');
      await ledger.record(kipris, 'getBibliographyDetailInfoSearch', {}, 100);
    }
    const refused = await refusal(ledger.check(kipris, 'getAdvancedSearch'));
    expect(refused.resetsAt).toBe('2026-11-30T15:00:00.000Z'); // Dec 1, 00:00 KST
    expect((await ledger.rows(kipris)).find((r) => r.endpoint === 'monthly')).toMatchObject({ used: 2, limit: 2, remaining: 0, resetsAt: '2026-11-30T15:00:00.000Z' });
    // A paid plan's allowance set in the options wins over the free tier's.
    await ledger.check({ ...kipris, monthlyCallsLimit: 3 }, 'getAdvancedSearch');
    expect((await ledger.rows({ ...kipris, monthlyCallsLimit: 3 })).find((r) => r.endpoint === 'monthly')).toMatchObject({ limit: 3, remaining: 1 });
    t = Date.parse('2026-11-30T15:00:01Z');
    await ledger.check(kipris, 'getAdvancedSearch');
    expect((await ledger.rows(kipris)).find((r) => r.endpoint === 'monthly')).toMatchObject({ used: 0, remaining: 2 });
  });

  it('starts a new day at midnight in the office time zone', async () => {
    const ledger = createQuotaLedger(browserStore('local'), now);
    await ledger.record(jpo, 'app_progress', { remainingToday: 0 }, 10);
    await refusal(ledger.check(jpo, 'app_progress'));
    t = Date.parse('2026-11-25T15:00:01Z'); // 00:00:01 JST on the 26th
    await ledger.check(jpo, 'app_progress');
  });

  it('blocks after a quota-exceeded reply until its reset, and survives a restart (storage.local)', async () => {
    const ledger = createQuotaLedger(browserStore('local'), now);
    await ledger.block(jpo, 'app_progress', new Date('2026-11-25T15:00:00Z'));
    const restarted = createQuotaLedger(browserStore('local'), now);
    const error = await refusal(restarted.check(jpo, 'app_progress'));
    expect(error.resetsAt).toBe('2026-11-25T15:00:00.000Z');
  });

  it('tracks OPS weekly bytes from X-RegisteredQuotaPerWeek-Used against the user limit', async () => {
    const ledger = createQuotaLedger(browserStore('local'), now);
    await ledger.record(ops, 'biblio', { weeklyBytesUsed: 999 }, 50);
    await ledger.check(ops, 'family');
    await ledger.record(ops, 'family', {}, 1);
    const error = await refusal(ledger.check(ops, 'biblio'));
    expect(error.resetsAt).toBe('2026-11-30T00:00:00.000Z'); // next Monday 00:00 UTC
    expect((await ledger.rows(ops)).find((r) => r.unit === 'bytes')).toMatchObject({ used: 1000, limit: 1000, remaining: 0 });
  });

  it('an office-wide block (OPS fair use) stops every endpoint', async () => {
    const ledger = createQuotaLedger(browserStore('local'), now);
    await ledger.block(ops, 'biblio', new Date('2026-11-25T11:00:00Z'));
    await refusal(ledger.check(ops, 'family'));
    t = Date.parse('2026-11-25T11:00:01Z');
    await ledger.check(ops, 'family');
  });
});

describe('quota ledger rows', () => {
  it('raises the shown limit when the office reports more calls left than the handbook cap (corporate 2x)', async () => {
    const ledger = createQuotaLedger(browserStore('local'), now);
    await ledger.record(jpo, 'app_progress', { remainingToday: 787 }, 10);
    expect((await ledger.rows(jpo)).find((r) => r.endpoint === 'app_progress')).toMatchObject({ used: 1, remaining: 787, limit: 788 });
  });
});

describe('quota ledger throttle state', () => {
  it('keeps the last load state the office reported', async () => {
    const ledger = createQuotaLedger(browserStore('local'), now);
    expect(await ledger.throttle('epo-ops')).toBeUndefined();
    await ledger.record(ops, 'biblio', { throttle: 'busy (retrieval=yellow:150)' }, 10);
    await ledger.record(ops, 'biblio', {}, 10);
    expect(await ledger.throttle('epo-ops')).toEqual({ text: 'busy (retrieval=yellow:150)', at: '2026-11-25T10:00:00.000Z' });
  });
});
