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

/**
 * The most PatentPeek reads of one reply (issue 16 §5). Office data is small: a biblio reply is a
 * few KB, the largest recorded data reply (an ODP search page) 360 KB, a JPO document bundle under
 * 2 MB. Ten times that is a broken or hostile answer, never parsed or shown.
 */
export const MAX_REPLY_BYTES = { data: 4 * 1024 ** 2, bytes: 32 * 1024 ** 2 } as const;

const mb = (n: number) => `${(n / 1024 ** 2).toFixed(n < 10 * 1024 ** 2 ? 1 : 0)} MB`;

/** The body, stopped as soon as it passes `limit` (a declared Content-Length over it is refused unread). */
async function readCapped(office: OfficeId, response: Response, limit: number): Promise<Uint8Array> {
  const tooBig = (n: number, more = false) =>
    new BadResponse(office, `${office} sent ${more ? 'more than ' : ''}${mb(n)}; PatentPeek reads at most ${mb(limit)} of one reply`, { httpStatus: response.status });
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw tooBig(declared);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooBig(limit, true);
    }
    chunks.push(value);
  }
  const raw = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    raw.set(c, at);
    at += c.byteLength;
  }
  return raw;
}

/** Read the body as the request asked; see OfficeResponse in lib/offices/provider.ts for the rules. */
export async function readResponse(response: Response, req: OfficeRequest, fetchedAt: string, office: OfficeId): Promise<{ res: OfficeResponse; bytes: number; unparsable: boolean }> {
  const raw = await readCapped(office, response, req.responseType === 'bytes' ? MAX_REPLY_BYTES.bytes : MAX_REPLY_BYTES.data);
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
