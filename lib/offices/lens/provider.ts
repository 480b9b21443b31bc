/**
 * Lens.org provider (issue 11 §2): one POST /patent/search by `ids` answers biblio, family (the
 * extended family, grouped by simple family), legal status, citations (cited and citing) and
 * classifications for a publication or grant of any office; searches run the Lens query. The
 * x-rate-limit-* headers feed the popup; 429 gives the wait Lens names, or the monthly reset.
 */
import { fetchInfoOf } from '../../model/provenance-of';
import { checkedRequest } from '../checked-request';
import type { PatentRef } from '../../numbers';
import { NotFound } from '../../transport/errors';
import type { Capability, OfficeProvider, OfficeRequest, OfficeResponse, ProviderContext, ProviderResult } from '../provider';
import { lensEndpoints } from './endpoints';
import { classifyLensReply, lensQuotaSignals } from './errors';
import { lensMeta } from './meta';
import { documentTexts } from '../document-texts';
import { type LensRecord, parseLensSearch } from './parse-patent';

const CAPABILITIES = ['status', 'biblio', 'family', 'citations', 'classification', 'texts', 'search'] as const satisfies readonly Capability[];

const call = <T>(ctx: ProviderContext, req: OfficeRequest): Promise<OfficeResponse<T>> => checkedRequest<T>(ctx, req, (res, r) => classifyLensReply(res, r));

/** The id Lens reads: the compact DOCDB form with its kind (EP2471949A1), or without (EP2471949). */
export function lensIdOf(ref: PatentRef): string | null {
  if (ref.type === 'application' || !ref.docdb) return null;
  const [cc, number, kind] = ref.docdb.split('.');
  return cc && number ? `${cc}${number}${kind ?? ''}` : null;
}

/** One document by number; `request` picks what Lens includes (the biblio by default, or the texts). */
export async function lensRecord(ref: PatentRef, ctx: ProviderContext, request: (id: string) => OfficeRequest = lensEndpoints.byId): Promise<LensRecord> {
  const id = lensIdOf(ref);
  if (!id) throw new NotFound('lens', 'Lens is asked by publication or grant number');
  const res = await call(ctx, request(id));
  return parseLensSearch(res.body, fetchInfoOf(res));
}

async function lookup(ref: PatentRef, want: readonly Capability[], ctx: ProviderContext): Promise<ProviderResult> {
  const result: ProviderResult = {};
  if (want.includes('texts')) {
    // Its own request: abstracts and claims are large, and no other capability needs them.
    const own = await lensRecord(ref, ctx, lensEndpoints.texts);
    result.texts = documentTexts([own.biblio], own.claims);
    if (want.length === 1) return result;
  }
  const r = await lensRecord(ref, ctx);
  if (want.includes('biblio')) result.biblio = r.biblio;
  if (want.includes('status') && r.status) result.status = r.status;
  if (want.includes('family') && r.family) result.family = r.family;
  if (want.includes('citations')) result.citations = r.citations;
  if (want.includes('classification')) result.classifications = r.biblio.classifications ?? [];
  return result;
}

async function testConnection(ctx: ProviderContext): Promise<void> {
  // One id, never from cache: 401 for a bad token; 404 (no such id) still proves the token works.
  try {
    await call(ctx, { ...lensEndpoints.byId('EP2471949A1'), noCache: true });
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
  }
}

export const lensProvider: OfficeProvider = {
  id: 'lens',
  meta: lensMeta,
  capabilities: CAPABILITIES,
  limits: {
    // Plan-dependent; the free scholarly plan allows 10 requests a minute (the recorded reply's headers count down from 10).
    perWindow: { calls: 10, windowSeconds: 60 },
  },
  ttlSeconds: { 'patent/search': 24 * 3600 },
  accepts: (ref) => lensIdOf(ref) !== null,
  lookup,
  testConnection,
  auth: { type: 'key', apply: (credentials) => ({ headers: { Authorization: `Bearer ${credentials.token ?? ''}` } }) },
  classify: (res, req) => classifyLensReply(res, req),
  quotaSignals: (res) => lensQuotaSignals(res),
};
