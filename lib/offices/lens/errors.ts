// Lens answers with real status codes (API-NOTES-2.md §3): 401 token, 404 empty result, 415 media
// type, 429 with the x-rate-limit-* headers — a per-minute wait, or the monthly allowance with its
// reset date (the recorded 2019 reply: 2,125,876 s to wait, reset on 2019-10-12).
import { AuthError, BadResponse, NotFound, OfficeDown, type OfficeError, QuotaExceeded, RateLimited } from '../../transport/errors';
import type { OfficeRequest, OfficeResponse, QuotaSignal } from '../provider';

const said = (body: unknown): string => (body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string' ? (body as { message: string }).message : '');
const DAY_S = 86_400;

export function classifyLensReply(res: OfficeResponse, req: OfficeRequest, now = Date.now()): OfficeError | undefined {
  const { status, headers } = res;
  if (status < 400) return undefined;
  const words = said(res.body);
  const extra = { httpStatus: status };
  if (status === 401 || status === 403) return new AuthError('lens', `Lens refused the access token${words ? ` (${words})` : ''}`, extra);
  if (status === 404) return new NotFound('lens', 'Lens has no record of this number', extra);
  if (status === 429) {
    const wait = Number(headers['x-rate-limit-retry-after-seconds'] ?? headers['retry-after']);
    const monthly = headers['x-rate-limit-remaining-request-per-month'] === '0' || headers['x-rate-limit-remaining-record-per-month'] === '0' || wait > DAY_S || /month/i.test(words);
    if (monthly) {
      const reset = Date.parse(headers['x-rate-limit-reset-date'] ?? '') || now + (Number.isFinite(wait) ? wait * 1000 : 30 * DAY_S * 1000);
      return new QuotaExceeded('lens', `Lens: the plan's monthly allowance is spent${words ? ` (${words})` : ''}`, new Date(reset), extra);
    }
    return new RateLimited('lens', `Lens: too many requests${words ? ` (${words})` : ''}`, Number.isFinite(wait) && wait > 0 ? wait : 60, extra);
  }
  if (status === 415) return new BadResponse('lens', `Lens refused the request format for ${req.endpoint} (${words || 'HTTP 415'})`, extra);
  if (status >= 500) return new OfficeDown('lens', `Lens is not answering properly (HTTP ${status})`, extra);
  return new BadResponse('lens', `Lens answered HTTP ${status}${words ? `: ${words}` : ''}`, extra);
}

/** The x-rate-limit-* headers in words for the popup: what is left this minute and this month. */
export function lensQuotaSignals(res: OfficeResponse): QuotaSignal {
  const h = res.headers;
  const parts = [
    h['x-rate-limit-remaining-request-per-minute'] && `${h['x-rate-limit-remaining-request-per-minute']} requests left this minute`,
    h['x-rate-limit-remaining-request-per-month'] && `${h['x-rate-limit-remaining-request-per-month']} requests left this month`,
    h['x-rate-limit-remaining-record-per-month'] && `${h['x-rate-limit-remaining-record-per-month']} records left this month`,
  ].filter(Boolean);
  return parts.length ? { throttle: parts.join(', ') } : {};
}
