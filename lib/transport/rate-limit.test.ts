import { describe, expect, it } from 'vitest';
import { RateLimited } from './errors';
import { createRateLimiter } from './rate-limit';

function clock() {
  let t = 1_000_000;
  const slept: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      slept.push(ms);
      t += ms;
    },
    slept,
  };
}

describe('rate limiter', () => {
  it('lets the declared number of calls through, then spaces the next by the window (JPO ~10/min)', async () => {
    const c = clock();
    const limiter = createRateLimiter('jpo', { calls: 10, windowSeconds: 60 }, c);
    for (let i = 0; i < 10; i++) await limiter.schedule(async () => i, { maxWaitMs: 120_000 });
    expect(c.slept).toEqual([]);
    await limiter.schedule(async () => 'eleventh', { maxWaitMs: 120_000 });
    expect(c.slept).toEqual([60_000]);
  });

  it('fails fast with RateLimited when the slot is further away than the caller accepts', async () => {
    const c = clock();
    const limiter = createRateLimiter('jpo', { calls: 1, windowSeconds: 60 }, c);
    await limiter.schedule(async () => 1, { maxWaitMs: 1000 });
    const error = await limiter.schedule(async () => 2, { maxWaitMs: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimited);
    expect((error as RateLimited).retryAfterSeconds).toBe(60);
    // The refused call did not take the slot: after the window a call goes through without waiting.
    c.sleep(60_000);
    c.slept.length = 0;
    await limiter.schedule(async () => 3, { maxWaitMs: 0 });
    expect(c.slept).toEqual([]);
  });

  it('honours a pause set from an office 429', async () => {
    const c = clock();
    const limiter = createRateLimiter('epo-ops', {}, c);
    limiter.pauseUntil(c.now() + 5000);
    await limiter.schedule(async () => 1, { maxWaitMs: 10_000 });
    expect(c.slept).toEqual([5000]);
  });

  it('caps concurrency', async () => {
    const limiter = createRateLimiter('jpo', { concurrency: 1 });
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
    };
    await Promise.all([1, 2, 3].map(() => limiter.schedule(task, { maxWaitMs: 1000 })));
    expect(peak).toBe(1);
  });
});
