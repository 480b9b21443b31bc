/**
 * KIPRIS Plus provider (issue 17 §1): a KR application's bibliography with its legal-status history,
 * claims, IPC and family application numbers in one call (getBibliographyDetailInfoSearch), its DOCDB
 * family, the documents cited against it (citationInfoV3), and the free-word search for saved searches.
 * The access key travels in the query string (ServiceKey or accessKey, by gateway), which the pipeline
 * keeps out of logs, cache keys and messages; KIPRIS answers its errors inside HTTP 200 (errors.ts).
 * The free tier is 1,000 calls a month, reset on the 1st; fewer than 50 calls a second.
 */
import { fetchInfoOf } from '../../model/provenance-of';
import type { PatentRef } from '../../numbers';
import { AuthError, NotFound } from '../../transport/errors';
import { checkedRequest } from '../checked-request';
import type { Capability, OfficeProvider, OfficeRequest, OfficeResponse, ProviderContext, ProviderResult } from '../provider';
import { kiprisCitationsEndpoint, kiprisEndpoints, kiprisFamilyEndpoint, kiprisKeyParam } from './endpoints';
import { KIPRIS_TIME_ZONE, classifyKiprisReply } from './errors';
import { kiprisMeta } from './meta';
import { kiprisApplicationNumber, kiprisNumberSearch } from './numbers';
import { deriveKiprisStatus } from './status';
import { type KiprisCase, parseKiprisBibliography } from './parse-bibliography';
import { type KiprisHit, type KiprisSearchPage, parseKiprisSearch } from './parse-search';
import { parseKiprisFamily } from './parse-family';
import { parseKiprisCitations } from './parse-citations';
import { sourceOf } from '../../model/provenance-of';
import type { Bibliographic, Citation, DocRef, Family } from '../../model/patent';
import type { Provenance } from '../../model/provenance';

const CAPABILITIES = ['status', 'biblio', 'family', 'legal', 'citations', 'classification', 'texts', 'search'] as const satisfies readonly Capability[];

const call = <T>(ctx: ProviderContext, req: OfficeRequest): Promise<OfficeResponse<T>> => checkedRequest<T>(ctx, req, (res) => classifyKiprisReply(res));

const NOT_A_KR_NUMBER = 'KIPRIS Plus is asked by a KR application (10-YYYY-NNNNNNN), registration (10-NNNNNNN) or publication number';

/**
 * The application behind a ref: an application as it is; a registration or publication through
 * getAdvancedSearch by that number, whose hit also carries the case's title and status word.
 */
async function applicationOf(ref: PatentRef, ctx: ProviderContext): Promise<{ appNo: string; hit?: KiprisHit; source?: Provenance }> {
  const appNo = kiprisApplicationNumber(ref);
  if (appNo) return { appNo };
  const q = kiprisNumberSearch(ref);
  if (!q) throw new NotFound('kipris', NOT_A_KR_NUMBER);
  const res = await call<string>(ctx, kiprisEndpoints.searchByNumber(q.param, q.value));
  const hit = parseKiprisSearch(res.body).hits[0];
  const hitApp = hit && kiprisApplicationNumber(hit.ref);
  if (!hit || !hitApp) throw new NotFound('kipris', `KIPRIS Plus has no case with ${q.param} ${q.value}`);
  return { appNo: hitApp, hit, source: sourceOf('kipris', 'getAdvancedSearch', fetchInfoOf(res)) };
}

/** What the number search said of a case, where its bibliography is not to be had. */
function caseFromHit(asked: PatentRef, hit: KiprisHit, source: Provenance): Pick<KiprisCase, 'biblio' | 'status'> {
  const numbers: NonNullable<Bibliographic['numbers']> = [{ type: 'application', ref: hit.ref }];
  const askedRef: DocRef = { raw: asked.label ?? hit.ref.raw, country: 'KR', type: asked.type, docdb: asked.docdb, epodoc: asked.epodoc };
  return {
    biblio: {
      ref: askedRef,
      title: hit.title ?? '',
      ...(hit.title && { titles: { ko: hit.title } }),
      parties: hit.applicant ? [{ name: hit.applicant, role: 'applicant' }] : [],
      dates: { ...(hit.filing && { filing: hit.filing }), ...(hit.open?.date && { publication: hit.open.date }), ...(hit.register?.date && { grant: hit.register.date }) },
      numbers,
      source,
    },
    status: deriveKiprisStatus([], hit.registerStatus ?? '', source),
  };
}

