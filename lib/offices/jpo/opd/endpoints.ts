import type { OfficeRequest } from '../../provider';

/**
 * JPO One Portal Dossier (OPD-API): the six GET endpoints under `/opdapi/patent/v1/` on the same host and
 * token as the patent API (../shared/fixtures/API-NOTES-JPO-OPD.md §1.3). Numbers are DOCDB-like and sent
 * with their dots (§1.4). Success replies are XML; errors may come as the JSON envelope (§1.6), so the
 * request accepts both and the reply is read as text.
 */
export type OpdEndpoint = 'family' | 'family_list' | 'global_doc_list' | 'global_cite_class' | 'global_doc_cont' | 'jp_doc_cont';
export type OpdFamilyKind = 'application' | 'publication';

/** The ledger's names: `opd.family` …, so OPD's counters stand apart from the patent API's. */
export const opdKey = (endpoint: OpdEndpoint): string => `opd.${endpoint}`;

/** Daily caps per ID, from 00:00 JST — HB v1.4 Table 4 (§1.5); OPD caps cannot be raised. */
export const OPD_DAILY_CAPS: Record<string, number> = {
  [opdKey('family')]: 100,
  [opdKey('family_list')]: 300,
  [opdKey('global_doc_list')]: 300,
  [opdKey('global_cite_class')]: 100,
  [opdKey('global_doc_cont')]: 100,
  [opdKey('jp_doc_cont')]: 100,
};

const DAY = 24 * 3600;
/** Cache lifetimes: a family changes slowly; document lists and citations as offices act; a document's contents never. */
export const OPD_TTL_SECONDS: Record<string, number> = {
  [opdKey('family')]: 7 * DAY,
  [opdKey('family_list')]: 7 * DAY,
  [opdKey('global_doc_list')]: DAY,
  [opdKey('global_cite_class')]: DAY,
  [opdKey('global_doc_cont')]: 30 * DAY,
  [opdKey('jp_doc_cont')]: 30 * DAY,
};

/** At most 5 OPD calls a minute per ID (HB v1.4 Art. 3(3)-2), inside the JPO's 10 a minute. */
export const OPD_LANE = { id: 'opd', calls: 5, windowSeconds: 60 } as const;

const segment = encodeURIComponent;
const XML_OR_JSON = { Accept: 'application/xml, application/json' };

function xmlCall(endpoint: OpdEndpoint, params: string[]): OfficeRequest {
  return { endpoint: opdKey(endpoint), method: 'GET', path: `/opdapi/patent/v1/${endpoint}/${params.map(segment).join('/')}`, headers: XML_OR_JSON, responseType: 'text', lane: OPD_LANE.id };
}

function fileCall(endpoint: 'global_doc_cont' | 'jp_doc_cont', number: string, documentId: string, accept: string): OfficeRequest {
  return { endpoint: opdKey(endpoint), method: 'GET', path: `/opdapi/patent/v1/${endpoint}/${segment(number)}/${segment(documentId)}`, headers: { Accept: `${accept}, application/json` }, responseType: 'bytes', lane: OPD_LANE.id };
}

export const opdEndpoints = {
  family: (kind: OpdFamilyKind, number: string) => xmlCall('family', [kind, number]),
  familyList: (kind: OpdFamilyKind, number: string) => xmlCall('family_list', [kind, number]),
  documentList: (application: string) => xmlCall('global_doc_list', [application]),
  citeClass: (application: string) => xmlCall('global_cite_class', [application]),
  /** Any IP5 office's document, as PDF. */
  globalDocument: (application: string, documentId: string) => fileCall('global_doc_cont', application, documentId, 'application/pdf'),
  /** A JP document, as the ZIP of JPO XML the patent API also sends. */
  jpDocument: (application: string, documentId: string) => fileCall('jp_doc_cont', application, documentId, 'application/zip'),
};
