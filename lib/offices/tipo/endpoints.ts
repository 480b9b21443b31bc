// TIPO open data API, base https://cloud.tipo.gov.tw/S220/opdataapi (../shared/fixtures/API-NOTES-2.md §2):
// GET /api/<Operation>?tk=…&format=JSON&top=…; the token `tk` is added by the provider's auth and never
// part of a cache key. Query names from TIPO's Swagger (applno, patentno, publishno, applclass …).
import type { OfficeRequest } from '../provider';

export type TipoOperation = 'PatentRights' | 'PatentPub' | 'PatentAppl' | 'PatentAnnuity' | 'PatentPriority' | 'PatentDivide' | 'PatentTwins';
/** Which number a query names: the application, the grant (公告, I/M/D…) or the publication (公開). */
export type TipoQueryKey = 'applno' | 'patentno' | 'publishno';

export const TIPO_TOKEN_PARAM = 'tk';
/** top above 6,000 is refused with status "error" (§2). One case needs a handful of rows. */
export const TIPO_MAX_TOP = 6000;

export function tipoCall(operation: TipoOperation, key: TipoQueryKey, value: string, applclass: string, top = 10): OfficeRequest {
  return {
    endpoint: operation,
    path: `/api/${operation}`,
    query: { format: 'JSON', [key]: value, applclass, top: String(Math.min(top, TIPO_MAX_TOP)), skip: '0' },
    headers: { Accept: 'application/json' },
    responseType: 'json',
  };
}
