/**
 * One office's request path, composed from its provider declaration (aesthetics.md §16.3):
 *
 *   request ─▶ credentials? ─▶ cache ─────▶ quota ─▶ auth ──────▶ retry ─────▶ quota + rate ─▶ fetch ─▶ map
 *              NoCredentials   fresh /      refuse   token (single 429/5xx      limit per       timeout, classify,
 *                              joined /     before   flight); on   only, GET;   attempt: slot   network  default HTTP,
 *                              stale copy   spending rejection     bounded,     or fail fast    log      quota signals
 *                                                    renew once    jittered
 *
 * Each layer is its own module and knows nothing of the others; this file only wires them. Quota
 * and rate limit are checked again for every retry, because every attempt spends a call. The caller
 * passes the policy (how long a hover may wait), as octokit leaves that to the app.
 */
import type { OfficeId, QuotaRow } from '../model/contracts';
import type { OfficeProvider, OfficeRequest, OfficeResponse, ProviderContext } from '../offices/provider';
import type { ResponseCache } from './cache';
import { AuthError, BadResponse, NoCredentials, OfficeDown, type OfficeError, QuotaExceeded, RateLimited } from './errors';
import { hasCredentials } from './has-credentials';
import { fetchWithTimeout, type FetchLike, TransportFailure } from './fetch-with-timeout';
import { defaultHttpError, readResponse } from './map-response';
import type { NetworkLog } from './network-log';
import type { OfficeQuotaSpec, QuotaLedger } from './quota-ledger';
import { createRateLimiter } from './rate-limit';
import { defaultRetryPolicy, withRetry } from './retry';
import type { KeyValueStore } from './storage-area';
import { scrub, secretValues } from './scrub';
import { createTokenManager, type TokenState } from './token';

export interface OfficeSettingsView {
  enabled?: boolean;
  baseUrl?: string;
  credentials?: Record<string, string>;
}

export interface PipelineDeps {
  provider: OfficeProvider;
  settings: () => Promise<OfficeSettingsView>;
  /** The user's weekly byte limit for offices that declare one (OPS fair use, default 4 GB). */
  weeklyBytesLimit?: () => Promise<number | undefined>;
  /** The user's monthly call allowance for offices that declare one (KIPRIS Plus plans). */
  monthlyCallsLimit?: () => Promise<number | undefined>;
  cache: ResponseCache;
  ledger: QuotaLedger;
  log: NetworkLog;
  tokenStore: KeyValueStore;
  fetchImpl?: FetchLike;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  timeoutMs?: number;
}

export interface CallPolicy {
  /** Longest wait for a rate-limit slot or a retry, ms (hover card: short; side panel: longer). */
  maxWaitMs: number;
  retries?: number;
  signal?: AbortSignal;
  /** Epoch ms: cached replies fetched before this are read again (a watch run's start). */
  freshAfter?: number;
}

export interface OfficePipeline {
  office: OfficeId;
  request<T = unknown>(req: OfficeRequest, policy: CallPolicy): Promise<OfficeResponse<T>>;
  context(policy: CallPolicy, lang: 'en' | 'ja'): ProviderContext;
  tokenState(): Promise<TokenState | undefined>;
  /** Forget the stored token ("Test connection" must prove the credentials, not an old token). */
  clearToken(): Promise<void>;
  quotaSpec(): Promise<OfficeQuotaSpec>;
  quotaRows(): Promise<QuotaRow[]>;
  throttle(): Promise<{ text: string; at: string } | undefined>;
}

const DEFAULT_TTL_SECONDS = 3600;

class TokenRejected extends Error {}

/** Query string with stable order; secret parameters never reach cache keys. */
function queryString(query: Record<string, string> | undefined, drop: readonly string[] = []): string {
  const entries = Object.entries(query ?? {}).filter(([k]) => !drop.includes(k)).sort(([a], [b]) => a.localeCompare(b));
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
}

