import { nextWeekStartUtc } from '../../transport/reset-time';
import { AuthError, BadResponse, NotFound, OfficeDown, type OfficeError, QuotaExceeded, RateLimited } from '../../transport/errors';
import { childText, parseOpsXml, path } from './xml';

/**
 * OPS failures → taxonomy (API-NOTES §2 "Errors, throttling and quota"; [OPS-RG] Table 15). Data services
 * answer `<fault><code>CLIENT.…</code><message>…</message></fault>`; OAuth and fair-use errors a bare
 * `<error><code>…</code><message>…</message></error>`.
 */
export interface OpsErrorBody {
  shape: 'fault' | 'error';
  code: string;
  message: string;
  description?: string;
}

export function readOpsErrorBody(body: unknown): OpsErrorBody | null {
  if (typeof body !== 'string' || !/<(fault|error)[\s>]/.test(body)) return null;
  try {
    const doc = parseOpsXml(body, 'error');
    const fault = path(doc, 'fault');
    const error = path(doc, 'error');
    const el = fault ?? error;
    if (!el) return null;
    const description = childText(el, 'description');
    return { shape: fault ? 'fault' : 'error', code: childText(el, 'code'), message: childText(el, 'message'), ...(description && { description }) };
  } catch {
    return null;
  }
}

/** X-Throttling-Control: "idle (images=green:200, inpadoc=green:60, …)" → system state and per-service colour/limit. */
export function parseThrottling(header: string | undefined): { system: string; services: Record<string, { colour: string; perMinute: number }> } | null {
  const m = /^\s*(\w+)\s*\(([^)]*)\)/.exec(header ?? '');
  if (!m) return null;
  const services: Record<string, { colour: string; perMinute: number }> = {};
  for (const part of (m[2] ?? '').split(',')) {
    const s = /(\w+)=(\w+):(\d+)/.exec(part);
    if (s) services[s[1] ?? ''] = { colour: s[2] ?? '', perMinute: Number(s[3]) };
  }
  return { system: m[1] ?? '', services };
}

/** Which throttled service an endpoint belongs to ([OPS-RG] 2.3.3). */
export function throttleServiceOf(endpoint: string): 'retrieval' | 'inpadoc' | 'search' | 'images' | 'other' {
  if (endpoint === 'search') return 'search';
  if (endpoint === 'family' || endpoint.startsWith('family-') || endpoint === 'legal') return 'inpadoc';
  if (endpoint === 'images') return 'images';
  if (['biblio', 'abstract', 'claims', 'description', 'full-cycle', 'fulltext', 'equivalents'].includes(endpoint)) return 'retrieval';
  return 'other';
}

/** Retry-After is given in milliseconds in the guide's example (60000); small values are taken as seconds. */
function retryAfterSeconds(headers: Record<string, string>): number | undefined {
  const raw = headers['retry-after'];
  if (!raw) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) return undefined;
  return n >= 1000 ? Math.ceil(n / 1000) : n;
}

export interface OpsReply {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * The provider's `classify` hook. 'ok' for 2xx and for a search without hits (404 SERVER.EntityNotFound
 * on the search endpoints, which the provider turns into an empty result); an OfficeError otherwise;
 * undefined only when the reply says nothing more than its HTTP status.
 */
export function classifyOpsReply(res: OpsReply, req: { endpoint: string }, now: Date = new Date()): OfficeError | 'ok' | undefined {
  const { status, headers } = res;
  if (status >= 200 && status < 300) return 'ok';
  const err = readOpsErrorBody(res.body);
  const code = err?.code ?? '';
  const extra = { httpStatus: status, ...(code && { officeCode: code }) };
  const detail = `OPS ${req.endpoint}: HTTP ${status}${code ? ` ${code}` : ''}${err?.message ? ` (${err.message})` : ''}`;

  if (status === 404 && code === 'SERVER.EntityNotFound' && (req.endpoint === 'search' || req.endpoint === 'register-search')) return 'ok';

  const throttle = parseThrottling(headers['x-throttling-control']);
  const service = throttle?.services[throttleServiceOf(req.endpoint)];
  const rejection = headers['x-rejection-reason'] ?? '';
  if (/RegisteredQuotaPerWeek/i.test(rejection)) {
    return new QuotaExceeded('epo-ops', `${detail} — weekly fair-use quota used up`, nextWeekStartUtc(now.getTime()), { ...extra, officeCode: 'RegisteredQuotaPerWeek' });
  }
  if (/IndividualQuotaPerHour/i.test(rejection)) {
    // A rolling hour: the oldest traffic drops out within the hour; one hour is the safe wait.
    return new QuotaExceeded('epo-ops', `${detail} — hourly fair-use quota used up`, new Date(now.getTime() + 3600_000), { ...extra, officeCode: 'IndividualQuotaPerHour' });
  }
  if (service?.colour === 'black' || throttle?.system === 'overloaded' || code === 'CLIENT.RobotDetected' || status === 429) {
    return new RateLimited('epo-ops', `${detail} — throttled`, retryAfterSeconds(headers) ?? 60, extra);
  }
  if (status === 403 && /fair use/i.test(err?.message ?? '')) {
    return new QuotaExceeded('epo-ops', `${detail} — fair-use quota used up`, new Date(now.getTime() + 3600_000), extra);
  }
  if (err?.shape === 'error' || status === 401) {
    const m = err?.message ?? '';
    if (m === 'invalid_access_token') return new AuthError('epo-ops', `${detail} — access token invalid or expired`, { ...extra, officeCode: 'invalid_access_token' });
    if (m === 'invalid_client' || status === 401) return new AuthError('epo-ops', `${detail} — consumer key or secret rejected`, { ...extra, officeCode: 'bad-credentials' });
    if (m) return new AuthError('epo-ops', detail, { ...extra, officeCode: m });
  }
  switch (code) {
    case 'SERVER.EntityNotFound':
    case 'CLIENT.NotFound':
    case 'CLIENT.InvalidReference':
    case 'CLIENT.WrongReferenceFormatting':
      return new NotFound('epo-ops', detail, extra);
    case 'CLIENT.AmbiguousRequest':
      return new NotFound('epo-ops', `${detail} — the number is ambiguous without its kind code`, extra);
    case 'CLIENT.InvalidQuery':
    case 'CLIENT.CQL':
    case 'CLIENT.MethodNotAllowed':
      return new BadResponse('epo-ops', detail, extra);
    case 'CLIENT.RequestTimeout':
    case 'SERVER.LimitedServerResources':
    case 'SERVER.DomainAccess':
      return new OfficeDown('epo-ops', detail, extra);
  }
  if (status >= 500 || status === 408) return new OfficeDown('epo-ops', detail, extra);
  if (status === 404) return new NotFound('epo-ops', detail, extra);
  return err ? new BadResponse('epo-ops', detail, extra) : undefined;
}

/** Byte counters on every reply (API-NOTES §2): rolling hour and calendar week. */
export function opsQuotaSignals(res: { headers: Record<string, string> }): { hourlyBytesUsed?: number; weeklyBytesUsed?: number; throttle?: string } {
  const n = (h: string) => {
    const v = Number.parseInt(res.headers[h] ?? '', 10);
    return Number.isFinite(v) ? v : undefined;
  };
  const hourly = n('x-individualquotaperhour-used');
  const weekly = n('x-registeredquotaperweek-used');
  const throttle = res.headers['x-throttling-control']?.trim();
  return {
    ...(hourly !== undefined && { hourlyBytesUsed: hourly }),
    ...(weekly !== undefined && { weeklyBytesUsed: weekly }),
    ...(throttle && { throttle }),
  };
}
