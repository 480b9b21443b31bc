import type { RelatedCase } from '../../model/patent';
import type { Sourced } from '../../model/provenance';
import { fetchInfoOf } from '../../model/provenance-of';
import { NotFound } from '../../transport/errors';
import type { Capability, FetchedDocument, OfficeProvider, OfficeRequest, OfficeResponse, ProviderContext, ProviderResult } from '../provider';
import { jpoAuth } from './auth';
import { type JpoDocument, type JpoDocumentBundle, type OpenedDocument, downloadLink, openDocument, parseDocumentId, readDocumentBundle } from './documents';
import { JPO_DAILY_CAPS, type JpoDocumentEndpoint, jpoEndpoints, perLaw } from './endpoints';
import { classifyJpoReply, jpoQuotaSignals, mapJpoError } from './errors';
import { jpoMeta } from './meta';
import { type RefLike, jpCaseApplicationRef, jpoNumberOf, lawOf, pctNumberOf } from './numbers';
import { type JpoApplicantAttorney, parseApplicantAttorney, parseApplicantAttorneyCd } from './parse-applicant';
import { type JpoCaseNumbers, parseCaseNumberReference } from './parse-case-number';
import { parseCiteDocInfo } from './parse-citations';
import { parseJppFixedAddress } from './parse-fixed-address';
import { parsePctNationalPhase } from './parse-pct-national-phase';
import { parseAppProgress } from './parse-progress';
import { type JpoRegistration, parseRegistrationInfo } from './parse-registration';
import { readJpoHtml, readJpoXml } from './read-document';
import { OPD_DAILY_CAPS, OPD_LANE, OPD_TTL_SECONDS } from './opd/endpoints';
import { deriveJpoStatus } from './status';

/**
 * JPO provider. Daily caps are small and per endpoint (30–400, API-NOTES §1), so lookup calls only what `want`
 * needs: app_progress alone answers status, biblio, related (priority, parent, divisional) and legal (the
 * document history); cite_doc_info only for citations; the document ZIPs only for documents; registration_info
 * (cap 50) and jpp_fixed_address are separate functions for the side panel, never part of a hover lookup.
 */
// 'classification' only for designs (Japanese design class) and trademarks (Nice classes); a patent's goes to OPS.
const CAPABILITIES = ['status', 'biblio', 'related', 'legal', 'citations', 'classification', 'documents', 'texts'] as const satisfies readonly Capability[];

async function call<T>(ctx: ProviderContext, req: OfficeRequest): Promise<OfficeResponse<T>> {
  const res = await ctx.request<T>(req);
  // The pipeline maps HTTP errors; a reply that still arrives with an error status is mapped here.
  const err = res.status >= 400 ? mapJpoError(res.status, res.body, req.endpoint) : null;
  if (err) throw err;
  return res;
}

/** The application number for any JP ref: directly, or through case_number_reference (publication/registration). */
export async function applicationNumberOf(ref: RefLike, ctx: ProviderContext): Promise<string> {
  const n = jpoNumberOf(ref);
  if (!n) throw new NotFound('jpo', `JPO cannot answer ${ref.docdb ?? ref.raw ?? 'this number'}`);
  if (n.kind === 'application') return n.number;
  const numbers = await convertNumber(ref, ctx);
  if (!numbers) throw new NotFound('jpo', `JPO has no case for ${n.kind} ${n.number}`, { officeCode: '107' });
  return numbers.applicationNumber;
}

/** case_number_reference: application ↔ publication ↔ registration for one JP case. Null when JPO has none. */
export async function convertNumber(ref: RefLike, ctx: ProviderContext): Promise<JpoCaseNumbers | null> {
  const n = jpoNumberOf(ref);
  if (!n) return null;
  const law = lawOf(ref);
  const res = await call(ctx, jpoEndpoints.caseNumberReference(n.kind, n.number, law));
  return parseCaseNumberReference(res.body, fetchInfoOf(res), law);
}

/** PCT international application/publication → JP national-phase application (null when it never entered JP). */
export async function pctNationalPhase(ref: RefLike, ctx: ProviderContext): Promise<RelatedCase | null> {
  const n = pctNumberOf(ref);
  if (!n) return null;
  const res = await call(ctx, jpoEndpoints.pctNationalPhase(n.kind, n.number));
  return parsePctNationalPhase(res.body, fetchInfoOf(res));
}

/** registration_info (cap 50/day): owners, expiry, next annuity date. Null when not registered. */
export async function registrationInfo(ref: RefLike, ctx: ProviderContext): Promise<JpoRegistration | null> {
  const appNo = await applicationNumberOf(ref, ctx);
  const res = await call(ctx, jpoEndpoints.registrationInfo(appNo, lawOf(ref)));
  return parseRegistrationInfo(res.body, fetchInfoOf(res));
}

