/**
 * USPTO Open Data Portal provider (issue 11 §1). One GET of the application's file wrapper answers
 * status, biblio, continuity and foreign priority (related) and the prosecution events (legal, and the
 * timeline); a patent or publication number is first resolved to its application by an ODP search
 * (cached a week). Documents are listed on demand. ODP documents no quota: 429 and Retry-After are
 * respected, and the ledger counts the calls made today for the popup. PatentsView is retired into
 * ODP; none of its endpoints is called.
 */
import { fetchInfoOf } from '../../model/provenance-of';
import { checkedRequest } from '../checked-request';
import type { PatentRef } from '../../numbers';
import { NotFound } from '../../transport/errors';
import type { Capability, FetchedDocument, OfficeProvider, OfficeRequest, OfficeResponse, ProviderContext, ProviderResult } from '../provider';
import { odpEndpoints } from './endpoints';
import { classifyOdpReply } from './errors';
import { usptoOdpMeta } from './meta';
import { odpQueryOf } from './numbers';
import { type OdpCase, parseOdpApplication, searchHits } from './parse-application';
import { type OdpDocument, parseOdpDocuments } from './parse-documents';

const CAPABILITIES = ['status', 'biblio', 'related', 'legal', 'documents', 'search'] as const satisfies readonly Capability[];

const call = <T>(ctx: ProviderContext, req: OfficeRequest): Promise<OfficeResponse<T>> => checkedRequest<T>(ctx, req, (res, r) => classifyOdpReply(res, r));

/** The application serial for any US number this office can answer. */
export async function applicationNumberOf(ref: PatentRef, ctx: ProviderContext): Promise<string> {
  const q = odpQueryOf(ref);
  if (!q) throw new NotFound('uspto-odp', `USPTO ODP cannot answer ${ref.docdb ?? ref.original ?? ref.number}`);
  if (q.kind === 'application') return q.appNo;
  const res = await call(ctx, odpEndpoints.search(q.q, ['applicationNumberText']));
  const [appNo] = searchHits(res.body);
  if (!appNo) throw new NotFound('uspto-odp', `USPTO ODP found no application for ${q.what}`);
  return appNo;
}

export async function odpCase(ref: PatentRef, ctx: ProviderContext): Promise<OdpCase> {
  const appNo = await applicationNumberOf(ref, ctx);
  const res = await call(ctx, odpEndpoints.application(appNo));
  return parseOdpApplication(res.body, fetchInfoOf(res));
}

async function documents(ref: PatentRef, ctx: ProviderContext): Promise<OdpDocument[]> {
  const appNo = await applicationNumberOf(ref, ctx);
  const res = await call(ctx, odpEndpoints.documents(appNo));
  return parseOdpDocuments(res.body, fetchInfoOf(res));
}

async function lookup(ref: PatentRef, want: readonly Capability[], ctx: ProviderContext): Promise<ProviderResult> {
  const result: ProviderResult = {};
  const wants = (c: Capability) => want.includes(c);
  if (wants('status') || wants('biblio') || wants('related') || wants('legal')) {
    const c = await odpCase(ref, ctx);
    if (wants('status')) result.status = c.status;
    if (wants('biblio')) result.biblio = c.biblio;
    if (wants('related')) result.related = c.related;
    if (wants('legal')) result.legal = c.events;
  }
  if (wants('documents')) result.documents = (await documents(ref, ctx)).map(({ pdfPath: _pdf, ...link }) => link);
  return result;
}

/** One document's PDF, as ODP serves it (no text rendering: "Save" keeps the original). */
async function fetchDocument(ref: PatentRef, documentId: string, ctx: ProviderContext): Promise<FetchedDocument> {
  const doc = (await documents(ref, ctx)).find((d) => d.id === documentId);
  if (!doc?.pdfPath) throw new NotFound('uspto-odp', `USPTO ODP lists no PDF for document ${documentId}`);
  const res = await call<Uint8Array>(ctx, odpEndpoints.download(doc.pdfPath));
  return { fileName: `${documentId}.pdf`, mediaType: 'application/pdf', bytes: res.body, source: { ...doc.source, endpoint: 'download', fetchedAt: res.fetchedAt } };
}

async function testConnection(ctx: ProviderContext): Promise<void> {
  // The smallest authenticated call: one search hit, one field, never from cache.
  await call(ctx, { ...odpEndpoints.search('applicationNumberText:16123456', ['applicationNumberText']), noCache: true });
}

const HOUR = 3600;
const DAY = 24 * HOUR;

export const usptoOdpProvider: OfficeProvider = {
  id: 'uspto-odp',
  meta: usptoOdpMeta,
  capabilities: CAPABILITIES,
  limits: {
    // No documented quota; per-key limits exist (API-NOTES.md §3: 60 requests a minute documented by a client library).
    perWindow: { calls: 60, windowSeconds: 60 },
  },
  ttlSeconds: { application: 6 * HOUR, documents: 6 * HOUR, search: 7 * DAY, download: DAY },
  accepts: (ref) => odpQueryOf(ref) !== null,
  lookup,
  testConnection,
  fetchDocument,
  auth: { type: 'key', apply: (credentials) => ({ headers: { 'X-API-KEY': credentials.apiKey ?? '' } }) },
  // Errors arrive as JSON in two shapes; errors.ts reads both and keeps the office's words.
  classify: (res, req) => classifyOdpReply(res, req),
};
