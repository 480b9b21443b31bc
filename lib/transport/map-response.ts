/**
 * The last layer: turn one raw reply into an OfficeResponse (body read per responseType) and, when
 * the office's own classifier has nothing to say, map the HTTP status to the taxonomy.
 */
import type { OfficeId } from '../model/contracts';
import type { OfficeRequest, OfficeResponse } from '../offices/provider';
import { AuthError, BadResponse, NotFound, OfficeDown, type OfficeError, RateLimited } from './errors';
import { retryAfterFromHeaders } from './retry';

/** Fallback when the office says nothing more precise (its `classify` returned undefined). */
export function defaultHttpError(office: OfficeId, res: OfficeResponse, now: number): OfficeError | undefined {
  const { status } = res;
  const where = `${office} answered HTTP ${status}`;
  if (status === 401 || status === 403) return new AuthError(office, `${where}: credentials refused`, { httpStatus: status });
  if (status === 404 || status === 410) return new NotFound(office, `${where}: not found`, { httpStatus: status });
  if (status === 429) return new RateLimited(office, `${where}: too many requests`, retryAfterFromHeaders(res.headers, now) ?? 60, { httpStatus: status });
  if (status >= 500) return new OfficeDown(office, `${where}: the office is not answering properly`, { httpStatus: status });
  if (status >= 400) return new BadResponse(office, `${where}`, { httpStatus: status });
  return undefined;
}

function headersOf(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return headers;
}

/** Read the body as the request asked; see OfficeResponse in lib/offices/provider.ts for the rules. */
export async function readResponse(response: Response, req: OfficeRequest, fetchedAt: string): Promise<{ res: OfficeResponse; bytes: number; unparsable: boolean }> {
  const raw = new Uint8Array(await response.arrayBuffer());
  const headers = headersOf(response);
  const isJson = (headers['content-type'] ?? '').includes('json');
  let body: unknown = raw;
  let unparsable = false;
  if (req.responseType !== 'bytes' || isJson) {
    const text = new TextDecoder('utf-8').decode(raw);
    body = text;
    if (req.responseType === 'json' || isJson) {
      try {
        body = JSON.parse(text);
      } catch {
        unparsable = req.responseType === 'json';
      }
    }
  }
  return { res: { status: response.status, headers, body, fetchedAt, fromCache: false, stale: false }, bytes: raw.byteLength, unparsable };
}
