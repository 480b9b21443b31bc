/**
 * One limiter per office, built from its declared limits (octokit throttling's groups, but owned by
 * the office, never module-level). A sliding window of call start times plus a concurrency cap.
 * When the wait for a slot would exceed what the caller accepts, it fails fast with RateLimited
 * (a hover card should not hang for a minute because JPO allows ~10 calls a minute).
 * `pauseUntil` lets a 429 / JPO 303 reply hold back every later call of the office.
 */
import type { OfficeId } from '../model/contracts';
import { RateLimited } from './errors';
import { sleep as defaultSleep } from './retry';

export interface RateLimitSpec {
  calls?: number;
  windowSeconds?: number;
  concurrency?: number;
}

export interface RateLimiterDeps {
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface RateLimiter {
  schedule<T>(task: () => Promise<T>, options: { maxWaitMs: number; signal?: AbortSignal }): Promise<T>;
  pauseUntil(epochMs: number): void;
}

export function createRateLimiter(office: OfficeId, spec: RateLimitSpec, deps: RateLimiterDeps = {}): RateLimiter {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? defaultSleep;
  const windowMs = (spec.windowSeconds ?? 60) * 1000;
  const maxCalls = spec.calls ?? Infinity;
  const concurrency = spec.concurrency ?? 2;
  const starts: number[] = []; // start times inside the current window, oldest first (reserved slots included)
  let running = 0;
  let pausedUntil = 0;
  const waiters: (() => void)[] = [];

  /** Reserve the next start time and return it (may be in the future). */
  function reserve(): number {
    const t = now();
    while (starts.length > 0 && (starts[0] as number) <= t - windowMs) starts.shift();
    let at = Math.max(t, pausedUntil);
    if (starts.length >= maxCalls) {
      const oldestThatMustExpire = starts[starts.length - maxCalls] as number;
      at = Math.max(at, oldestThatMustExpire + windowMs);
    }
    starts.push(at);
    starts.sort((a, b) => a - b);
    return at;
  }

  function release(at: number) {
    const index = starts.indexOf(at);
    if (index >= 0) starts.splice(index, 1);
  }

  async function acquireConcurrency(signal?: AbortSignal) {
    while (running >= concurrency) {
      await new Promise<void>((resolve, reject) => {
        waiters.push(resolve);
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    running++;
  }

  return {
    async schedule(task, { maxWaitMs, signal }) {
      const at = reserve();
      const wait = at - now();
      if (wait > maxWaitMs) {
        release(at);
        throw new RateLimited(office, `local limit for ${office}: next slot in ${Math.ceil(wait / 1000)} s`, Math.ceil(wait / 1000));
      }
      if (wait > 0) {
        try {
          await sleep(wait, signal);
        } catch (error) {
          release(at);
          throw error;
        }
      }
      await acquireConcurrency(signal);
      try {
        return await task();
      } finally {
        running--;
        waiters.shift()?.();
      }
    },
    pauseUntil(epochMs) {
      pausedUntil = Math.max(pausedUntil, epochMs);
    },
  };
}