/** jpp_fixed_address: the J-PlatPat fixed link for the case. */
export async function jplatpatLink(ref: RefLike, ctx: ProviderContext): Promise<Sourced<string> | null> {
  const appNo = await applicationNumberOf(ref, ctx);
  const res = await call(ctx, jpoEndpoints.jppFixedAddress(appNo, lawOf(ref)));
  return parseJppFixedAddress(res.body, fetchInfoOf(res));
}

export async function applicantByCode(code: string, ctx: ProviderContext): Promise<Sourced<JpoApplicantAttorney> | null> {
  const res = await call(ctx, jpoEndpoints.applicantAttorneyCd(code));
  return parseApplicantAttorneyCd(res.body, code, fetchInfoOf(res));
}

export async function applicantByName(name: string, ctx: ProviderContext): Promise<Sourced<JpoApplicantAttorney[]>> {
  const res = await call(ctx, jpoEndpoints.applicantAttorney(name));
  return parseApplicantAttorney(res.body, fetchInfoOf(res));
}

/** Which bundle: JPO-mailed (refusal reasons + decisions), refusal reasons only, or applicant-filed (opinions + amendments). */
export type JpoDocumentKind = 'mailed' | 'refusal-reasons' | 'filed';
const DOCUMENT_ENDPOINT: Record<JpoDocumentKind, JpoDocumentEndpoint> = {
  mailed: 'app_doc_cont_refusal_reason_decision',
  'refusal-reasons': 'app_doc_cont_refusal_reason',
  filed: 'app_doc_cont_opinion_amendment',
};

export interface FetchedDocuments {
  bundle: JpoDocumentBundle;
  /** Bytes and UTF-8 text of one document of the bundle (id = JpoDocument.id), for open/save. */
  open(id: string): OpenedDocument;
}

export async function fetchDocuments(ref: RefLike, kind: JpoDocumentKind, ctx: ProviderContext): Promise<FetchedDocuments> {
  const appNo = await applicationNumberOf(ref, ctx);
  const endpoint = DOCUMENT_ENDPOINT[kind];
  const res = await call<Uint8Array>(ctx, jpoEndpoints.documents(endpoint, appNo, lawOf(ref)));
  const bundle = readDocumentBundle(res.body, res.headers['content-type'] ?? '', endpoint, fetchInfoOf(res));
  return {
    bundle,
    open(id: string) {
      if (bundle.kind !== 'documents') throw new NotFound('jpo', 'This bundle has no documents to open');
      return openDocument(bundle.zip, id);
    },
  };
}

/** The provider's fetchDocument: re-reads the bundle (served from cache after lookup), opens one file, and reads it as text blocks. */
async function fetchDocument(ref: RefLike, documentId: string, ctx: ProviderContext): Promise<FetchedDocument> {
  const parsed = parseDocumentId(documentId);
  if (!parsed) throw new NotFound('jpo', `Unknown JPO document id "${documentId}"`);
  const kind = (Object.keys(DOCUMENT_ENDPOINT) as JpoDocumentKind[]).find((k) => DOCUMENT_ENDPOINT[k] === parsed.endpoint) ?? 'mailed';
  const fetched = await fetchDocuments(ref, kind, ctx);
  const opened = fetched.open(documentId);
  const listed = fetched.bundle.kind === 'documents' ? fetched.bundle.documents.find((d) => d.id === documentId) ?? fetched.bundle.documents[0] : undefined;
  const title = listed?.title ?? opened.fileName;
  return {
    fileName: opened.fileName,
    // The original bytes (Shift_JIS, as JPO sent them) are what "Save" keeps.
    mediaType: `${opened.mediaType}; charset=Shift_JIS`,
    bytes: opened.bytes,
    readable: opened.mediaType === 'application/xml' ? readJpoXml(opened.text, title) : readJpoHtml(opened.text, title),
    source: listed?.source ?? { office: 'jpo', endpoint: parsed.endpoint, fetchedAt: new Date().toISOString() },
  };
}

