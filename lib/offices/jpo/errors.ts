import {
  AuthError,
  BadResponse,
  NotFound,
  OfficeDown,
  type OfficeError,
  QuotaExceeded,
  RateLimited,
} from '../../transport/errors';
import { nextMidnight } from '../../transport/reset-time';

/**
 * JPO `result.statusCode` → error taxonomy. The API answers HTTP 200 even for errors, so every reply's
 * envelope is decoded here (API-NOTES §1 "Envelope, status codes and limits"; [JPO-CAT], [IPMCP] status_codes.py).
 */
export const JPO_OK = '100';
/** 107 no data, 108 no document body, 111 number out of scope: an empty answer, not an error. */
export const JPO_EMPTY_CODES: readonly string[] = ['107', '108', '111'];
/** 210 = access token invalid or expired; the pipeline re-fetches the token once and retries. */
export const JPO_TOKEN_INVALID = '210';

/** The next 00:00 in Asia/Tokyo, when the per-endpoint daily counters reset ([JPO-HB]). */
export function nextTokyoMidnight(now: Date): Date {
  return nextMidnight('Asia/Tokyo', now.getTime());
}

export function isJpoEmptyStatus(code: string): boolean {
  return JPO_EMPTY_CODES.includes(code);
}

/**
 * The error for a non-OK, non-empty status code. `endpoint` goes into the message so the user sees which
 * daily cap ran out (caps are per endpoint).
 */
export function jpoStatusError(
  code: string,
  errorMessage: string,
  endpoint: string,
  opts: { now?: Date; httpStatus?: number } = {},
): OfficeError {
  const extra = { officeCode: code, ...(opts.httpStatus !== undefined && { httpStatus: opts.httpStatus }) };
  const detail = `JPO ${endpoint}: statusCode ${code}${errorMessage ? ` (${errorMessage})` : ''}`;
  switch (code) {
    case '203':
      return new QuotaExceeded('jpo', `${detail} — daily limit for this endpoint used up`, nextTokyoMidnight(opts.now ?? new Date()), extra);
    case '204':
    case '208':
      // Bad parameter / invalid characters: the number cannot name a JPO case, which the user reads as "not found".
      return new NotFound('jpo', `${detail} — the office rejected the number`, extra);
    case JPO_TOKEN_INVALID:
      return new AuthError('jpo', `${detail} — access token invalid or expired`, extra);
    case '212':
      return new AuthError('jpo', `${detail} — ID or password rejected`, extra);
    case '302':
      return new OfficeDown('jpo', `${detail} — office timeout`, extra);
    case '303':
      // ≤10 calls per minute per ID ([JPO-HB]); wait out one window.
      return new RateLimited('jpo', `${detail} — too many requests in a short time`, 60, extra);
    case '999':
      return new OfficeDown('jpo', `${detail} — unexpected server error`, extra);
    case '301':
    case '400':
      return new BadResponse('jpo', `${detail} — the request was malformed (client bug)`, extra);
    default:
      return new BadResponse('jpo', `${detail} — unknown status code`, extra);
  }
}

/**
 * For the transport's error-mapping layer: HTTP status + parsed body → error, or null when the body is a
 * success or an empty answer. A call with no/expired token was seen to answer HTTP 401 with statusCode 210
 * (API-NOTES §1 "Auth"), so 401 maps to the token-invalid error even without a body.
 */
export function mapJpoError(httpStatus: number, body: unknown, endpoint: string, now: Date = new Date()): OfficeError | null {
  const code = statusCodeOf(body);
  if (code !== undefined) {
    if (code === JPO_OK || isJpoEmptyStatus(code)) return httpStatus >= 400 ? httpError(httpStatus, endpoint) : null;
    return jpoStatusError(code, errorMessageOf(body), endpoint, { now, httpStatus });
  }
  return httpStatus >= 400 ? httpError(httpStatus, endpoint) : null;
}

