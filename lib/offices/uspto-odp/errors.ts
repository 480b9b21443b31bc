// ODP error replies (API-NOTES.md §3 Errors): two body shapes are in use — the recorded 2024
// `{code, message, detailedMessage}` and the swagger `{code, error, errorDetails}` — so both are read,
// and the office's own words go into the message.
import type { OfficeError } from '../../transport/errors';
import { AuthError, BadResponse, NotFound, OfficeDown, RateLimited } from '../../transport/errors';
import { retryAfterFromHeaders } from '../../transport/retry';
import type { OfficeRequest, OfficeResponse } from '../provider';

function words(body: unknown): string {
  if (!body || typeof body !== 'object') return typeof body === 'string' ? body.slice(0, 200) : '';
  const b = body as Record<string, unknown>;
  return [b.message ?? b.error, b.detailedMessage ?? b.errorDetails].filter((x) => typeof x === 'string' && x).join(': ');
}

export function classifyOdpReply(res: OfficeResponse, req: OfficeRequest, now = Date.now()): OfficeError | undefined {
  const { status } = res;
  if (status < 400) return undefined;
  const said = words(res.body);
  const extra = { httpStatus: status };
  if (status === 401 || status === 403) return new AuthError('uspto-odp', `USPTO ODP refused the API key${said ? ` (${said})` : ''}`, extra);
  if (status === 404) return new NotFound('uspto-odp', `USPTO ODP has no record (${req.endpoint})${said ? `: ${said}` : ''}`, extra);
  if (status === 413) return new BadResponse('uspto-odp', `USPTO ODP would send more than its 6 MB limit for ${req.endpoint}${said ? ` (${said})` : ''}`, extra);
  if (status === 429) return new RateLimited('uspto-odp', `USPTO ODP: too many requests${said ? ` (${said})` : ''}`, retryAfterFromHeaders(res.headers, now) ?? 60, extra);
  if (status >= 500) return new OfficeDown('uspto-odp', `USPTO ODP is not answering properly (HTTP ${status})${said ? `: ${said}` : ''}`, extra);
  return new BadResponse('uspto-odp', `USPTO ODP answered HTTP ${status}${said ? `: ${said}` : ''}`, extra);
}
