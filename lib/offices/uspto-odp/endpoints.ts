// USPTO Open Data Portal, base https://api.uspto.gov (API-NOTES.md §3). Every call carries X-API-KEY
// (provider auth); the application number is the bare serial (16123456).
import type { OfficeRequest } from '../provider';

const JSON_ACCEPT = { accept: 'application/json' };
const APPLICATIONS = '/api/v1/patent/applications';

export const odpEndpoints = {
  /** The whole file wrapper: metadata, status, continuity, foreign priority, events, assignments, PTA. */
  application: (appNo: string): OfficeRequest => ({ endpoint: 'application', path: `${APPLICATIONS}/${encodeURIComponent(appNo)}`, headers: JSON_ACCEPT, responseType: 'json' }),
  documents: (appNo: string): OfficeRequest => ({ endpoint: 'documents', path: `${APPLICATIONS}/${encodeURIComponent(appNo)}/documents`, headers: JSON_ACCEPT, responseType: 'json' }),
  /** POST search with the ODP query syntax (`applicationMetaData.patentNumber:10765880`); the cache key is the query. */
  search: (q: string, fields?: string[]): OfficeRequest => {
    const body = JSON.stringify({ q, ...(fields && { fields }), pagination: { offset: 0, limit: 25 } });
    return { endpoint: 'search', method: 'POST', path: `${APPLICATIONS}/search`, headers: { ...JSON_ACCEPT, 'content-type': 'application/json' }, body, responseType: 'json', readOnly: true, cacheKey: `POST ${APPLICATIONS}/search ${body}` };
  },
  /** A document file (PDF) listed by the documents call; the path is taken from its download URL. */
  download: (path: string): OfficeRequest => ({ endpoint: 'download', path, responseType: 'bytes' }),
};