function httpError(httpStatus: number, endpoint: string): OfficeError {
  const extra = { httpStatus };
  const msg = `JPO ${endpoint}: HTTP ${httpStatus}`;
  if (httpStatus === 401) return new AuthError('jpo', msg, { httpStatus, officeCode: JPO_TOKEN_INVALID });
  if (httpStatus === 403) return new AuthError('jpo', msg, extra);
  if (httpStatus === 404) return new NotFound('jpo', msg, extra);
  if (httpStatus === 429) return new RateLimited('jpo', msg, 60, extra);
  if (httpStatus >= 500) return new OfficeDown('jpo', msg, extra);
  return new BadResponse('jpo', msg, extra);
}

function resultOf(body: unknown): Record<string, unknown> | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const result = (body as Record<string, unknown>).result;
  return typeof result === 'object' && result !== null ? (result as Record<string, unknown>) : undefined;
}

function statusCodeOf(body: unknown): string | undefined {
  const code = resultOf(body)?.statusCode;
  return typeof code === 'string' ? code : typeof code === 'number' ? String(code) : undefined;
}

function errorMessageOf(body: unknown): string {
  const msg = resultOf(body)?.errorMessage;
  return typeof msg === 'string' ? msg : '';
}

/**
 * The provider's `classify` hook: JPO reports errors inside HTTP 200 bodies, so every JSON reply is decoded.
 * 100 and the empty codes are 'ok' (parsers turn empty into null/[]); a ZIP body is 'ok'; anything else
 * without an envelope falls back to the pipeline's HTTP mapping.
 */
export function classifyJpoReply(res: { status: number; body: unknown }, req: { endpoint: string }, now: Date = new Date()): OfficeError | 'ok' | undefined {
  if (req.endpoint.startsWith('opd.')) {
    // OPD is a registration of its own at the JPO: a token good for the patent API is refused here.
    if (res.status === 403) return new AuthError('jpo', OPD_NOT_REGISTERED, { httpStatus: 403, officeCode: 'opd-not-registered' });
    const xml = xmlStatusOf(res.body);
    if (xml) return xml.code === JPO_OK || isJpoEmptyStatus(xml.code) || xml.code === '111' ? 'ok' : jpoStatusError(xml.code, xml.message, req.endpoint, { now, httpStatus: res.status });
  }
  const code = statusCodeOf(res.body);
  if (code !== undefined) {
    if ((code === JPO_OK || isJpoEmptyStatus(code)) && res.status < 400) return 'ok';
    return mapJpoError(res.status, res.body, req.endpoint, now) ?? undefined;
  }
  if (res.body instanceof Uint8Array && res.status >= 200 && res.status < 300) return 'ok';
  return undefined;
}

export const OPD_NOT_REGISTERED =
  'Your JPO ID is not registered for One Portal Dossier (OPD). OPD access is a separate registration at the JPO (International IT Affairs Section), beside the patent API; the JPO stopped taking new OPD registrations in August 2024.';

/** The status of an OPD XML reply (`<api-data><statusCode>…`), read without parsing the whole document. */
function xmlStatusOf(body: unknown): { code: string; message: string; remain?: number } | undefined {
  if (typeof body !== 'string') return undefined;
  const head = body.slice(0, 2_000);
  const code = /<(?:\w+:)?statusCode>\s*(\d+)\s*</.exec(head)?.[1];
  if (!code) return undefined;
  const remain = Number.parseInt(/<(?:\w+:)?remainAccessCount>\s*(\d+)\s*</.exec(head)?.[1] ?? '', 10);
  return { code, message: /<(?:\w+:)?errorMessage>([^<]*)</.exec(head)?.[1]?.trim() ?? '', ...(Number.isFinite(remain) && { remain }) };
}

/** `result.remainAccessCount` = calls left today for this endpoint (API-NOTES §1 "how it is reported"); OPD says it in XML. */
export function jpoQuotaSignals(res: { body: unknown }): { remainingToday?: number } {
  const xml = xmlStatusOf(res.body);
  if (xml) return xml.remain !== undefined ? { remainingToday: xml.remain } : {};
  const n = Number.parseInt(String(resultOf(res.body)?.remainAccessCount ?? ''), 10);
  return Number.isFinite(n) ? { remainingToday: n } : {};
}
