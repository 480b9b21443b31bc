/**
 * KIPRIS Plus answers HTTP 200 for its own errors; the body's resultCode says what went wrong
 * (API-NOTES-2.md §1): 00 or empty = ok, 10 invalid parameter, 20 no results, 30 key not registered,
 * 31 key expired, 101 operation not subscribed. 22 is the data.go.kr gateway's "too many requests"
 * code KIPRIS shares; its monthly allowance resets on the 1st (Korea time). KIPRIS's words go beside ours.
 */
import { AuthError, BadResponse, NotFound, type OfficeError, QuotaExceeded } from '../../transport/errors';
import { nextMonthStart } from '../../transport/reset-time';
import type { OfficeResponse } from '../provider';

export const KIPRIS_TIME_ZONE = 'Asia/Seoul';

export interface KiprisResult {
  code: string;
  message: string;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** KIPRIS's words as they read: "AccessKey&amp;ServiceID …" is "AccessKey&ServiceID …". */
const unescape = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITY[name] ?? '');

/** The header's resultCode and resultMsg, or null when the body is not a KIPRIS envelope. */
export function resultOf(body: unknown): KiprisResult | null {
  if (typeof body !== 'string' || !/<response[\s>]/.test(body)) return null;
  const code = /<resultCode>\s*([^<]*?)\s*<\/resultCode>/.exec(body)?.[1] ?? '';
  const message = /<resultMsg>\s*([^<]*?)\s*<\/resultMsg>/.exec(body)?.[1] ?? '';
  return { code, message: unescape(message) };
}

export function classifyKiprisReply(res: OfficeResponse, now: number = Date.now()): OfficeError | undefined {
  if (res.status !== 200) return undefined; // the default HTTP mapping (5xx office down, 429 …)
  const result = resultOf(res.body);
  if (!result) return new BadResponse('kipris', 'KIPRIS Plus sent a reply that is not its XML envelope');
  const words = result.message ? ` (KIPRIS: “${result.message}”)` : '';
  const extra = { officeCode: result.code };
  switch (result.code) {
    case '':
    case '00':
      return undefined;
    case '10':
      return new BadResponse('kipris', `KIPRIS Plus refused the request's parameters${words}`, extra);
    case '20':
      return new NotFound('kipris', `KIPRIS Plus has no record for this${words}`, extra);
    case '30':
      return new AuthError('kipris', `KIPRIS Plus does not know this access key: check it in the options${words}`, extra);
    case '31':
      return new AuthError('kipris', `Your KIPRIS Plus access key has expired: renew it at plus.kipris.or.kr${words}`, extra);
    case '101':
      return new AuthError('kipris', `Your KIPRIS Plus key is not subscribed to this service: apply for it in the KIPRIS Plus portal${words}`, extra);
    case '22':
      return new QuotaExceeded('kipris', `KIPRIS Plus's allowance for this key is used up${words}`, nextMonthStart(KIPRIS_TIME_ZONE, now), extra);
    default:
      return new BadResponse('kipris', `KIPRIS Plus answered with result code ${result.code}${words}`, extra);
  }
}
