// KIPRIS Plus, base http://plus.kipris.or.kr (API-NOTES-2.md §1). Gateway B ("kipo-api") answers the
// bibliography, searches and the family, gateway A ("openapi/rest") the citations. The same key goes to
// both, under each gateway's own name, added by the provider's auth (never part of a cache key).
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

/** The key's query name on a request's gateway: A "openapi/rest" calls it accessKey, B "kipo-api" ServiceKey. */
export const kiprisKeyParam = (req: Pick<OfficeRequest, 'path'>): string => (req.path.startsWith('/openapi/rest/') ? 'accessKey' : 'ServiceKey');

/** The DOCDB family of an application (patFamInfoSearchService, gateway B). */
export const kiprisFamilyEndpoint = (applicationNumber: string): OfficeRequest => ({
  endpoint: 'getAppNoPatFamInfoSearch',
  path: '/kipo-api/kipi/patFamInfoSearchService/getAppNoPatFamInfoSearch',
  query: { applicationNumber, numOfRows: '100', pageNo: '1' },
  responseType: 'text',
});

/**
 * The documents cited against an application: CitationService/citationInfoV3 on gateway A, the version
 * KIPRIS Plus recommends (V2 and the first are marked for retirement). A separate subscription in the
 * KIPRIS Plus portal: a key without it gets result code 101.
 */
export const kiprisCitationsEndpoint = (applicationNumber: string): OfficeRequest => ({
  endpoint: 'citationInfoV3',
  path: '/openapi/rest/CitationService/citationInfoV3',
  query: { applicationNumber },
  responseType: 'text',
});