async function lookup(ref: RefLike, want: readonly Capability[], ctx: ProviderContext): Promise<ProviderResult> {
  // A PCT application or WO publication: the JPO says where it entered the JP national phase (the seed's
  // first example use); nothing else about it is the JPO's to answer.
  if (pctNumberOf(ref)) {
    if (!want.includes('related')) return {};
    const phase = await pctNationalPhase(ref, ctx);
    if (!phase) throw new NotFound('jpo', 'The JPO has no JP national phase for this international application', { officeCode: '107' });
    return { related: [phase] };
  }
  const appNo = await applicationNumberOf(ref, ctx);
  const law = lawOf(ref);
  const result: ProviderResult = {};
  // Citations and the family's texts are the patent API's alone (API-NOTES-JPO-OPD §2.1).
  const wants = (c: Capability) => want.includes(c) && (law === 'patent' ? c !== 'classification' : c !== 'citations' && c !== 'texts');

  if (wants('status') || wants('biblio') || wants('related') || wants('legal') || wants('texts') || wants('classification')) {
    const res = await call(ctx, jpoEndpoints.appProgress(appNo, law));
    const progress = parseAppProgress(res.body, fetchInfoOf(res), { lang: ctx.lang, law });
    if (!progress) throw new NotFound('jpo', `JPO has no progress record for application ${appNo}`, { officeCode: '107' });
    if (wants('status')) result.status = deriveJpoStatus(progress.facts, progress.biblio.source, new Date());
    if (wants('biblio')) result.biblio = progress.biblio;
    if (wants('related')) result.related = progress.related;
    if (wants('legal')) result.legal = progress.events;
    if (wants('classification') && progress.biblio.classifications) result.classifications = progress.biblio.classifications;
    // The JP member's own title, in Japanese: the family's other side for the Terms tab.
    if (wants('texts') && progress.biblio.title) {
      result.texts = [{ member: progress.biblio.ref, part: 'title', index: 0, lang: 'ja', text: progress.biblio.title, source: progress.biblio.source }];
    }
  }
  if (wants('citations')) {
    const res = await call(ctx, jpoEndpoints.citeDocInfo(appNo));
    result.citations = parseCiteDocInfo(res.body, fetchInfoOf(res));
  }
  if (wants('documents')) {
    const links: JpoDocument[] = [];
    for (const kind of ['mailed', 'filed'] as const) {
      const { bundle } = await fetchDocuments(jpCaseApplicationRef(law, appNo), kind, ctx);
      if (bundle.kind === 'documents') links.push(...bundle.documents);
      if (bundle.kind === 'download') links.push(downloadLink(bundle, DOCUMENT_ENDPOINT[kind]));
    }
    result.documents = links;
  }
  return result;
}

async function testConnection(ctx: ProviderContext): Promise<void> {
  // app_progress_simple has the largest daily cap (400); 107 (no data) still proves the token works.
  await call(ctx, { ...jpoEndpoints.appProgressSimple('2020123456'), noCache: true }).then((res) => parseAppProgress(res.body, fetchInfoOf(res), { endpoint: 'app_progress_simple' }));
}

const HOUR = 3600;
const DAY = 24 * HOUR;

export const jpoProvider: OfficeProvider = {
  id: 'jpo',
  meta: jpoMeta,
  capabilities: CAPABILITIES,
  limits: {
    // ≤10 calls per minute per ID for the patent/design/trademark APIs — [JPO-HB]; [IPMCP] rate_limiter.py (API-NOTES §1).
    perWindow: { calls: 10, windowSeconds: 60 },
    // OPD: ≤5 a minute inside those 10 (API-NOTES-JPO-OPD §1.5).
    lanes: { [OPD_LANE.id]: { calls: OPD_LANE.calls, windowSeconds: OPD_LANE.windowSeconds } },
    // Per-endpoint daily caps, reset at midnight JST — [JPO-HB] Tables 1-3.
    daily: { perEndpoint: { ...JPO_DAILY_CAPS, ...OPD_DAILY_CAPS }, resetTimeZone: 'Asia/Tokyo' },
  },
  ttlSeconds: {
    ...perLaw({
      app_progress: 6 * HOUR,
      app_progress_simple: 6 * HOUR,
      registration_info: 6 * HOUR,
      divisional_app_info: DAY,
      priority_right_app_info: 7 * DAY,
      case_number_reference: 7 * DAY,
      cite_doc_info: DAY,
      jpp_fixed_address: 30 * DAY,
      applicant_attorney_cd: 30 * DAY,
      applicant_attorney: 30 * DAY,
      pct_national_phase_application_number: 7 * DAY,
      app_doc_cont_opinion_amendment: DAY,
      app_doc_cont_refusal_reason_decision: DAY,
      app_doc_cont_refusal_reason: DAY,
    }),
    ...OPD_TTL_SECONDS,
  },
  rights: ['design', 'trademark'],
  accepts: (ref) => jpoNumberOf(ref) !== null || pctNumberOf(ref) !== null,
  lookup,
  testConnection,
  auth: jpoAuth,
  classify: (res, req) => classifyJpoReply(res, req),
  quotaSignals: (res) => jpoQuotaSignals(res),
  fetchDocument,
};