/** One application's record; asked once more, fresh, when KIPRIS left its summary out (xsi:nil). */
async function caseOf(appNo: string, ctx: ProviderContext): Promise<KiprisCase> {
  const first = await call<string>(ctx, kiprisEndpoints.bibliography(appNo));
  const parsed = parseKiprisBibliography(first.body, fetchInfoOf(first), appNo);
  if (!parsed.summaryMissing) return parsed;
  const again = await call<string>(ctx, { ...kiprisEndpoints.bibliography(appNo), noCache: true });
  const retried = parseKiprisBibliography(again.body, fetchInfoOf(again), appNo);
  return retried.summaryMissing ? parsed : retried;
}

export async function kiprisSearch(word: string, ctx: ProviderContext): Promise<KiprisSearchPage> {
  const res = await call<string>(ctx, kiprisEndpoints.search(word));
  return parseKiprisSearch(res.body);
}

/** The DOCDB family of a KR application; null when KIPRIS has none for it. */
export async function kiprisFamily(ref: PatentRef, ctx: ProviderContext): Promise<Family | null> {
  const { appNo } = await applicationOf(ref, ctx);
  try {
    const res = await call<string>(ctx, kiprisFamilyEndpoint(appNo));
    return parseKiprisFamily(res.body, sourceOf('kipris', 'getAppNoPatFamInfoSearch', fetchInfoOf(res)));
  } catch (error) {
    if (error instanceof NotFound) return null;
    throw error;
  }
}

/**
 * The documents cited against an application. A key not subscribed to the citation service (code 101)
 * still has the bibliography's prior-art numbers; none at all is no answer, so the next office is asked.
 */
async function kiprisCitations(appNo: string, ctx: ProviderContext): Promise<Citation[] | undefined> {
  try {
    const res = await call<string>(ctx, kiprisCitationsEndpoint(appNo));
    const cited = parseKiprisCitations(res.body, sourceOf('kipris', 'citationInfoV3', fetchInfoOf(res)));
    return cited.length ? cited : undefined;
  } catch (error) {
    if (error instanceof NotFound) return undefined;
    if (!(error instanceof AuthError && error.officeCode === '101')) throw error;
    const priorArt = (await caseOf(appNo, ctx)).priorArt;
    if (priorArt.length) return priorArt;
    throw error;
  }
}

async function lookup(ref: PatentRef, want: readonly Capability[], ctx: ProviderContext): Promise<ProviderResult> {
  const result: ProviderResult = {};
  // The family has its own call; the bibliography's domestic family numbers stand in when DOCDB has none.
  if (want.includes('family')) {
    const family = await kiprisFamily(ref, ctx);
    if (family) result.family = family;
    if (want.length === 1 && family) return result;
  }
  const { appNo, hit, source } = await applicationOf(ref, ctx);
  if (want.includes('citations')) {
    const cited = await kiprisCitations(appNo, ctx);
    if (cited) result.citations = cited;
    if (want.length === 1) return result;
  }
  const found = await caseOf(appNo, ctx).catch((error: unknown) => {
    // A registration found by number whose bibliography KIPRIS does not give: the hit's own words.
    if (error instanceof NotFound && hit && source) return caseFromHit(ref, hit, source);
    throw error;
  });
  const c: Partial<KiprisCase> & Pick<KiprisCase, 'biblio' | 'status'> = found;
  if (want.includes('status')) result.status = c.status;
  if (want.includes('biblio')) result.biblio = c.biblio;
  if (want.includes('family') && !result.family && c.family) result.family = c.family;
  if (want.includes('legal') && c.events) result.legal = c.events;
  if (want.includes('classification')) result.classifications = c.biblio.classifications ?? [];
  if (want.includes('texts') && c.texts) result.texts = c.texts;
  return result;
}

async function testConnection(ctx: ProviderContext): Promise<void> {
  // The recorded application, never from cache: code 30/31/101 for a bad key; "no results" still proves it.
  try {
    await call(ctx, { ...kiprisEndpoints.bibliography('1020190100885'), noCache: true });
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
  }
}

export const kiprisProvider: OfficeProvider = {
  id: 'kipris',
  meta: kiprisMeta,
  capabilities: CAPABILITIES,
  limits: {
    monthly: { calls: 1000, resetTimeZone: KIPRIS_TIME_ZONE },
    // "< 50 requests/second, over that the IP may be blocked" (API-NOTES-2.md §1): a margin below it.
    perWindow: { calls: 40, windowSeconds: 1 },
  },
  ttlSeconds: { getBibliographyDetailInfoSearch: 24 * 3600, getAppNoPatFamInfoSearch: 7 * 24 * 3600, citationInfoV3: 7 * 24 * 3600, getAdvancedSearch: 3600 },
  accepts: (ref) => kiprisApplicationNumber(ref) !== null || kiprisNumberSearch(ref) !== null,
  lookup,
  testConnection,
  auth: { type: 'key', apply: (credentials, req) => ({ query: { [kiprisKeyParam(req)]: credentials.accessKey ?? '' } }) },
  classify: (res) => classifyKiprisReply(res),
};
