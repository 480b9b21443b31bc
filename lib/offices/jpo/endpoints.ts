import type { OfficeRequest } from '../provider';

/**
 * URL builders for the JPO Patent Information Retrieval API (特許情報取得API): path only, no base URL.
 * Path pattern `/api/{patent|design|trademark}/v1/{endpoint}/{param}` — ../shared/fixtures/API-NOTES.md §1 "Endpoints".
 */
export type JpoLaw = 'patent' | 'design' | 'trademark';

export const JPO_ENDPOINTS = [
  'app_progress',
  'app_progress_simple',
  'divisional_app_info',
  'priority_right_app_info',
  'applicant_attorney_cd',
  'applicant_attorney',
  'case_number_reference',
  'app_doc_cont_opinion_amendment',
  'app_doc_cont_refusal_reason_decision',
  'app_doc_cont_refusal_reason',
  'cite_doc_info',
  'registration_info',
  'jpp_fixed_address',
  'pct_national_phase_application_number',
] as const;
export type JpoEndpoint = (typeof JPO_ENDPOINTS)[number];

/** Daily caps per endpoint for the patent API, per ID, reset at 00:00 JST — [JPO-HB] Tables 1-3 (API-NOTES §1). */
const PATENT_CAPS: Record<JpoEndpoint, number> = {
  app_progress: 400,
  app_progress_simple: 400,
  divisional_app_info: 30,
  priority_right_app_info: 30,
  applicant_attorney_cd: 200,
  applicant_attorney: 200,
  case_number_reference: 50,
  app_doc_cont_opinion_amendment: 100,
  app_doc_cont_refusal_reason_decision: 100,
  app_doc_cont_refusal_reason: 100,
  cite_doc_info: 100,
  registration_info: 50,
  jpp_fixed_address: 200,
  pct_national_phase_application_number: 100,
};

/** The design and trademark APIs: the patent API's endpoints less the patent-only three, with the same
 *  caps except registration_info's 200 — API-NOTES-JPO-OPD.md §2.1 (HB v1.4 Tables 2 and 3). */
const PATENT_ONLY: readonly JpoEndpoint[] = ['divisional_app_info', 'cite_doc_info', 'pct_national_phase_application_number'];
const RIGHT_CAPS: Partial<Record<JpoEndpoint, number>> = {
  ...Object.fromEntries(Object.entries(PATENT_CAPS).filter(([e]) => !PATENT_ONLY.includes(e as JpoEndpoint))),
  registration_info: 200,
};

/** The ledger's name for an endpoint: counters are separate per law and per endpoint (API-NOTES-JPO-OPD
 *  §2.1: design app_progress had 793 left while patent app_progress had 787), so design and trademark
 *  calls count as `design.app_progress`, `trademark.app_progress`. */
export const jpoEndpointKey = (endpoint: JpoEndpoint, law: JpoLaw): string => (law === 'patent' ? endpoint : `${law}.${endpoint}`);

/** Every daily counter of one JPO ID, keyed as jpoEndpointKey names them. */
export const JPO_DAILY_CAPS: Record<string, number> = {
  ...PATENT_CAPS,
  ...Object.fromEntries((['design', 'trademark'] as const).flatMap((law) => Object.entries(RIGHT_CAPS).map(([e, cap]) => [jpoEndpointKey(e as JpoEndpoint, law), cap]))),
};

/** Each endpoint's cache lifetime under every law's counter name. */
export function perLaw(ttl: Partial<Record<JpoEndpoint, number>>): Record<string, number> {
  const out: Record<string, number> = { ...ttl };
  for (const law of ['design', 'trademark'] as const) {
    for (const [e, seconds] of Object.entries(ttl)) if (e in RIGHT_CAPS) out[jpoEndpointKey(e as JpoEndpoint, law)] = seconds;
  }
  return out;
}

export type JpoDocumentEndpoint = 'app_doc_cont_opinion_amendment' | 'app_doc_cont_refusal_reason_decision' | 'app_doc_cont_refusal_reason';
export type CaseNumberKind = 'application' | 'publication' | 'registration';
export type PctNumberKind = 'international_application' | 'international_publication';

const JSON_ACCEPT = { Accept: 'application/json' };
// Document endpoints answer a ZIP, or the JSON envelope for errors and for large bundles (data.URL) — API-NOTES §1 "Document downloads".
const ZIP_ACCEPT = { Accept: 'application/json, application/zip' };

function segment(value: string): string {
  return encodeURIComponent(value);
}

function jsonCall(endpoint: JpoEndpoint, law: JpoLaw, params: string[]): OfficeRequest {
  return {
    endpoint: jpoEndpointKey(endpoint, law),
    method: 'GET',
    path: `/api/${law}/v1/${endpoint}/${params.map(segment).join('/')}`,
    headers: JSON_ACCEPT,
    responseType: 'json',
  };
}

export const jpoEndpoints = {
  appProgress: (appNo: string, law: JpoLaw = 'patent') => jsonCall('app_progress', law, [appNo]),
  appProgressSimple: (appNo: string, law: JpoLaw = 'patent') => jsonCall('app_progress_simple', law, [appNo]),
  divisionalAppInfo: (appNo: string) => jsonCall('divisional_app_info', 'patent', [appNo]),
  priorityRightAppInfo: (appNo: string, law: JpoLaw = 'patent') => jsonCall('priority_right_app_info', law, [appNo]),
  applicantAttorneyCd: (code: string) => jsonCall('applicant_attorney_cd', 'patent', [code]),
  /** Exact registered name; partial names give 107 (API-NOTES §1). */
  applicantAttorney: (name: string) => jsonCall('applicant_attorney', 'patent', [name]),
  caseNumberReference: (kind: CaseNumberKind, no: string, law: JpoLaw = 'patent') => jsonCall('case_number_reference', law, [kind, no]),
  citeDocInfo: (appNo: string) => jsonCall('cite_doc_info', 'patent', [appNo]),
  registrationInfo: (appNo: string, law: JpoLaw = 'patent') => jsonCall('registration_info', law, [appNo]),
  jppFixedAddress: (appNo: string, law: JpoLaw = 'patent') => jsonCall('jpp_fixed_address', law, [appNo]),
  pctNationalPhase: (kind: PctNumberKind, no: string) => jsonCall('pct_national_phase_application_number', 'patent', [kind, no]),
  documents: (endpoint: JpoDocumentEndpoint, appNo: string, law: JpoLaw = 'patent'): OfficeRequest => ({
    endpoint: jpoEndpointKey(endpoint, law),
    method: 'GET',
    path: `/api/${law}/v1/${endpoint}/${segment(appNo)}`,
    headers: ZIP_ACCEPT,
    responseType: 'bytes',
  }),
};
