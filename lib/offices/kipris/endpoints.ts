// KIPRIS Plus, base http://plus.kipris.or.kr (API-NOTES-2.md §1). Gateway B ("kipo-api") answers both
// calls; its key parameter is ServiceKey, added by the provider's auth (never part of a cache key).
// The misspelling "Sevice" is part of the real path.
import type { OfficeRequest } from '../provider';

const SERVICE = '/kipo-api/kipi/patUtiModInfoSearchSevice';

export const kiprisEndpoints = {
  /** Bibliography with legal history, claims, IPC and family application numbers; 13-digit application number. */
  bibliography: (applicationNumber: string): OfficeRequest => ({
    endpoint: 'getBibliographyDetailInfoSearch',
    path: `${SERVICE}/getBibliographyDetailInfoSearch`,
    query: { applicationNumber },
    responseType: 'text',
  }),
  /** The application behind a registration or publication number (getAdvancedSearch by number). */
  searchByNumber: (param: 'registerNumber' | 'openNumber', value: string): OfficeRequest => ({
    endpoint: 'getAdvancedSearch',
    path: `${SERVICE}/getAdvancedSearch`,
    query: { [param]: value, patent: 'true', utility: 'true', numOfRows: '10', pageNo: '1' },
    responseType: 'text',
  }),
  /** A search (saved searches): KIPRIS's free word search over patents and utility models. */
  search: (word: string, rows = 100): OfficeRequest => ({
    endpoint: 'getAdvancedSearch',
    path: `${SERVICE}/getAdvancedSearch`,
    query: { word, patent: 'true', utility: 'true', numOfRows: String(rows), pageNo: '1' },
    responseType: 'text',
  }),
};

export const KIPRIS_KEY_PARAM = 'ServiceKey';

/** The DOCDB family of an application (patFamInfoSearchService, gateway B). */
export const kiprisFamilyEndpoint = (applicationNumber: string): OfficeRequest => ({
  endpoint: 'getAppNoPatFamInfoSearch',
  path: '/kipo-api/kipi/patFamInfoSearchService/getAppNoPatFamInfoSearch',
  query: { applicationNumber, numOfRows: '100', pageNo: '1' },
  responseType: 'text',
});
