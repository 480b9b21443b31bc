// The sandbox's request log (GET/DELETE <base>/_requests). Keys travel in query strings at KIPRIS
// (accessKey/ServiceKey) and TIPO (tk), see ../shared/fixtures/API-NOTES-2.md §5: never keep them.
import type { OfficeId } from '../../lib/model/contracts';

export interface LoggedRequest {
  method: string;
  office: OfficeId;
  /** Full request path without the query, as sent (e.g. '/jpo/api/patent/v1/app_progress/2020123456'). */
  path: string;
  /** Query parameters; secret ones replaced by 'REDACTED'. */
  query: Record<string, string>;
  status: number;
  /** ISO 8601 time the reply was sent. */
  time: string;
}

const SECRET_PARAM = /key|token|secret|password|^tk$/i;
export const REDACTED = 'REDACTED';

export function redactQuery(query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of query) out[name] = SECRET_PARAM.test(name) ? REDACTED : value;
  return out;
}
