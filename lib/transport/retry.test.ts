import { describe, expect, it } from 'vitest';
import { AuthError, OfficeDown, RateLimited } from './errors';
import { retryAfterFromHeaders, retryDelayMs, withRetry, defaultRetryPolicy } from './retry';

const now = Date.parse('2026-11-25T00:00:00Z');

describe('retryAfterFromHeaders', () => {
  it('reads seconds, an HTTP date, RateLimit-Reset and X-RateLimit-Reset', () => {
    expect(retryAfterFromHeaders({ 'retry-after': '7' }, now)).toBe(7);
    expect(retryAfterFromHeaders({ 'retry-after': new Date(now + 30_000).toUTCString() }, now)).toBe(30);
    expect(retryAfterFromHeaders({ 'ratelimit-reset': '12' }, now)).toBe(12);
    expect(retryAfterFromHeaders({ 'x-ratelimit-reset': String(now / 1000 + 45) }, now)).toBe(45);
    expect(retryAfterFromHeaders({}, now)).toBeUndefined();
  });
});

describe('withRetry', () => {
  const policy = { ...defaultRetryPolicy, retries: 2, maxWaitMs: 5000 };

  it('retries a 429 after the office wait and then succeeds', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry('GET', policy, async () => {
      calls++;
      if (calls === 1) throw new RateLimited('jpo', 'slow down', 2);
      return 'ok';
    }, { sleep: async (ms) => void waits.push(ms) });
    expect(result).toBe('ok');
    expect(waits).toEqual([2000]);
  });

  it('fails at once when the office asks for a longer wait than the caller accepts', async () => {
    let calls = 0;
    const error = await withRetry('GET', policy, async () => {
      calls++;
      throw new RateLimited('jpo', 'slow down', 60);
    }, { sleep: async () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimited);
    expect(calls).toBe(1);
  });

  it('is bounded and uses jittered exponential backoff for office-down', async () => {
    const waits: number[] = [];
    let calls = 0;
    const error = await withRetry('GET', policy, async () => {
      calls++;
      throw new OfficeDown('epo-ops', '503');
    }, { sleep: async (ms) => void waits.push(ms), random: () => 0.5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeDown);
    expect(calls).toBe(3);
    expect(waits).toEqual([500, 1000]);
  });

  it('never retries a POST or an auth error', async () => {
    let calls = 0;
    await withRetry('POST', policy, async () => {
      calls++;
      throw new OfficeDown('jpo', 'down');
    }, { sleep: async () => {} }).catch(() => {});
    await withRetry('GET', policy, async () => {
      calls++;
      throw new AuthError('jpo', 'bad');
    }, { sleep: async () => {} }).catch(() => {});
    expect(calls).toBe(2);
  });

  it('keeps jitter within ±25 %', () => {
    const low = retryDelayMs(new OfficeDown('jpo', 'x'), 2, policy, () => 0);
    const high = retryDelayMs(new OfficeDown('jpo', 'x'), 2, policy, () => 0.999);
    expect(low).toBe(750);
    expect(high).toBeLessThanOrEqual(1250);
  });
});
