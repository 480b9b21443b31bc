/**
 * The only `fetch` call in the product (architecture.md: lib/transport is the only caller).
 * Network failures and timeouts become a TransportFailure, which the pipeline maps to OfficeDown;
 * an abort by the caller is re-thrown as is.
 */

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export class TransportFailure extends Error {
  constructor(
    readonly reason: 'timeout' | 'network',
    message: string,
  ) {
    super(message);
    this.name = 'TransportFailure';
  }
}

export interface FetchOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Injected in tests; defaults to the global fetch. */
  fetchImpl?: FetchLike;
}

export async function fetchWithTimeout(url: string, init: RequestInit, options: FetchOptions): Promise<Response> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  const doFetch: FetchLike = options.fetchImpl ?? ((input, requestInit) => fetch(input, requestInit));
  try {
    return await doFetch(url, { ...init, signal });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timeout.signal.aborted) throw new TransportFailure('timeout', `no reply within ${options.timeoutMs} ms`);
    throw new TransportFailure('network', error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}