export function createOfficePipeline(deps: PipelineDeps): OfficePipeline {
  const { provider } = deps;
  const office = provider.id;
  const now = deps.now ?? Date.now;
  const limiter = createRateLimiter(
    office,
    { calls: provider.limits.perWindow?.calls, windowSeconds: provider.limits.perWindow?.windowSeconds, concurrency: provider.limits.concurrency },
    { now, sleep: deps.sleep },
  );
  const lanes = new Map(Object.entries(provider.limits.lanes ?? {}).map(([id, w]) => [id, createRateLimiter(office, { calls: w.calls, windowSeconds: w.windowSeconds }, { now, sleep: deps.sleep })]));
  const auth = provider.auth;

  function baseUrl(settings: OfficeSettingsView): string {
    return (settings.baseUrl?.trim() || provider.meta.defaultBaseUrl).replace(/\/+$/, '');
  }

  async function quotaSpec(): Promise<OfficeQuotaSpec> {
    const [weeklyBytesLimit, monthlyCallsLimit] = await Promise.all([deps.weeklyBytesLimit?.(), deps.monthlyCallsLimit?.()]);
    return { office, limits: provider.limits, weeklyBytesLimit, ...(monthlyCallsLimit !== undefined && { monthlyCallsLimit }) };
  }

  /** fetch → network log → read body. Network trouble is OfficeDown ("unreachable"). */
  async function send(base: string, req: OfficeRequest, extra: { headers?: Record<string, string>; query?: Record<string, string> }, signal?: AbortSignal, secrets: readonly string[] = []) {
    const query = { ...req.query, ...extra.query };
    const url = `${base}${req.path}${queryString(query)}`;
    const method = req.method ?? 'GET';
    const secretParams = [...(req.secretQuery ?? []), ...Object.keys(extra.query ?? {})];
    const logged = (status: number) => deps.log.record({ office, method, url: scrub(url, secrets), status, at: new Date(now()).toISOString() }, secretParams);
    let response: Response;
    try {
      response = await fetchWithTimeout(url, { method, headers: { ...req.headers, ...extra.headers }, body: req.body }, { timeoutMs: deps.timeoutMs ?? 20_000, signal, fetchImpl: deps.fetchImpl });
    } catch (error) {
      if (error instanceof TransportFailure) {
        logged(0);
        throw new OfficeDown(office, `${office} is unreachable (${error.reason}: ${error.message})`);
      }
      throw error;
    }
    logged(response.status);
    return readResponse(response, req, new Date(now()).toISOString(), office);
  }

  /** The token request: no cache, no retry, no quota; transient failures mapped here, the rest by parseToken. */
  async function sendTokenRequest(base: string, tokenReq: OfficeRequest, signal?: AbortSignal): Promise<OfficeResponse> {
    const { res } = await send(base, tokenReq, {}, signal);
    if (res.status === 429 || res.status >= 500) throw defaultHttpError(office, res, now()) as OfficeError;
    return res;
  }

  /** One attempt against the office with the given token; throws taxonomy errors or TokenRejected. */
  async function attempt(base: string, settings: OfficeSettingsView, spec: OfficeQuotaSpec, req: OfficeRequest, token: string | undefined, policy: CallPolicy, secrets: readonly string[]): Promise<OfficeResponse> {
    const extra = auth?.type === 'token' && token !== undefined
      ? { headers: auth.authorize?.(token) ?? { Authorization: `Bearer ${token}` } }
      : auth?.type === 'key'
        ? auth.apply(settings.credentials ?? {}, req)
        : {};
    const { res, bytes, unparsable } = await send(base, req, extra, policy.signal, secrets);
    await deps.ledger.record(spec, req.endpoint, provider.quotaSignals?.(res, req) ?? {}, bytes);
    if (auth?.type === 'token' && auth.isTokenRejected(res)) throw new TokenRejected();
    const verdict = provider.classify?.(res, req);
    const error = verdict === 'ok' ? undefined : (verdict ?? defaultHttpError(office, res, now()));
    if (error) {
      if (error instanceof QuotaExceeded) await deps.ledger.block(spec, req.endpoint, new Date(error.resetsAt));
      if (error instanceof RateLimited) limiter.pauseUntil(now() + error.retryAfterSeconds * 1000);
      throw error;
    }
    if (unparsable) throw new BadResponse(office, `${office} ${req.endpoint}: the reply is not valid JSON`, { httpStatus: res.status });
    return res;
  }

  async function spend(req: OfficeRequest, settings: OfficeSettingsView, policy: CallPolicy, secrets: readonly string[]): Promise<OfficeResponse> {
    const base = baseUrl(settings);
    const credentials = settings.credentials ?? {};
    const tokens = auth?.type === 'token'
      ? createTokenManagerFor(base)
      : undefined;
    const retryPolicy = { ...defaultRetryPolicy, maxWaitMs: policy.maxWaitMs, ...(policy.retries !== undefined && { retries: policy.retries }) };
    // Read once per request: for OPS the weekly byte limit is a settings read.
    const spec = await quotaSpec();
    const once = (token: string | undefined) =>
      withRetry(req.method ?? 'GET', retryPolicy, async () => {
        await deps.ledger.check(spec, req.endpoint);
        const wait = { maxWaitMs: policy.maxWaitMs, signal: policy.signal };
        const run = () => limiter.schedule(() => attempt(base, settings, spec, req, token, policy, secrets), wait);
        const lane = req.lane ? lanes.get(req.lane) : undefined;
        return lane ? lane.schedule(run, wait) : run();
      }, { sleep: deps.sleep, signal: policy.signal });

    // Refuse a spent quota before anything goes out, token request included.
    await deps.ledger.check(spec, req.endpoint);
    const token = tokens ? await tokens.get(credentials) : undefined;
    try {
      return await once(token);
    } catch (error) {
      if (!(error instanceof TokenRejected) || !tokens || token === undefined) throw error;
    }
    // The office rejected the token: renew once (single flight), then retry once.
    const renewed = await tokens.renew(credentials, token);
    try {
      return await once(renewed);
    } catch (error) {
      if (error instanceof TokenRejected) throw new AuthError(office, `${office} refused a freshly issued token`);
      throw error;
    }
  }

  // The token manager keeps its state in storage; one instance per base URL keeps single flight per office.
  const tokenManagers = new Map<string, ReturnType<typeof createTokenManager>>();
  function createTokenManagerFor(base: string) {
    let manager = tokenManagers.get(base);
    if (!manager && auth?.type === 'token') {
      manager = createTokenManager({ office, auth, store: deps.tokenStore, scope: base, now, send: (tokenReq) => sendTokenRequest(base, tokenReq) });
      tokenManagers.set(base, manager);
    }
    return manager as ReturnType<typeof createTokenManager>;
  }

  const pipeline: OfficePipeline = {
    office,
    async request<T>(req: OfficeRequest, policy: CallPolicy) {
      const settings = await deps.settings();
      if (auth && !hasCredentials(settings.credentials)) throw new NoCredentials(office);
      const base = baseUrl(settings);
      const method = req.method ?? 'GET';
      const secrets = secretValues(settings.credentials);
      // A key must never be part of a cache key, even where a provider forgot to name it secret.
      const key = scrub(`${office}|${base}|${method}|${req.cacheKey ?? `${req.path}${queryString(req.query, req.secretQuery)}`}`, secrets);
      const ttl = provider.ttlSeconds[req.endpoint] ?? DEFAULT_TTL_SECONDS;
      try {
        const res = await deps.cache.run(key, ttl, () => spend(req, settings, policy, secrets), {
          noCache: req.noCache || (method !== 'GET' && !req.readOnly),
          ...(policy.freshAfter !== undefined && { freshAfter: policy.freshAfter }),
        });
        return res as OfficeResponse<T>;
      } catch (error) {
        // Office error bodies and transport messages end up in the UI: never with a key in them.
        if (error instanceof Error) error.message = scrub(error.message, secrets);
        throw error;
      }
    },
    context(policy, lang) {
      return { request: (req) => pipeline.request(req, policy), lang, signal: policy.signal };
    },
    async tokenState() {
      if (auth?.type !== 'token') return undefined;
      const settings = await deps.settings();
      return createTokenManagerFor(baseUrl(settings)).state(settings.credentials ?? {});
    },
    async clearToken() {
      if (auth?.type !== 'token') return;
      await createTokenManagerFor(baseUrl(await deps.settings())).clear();
    },
    quotaSpec,
    async quotaRows() {
      return deps.ledger.rows(await quotaSpec());
    },
    throttle: () => deps.ledger.throttle(office),
  };
  return pipeline;
}
