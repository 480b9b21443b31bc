/**
 * Retry as data (ky's retry options, octokit plugin-retry): only idempotent requests, only
 * rate-limit and office-down failures (429, 5xx, network), bounded attempts, exponential backoff
 * with jitter, and never a wait longer than the caller allows — a hover card fails fast, the side
 * panel may wait. The wait comes from the office (Retry-After / reset headers) when it says one.
 */
import { isOfficeError, type OfficeError, RateLimited } from './errors';

export interface RetryPolicy {
  /** Extra attempts after the first (default 2). */
  retries: number;
  /** Longest single wait the caller accepts, ms; a longer Retry-After fails at once. */
  maxWaitMs: number;
  /** Backoff base, ms (default 500): 500, 1000, 2000 … capped at maxWaitMs, ± 25 % jitter. */
  baseDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { retries: 2, maxWaitMs: 5000, baseDelayMs: 500 };

const idempotent = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Seconds to wait from reply headers: `Retry-After` (seconds or HTTP date), then `RateLimit-Reset`
 * (seconds), then `X-RateLimit-Reset` (epoch seconds when large, else seconds). Undefined when none.
 */
export function retryAfterFromHeaders(headers: Record<string, string>, now: number): number | undefined {
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined && retryAfter.trim() !== '') {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  const reset = Number(headers['ratelimit-reset']);
  if (headers['ratelimit-reset'] !== undefined && Number.isFinite(reset)) return Math.max(0, Math.ceil(reset));
  const xReset = Number(headers['x-ratelimit-reset']);
  if (headers['x-ratelimit-reset'] !== undefined && Number.isFinite(xReset)) {
    return xReset > 1e9 ? Math.max(0, Math.ceil(xReset - now / 1000)) : Math.max(0, Math.ceil(xReset));
  }
  return undefined;
}

export function isRetryable(error: unknown): error is OfficeError {
  return isOfficeError(error) && (error.kind === 'rate-limit' || error.kind === 'office-down');
}

/** Delay before attempt `attempt` (1-based retry count), or undefined to give up now. */
export function retryDelayMs(error: OfficeError, attempt: number, policy: RetryPolicy, random: () => number = Math.random): number | undefined {
  if (attempt > policy.retries) return undefined;
  if (error instanceof RateLimited) {
    const wait = error.retryAfterSeconds * 1000;
    return wait > policy.maxWaitMs ? undefined : wait;
  }
  const backoff = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxWaitMs);
  return Math.round(backoff * (0.75 + random() * 0.5));
}

export interface RetryDeps {
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  signal?: AbortSignal;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

/** Run `attempt` until it succeeds, fails for good, or the policy says stop. */
export async function withRetry<T>(method: string, policy: RetryPolicy, attempt: () => Promise<T>, deps: RetryDeps = {}): Promise<T> {
  const wait = deps.sleep ?? sleep;
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!idempotent.has(method.toUpperCase()) || !isRetryable(error)) throw error;
      const delay = retryDelayMs(error, tries, policy, deps.random);
      if (delay === undefined) throw error;
      await wait(delay, deps.signal);
    }
  }
}
