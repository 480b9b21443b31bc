import { fetchInfoOf } from '../../model/provenance-of';
import { BadResponse, NotFound } from '../../transport/errors';
import type { RefLike } from '../../model/ref-like';
import type { Capability, OfficeProvider, OfficeRequest, OfficeResponse, ProviderContext, ProviderResult } from '../provider';
import { opsAuth } from './auth';
import { type OpsFormat, type OpsRefType, type RegisterConstituent, opsEndpoints, opsInputOf, opsRange } from './endpoints';
import { classifyOpsReply, opsQuotaSignals } from './errors';
import { epoOpsMeta } from './meta';
import { type OpsDocument, parsePublishedData } from './parse-biblio';
import { parseCpc, parseCpcMapping, parseCpcStatistics } from './parse-classification';
import { type OpsFamily, parseFamily } from './parse-family';
import { documentTexts } from '../document-texts';
import { type OpsFullText, parseClaims, parseDescription } from './parse-fulltext';
import { parseLegalCase } from './parse-legal';
import { type OpsNumberConversion, parseNumberService } from './parse-number-service';
import { type RegisterRecord, parseRegister, parseRegisterSearch } from './parse-register';
import { type OpsSearchResult, emptySearch, parseSearch } from './parse-search';
import { applyTerm, statusFromLegal, statusFromRegister } from './status';

/**
 * EPO OPS provider: answers almost any publication or application with a docdb or epodoc form. Status comes
 * from the EP Register for EP documents (one call, the register's own status words) and from INPADOC legal
 * events otherwise; biblio, citations and classifications share one published-data biblio call.
 */
const CAPABILITIES = ['status', 'biblio', 'family', 'legal', 'procedure', 'citations', 'classification', 'texts', 'search'] as const satisfies readonly Capability[];

async function call(ctx: ProviderContext, req: OfficeRequest): Promise<OfficeResponse<string>> {
  const res = await ctx.request<string>(req);
  // The pipeline classifies replies; this catches the same cases when a context hands back a failed reply.
  if (res.status >= 300) {
    const verdict = classifyOpsReply(res, req);
    if (verdict && verdict !== 'ok') throw verdict;
  }
  return res;
}

function inputOf(ref: RefLike) {
  const input = opsInputOf(ref);
  if (!input) throw new NotFound('epo-ops', `OPS needs a docdb or epodoc number for ${ref.raw ?? ref.country}`);
  return input;
}

/** EP publications in epodoc form (`EP2400812`) are what the Register takes. */
function registerNumberOf(ref: RefLike): string | null {
  if (ref.country !== 'EP' || ref.type === 'application') return null;
  const n = ref.epodoc ?? ref.docdb?.split('.').slice(0, 2).join('');
  return n && /^EP\d+$/.test(n) ? n : null;
}

export async function publishedData(ref: RefLike, ctx: ProviderContext): Promise<OpsDocument[]> {
  const i = inputOf(ref);
  const res = await call(ctx, opsEndpoints.published('biblio', i.refType, i.format, i.input));
  return parsePublishedData(res.body, fetchInfoOf(res), 'biblio');
}

/** Claims in the original language, where OPS has full text (EP, WO and a few others). */
export async function claims(ref: RefLike, ctx: ProviderContext): Promise<OpsFullText> {
  const i = inputOf(ref);
  const res = await call(ctx, opsEndpoints.published('claims', i.refType, i.format, i.input));
  return parseClaims(res.body, fetchInfoOf(res));
}

export async function description(ref: RefLike, ctx: ProviderContext): Promise<OpsFullText> {
  const i = inputOf(ref);
  const res = await call(ctx, opsEndpoints.published('description', i.refType, i.format, i.input));
  return parseDescription(res.body, fetchInfoOf(res));
}

/** INPADOC family; `with` adds each member's biblio or legal events (bigger replies, inpadoc throttle). */
export async function family(ref: RefLike, ctx: ProviderContext, withConstituent?: 'biblio' | 'legal'): Promise<OpsFamily> {
  const i = inputOf(ref);
  const res = await call(ctx, opsEndpoints.family(i.refType, i.format, i.input, withConstituent));
  return parseFamily(res.body, fetchInfoOf(res), { endpoint: withConstituent ? `family-${withConstituent}` : 'family', lang: ctx.lang });
}

/** EP Register record (biblio, events, procedural steps or UPP); null when the ref is not an EP publication. */
export async function register(ref: RefLike, constituent: RegisterConstituent, ctx: ProviderContext): Promise<RegisterRecord | null> {
  const n = registerNumberOf(ref);
  if (!n) return null;
  const res = await call(ctx, opsEndpoints.register(constituent, 'publication', n));
  return parseRegister(res.body, fetchInfoOf(res), `register-${constituent}`)[0] ?? null;
}

/** Number-service conversion (application/publication/priority; docdb ⇄ epodoc ⇄ original). */
export async function numberService(refType: OpsRefType, inputFormat: OpsFormat, number: string, outputFormat: OpsFormat, ctx: ProviderContext): Promise<OpsNumberConversion> {
  const res = await call(ctx, opsEndpoints.numberService(refType, inputFormat, number, outputFormat));
  return parseNumberService(res.body, fetchInfoOf(res));
}

/** CQL search (saved searches). Zero hits come back as 404 EntityNotFound and are an empty result here. */
export async function search(cql: string, range: { begin: number; end: number }, ctx: ProviderContext, opts: { withBiblio?: boolean } = {}): Promise<OpsSearchResult> {
  const res = await call(ctx, opsEndpoints.search(cql, opsRange(range.begin, range.end), opts.withBiblio));
  if (res.status === 404) return emptySearch(cql, fetchInfoOf(res));
  return parseSearch(res.body, fetchInfoOf(res));
}

export async function registerSearch(cql: string, range: { begin: number; end: number }, ctx: ProviderContext): Promise<{ total: number; records: RegisterRecord[] }> {
  const res = await call(ctx, opsEndpoints.registerSearch(cql, opsRange(range.begin, range.end)));
  if (res.status === 404) return { total: 0, records: [] };
  return parseRegisterSearch(res.body, fetchInfoOf(res));
}

/** CPC scheme entry with title and notes (`H04W`, `H04W4/00`). */
export async function classification(symbol: string, ctx: ProviderContext) {
  const res = await call(ctx, opsEndpoints.cpc(symbol.replace(/\s+/g, '')));
  return parseCpc(res.body, fetchInfoOf(res));
}

export async function classificationMapping(symbol: string, from: 'cpc' | 'ecla', to: 'cpc' | 'ecla', ctx: ProviderContext) {
  const res = await call(ctx, opsEndpoints.cpcMapping(symbol.replace(/\s+/g, ''), from, to));
  return parseCpcMapping(res.body, fetchInfoOf(res));
}

export async function classificationStatistics(term: string, ctx: ProviderContext) {
  const res = await call(ctx, opsEndpoints.cpcStatistics(term));
  return parseCpcStatistics(res.body, fetchInfoOf(res));
}

async function lookup(ref: RefLike, want: readonly Capability[], ctx: ProviderContext): Promise<ProviderResult> {
  const wants = (c: Capability) => want.includes(c);
  const result: ProviderResult = {};
  const now = new Date();
  const i = inputOf(ref);

  const registerNo = registerNumberOf(ref);
  // Not every EP publication is in the Register (old files): then INPADOC legal events decide. One call
  // serves status and the grant date (the response cache joins the capabilities' calls).
  let registerRecord: Promise<Awaited<ReturnType<typeof register>> | null> | undefined;
  const registerOf = () => (registerRecord ??= register(ref, 'biblio', ctx).catch((e: unknown) => {
    if (e instanceof NotFound) return null;
    throw e;
  }));

  if (wants('biblio') || wants('citations') || wants('classification')) {
    const docs = await publishedData(ref, ctx);
    const doc = docs[0];
    if (doc) {
      if (wants('biblio')) result.biblio = doc.biblio;
      if (wants('citations')) result.citations = doc.citations;
      if (wants('classification')) result.classifications = doc.biblio.classifications ?? [];
    }
    // An A1's published data has no grant date; the Register's mention of the B1 gives it (issue 9 §5).
    const biblio = result.biblio;
    if (biblio && !biblio.dates.grant && registerNo) {
      // Best effort: a Register failure must not cost the biblio that did arrive.
      const grant = (await registerOf().catch(() => null))?.biblio?.dates.grant;
      if (grant) result.biblio = { ...biblio, dates: { ...biblio.dates, grant } };
    }
  }

  if (wants('status') && registerNo) {
    const rec = await registerOf();
    if (rec && rec.statuses.length) result.status = applyTerm(statusFromRegister(rec.statuses, rec.source, rec.biblio?.dates.grant), rec.biblio?.dates.filing, now);
  }
  if (wants('legal') || (wants('status') && !result.status)) {
    const res = await call(ctx, opsEndpoints.legal(i.refType, i.format, i.input));
    const legal = parseLegalCase(res.body, fetchInfoOf(res), ctx.lang);
    if (wants('legal')) result.legal = legal.events;
    if (wants('status') && !result.status) {
      const kind = ref.docdb?.split('.')[2];
      const source = legal.events[0]?.source ?? { office: 'epo-ops' as const, endpoint: 'legal', fetchedAt: res.fetchedAt };
      result.status = applyTerm(statusFromLegal(legal.events, source, kind), legal.filingDate ?? result.biblio?.dates.filing, now);
    }
  }
  if (wants('family')) result.family = (await family(ref, ctx)).family;
  if (wants('texts')) {
    // Claims exist for few offices' documents; their absence leaves the family's titles and abstracts.
    const [members, own] = await Promise.all([family(ref, ctx, 'biblio'), ref.type === 'application' ? undefined : claims(ref, ctx).catch(withoutClaims)]);
    result.texts = documentTexts(members.biblios, own);
  }
  if (wants('procedure') && registerNo) {
    // The Register's dossier events and its procedural steps (dispatch dates of communications).
    const [events, steps] = await Promise.all([register(ref, 'events', ctx), register(ref, 'procedural-steps', ctx)]);
    const stepEvents = (steps?.steps ?? []).filter((s) => s.date).map((s) => ({ date: s.date as string, code: s.code, description: s.description, officeText: s.description, country: 'EP', source: steps!.source }));
    result.procedure = [...(events?.events ?? []), ...stepEvents].sort((a, b) => b.date.localeCompare(a.date));
  }
  return result;
}

/** A document without full text (most offices) or with unreadable claims still has its family's titles. */
function withoutClaims(e: unknown): undefined {
  if (e instanceof NotFound || e instanceof BadResponse) return undefined;
  throw e;
}

async function testConnection(ctx: ProviderContext): Promise<void> {
  // The smallest authenticated reply (~1 KB, "other" throttle): a number-service conversion, never cached.
  const res = await call(ctx, { ...opsEndpoints.numberService('publication', 'docdb', 'EP.2400812.A1', 'epodoc'), noCache: true });
  parseNumberService(res.body, fetchInfoOf(res));
}

const HOUR = 3600;
const DAY = 24 * HOUR;

export const epoOpsProvider: OfficeProvider = {
  id: 'epo-ops',
  meta: epoOpsMeta,
  capabilities: CAPABILITIES,
  limits: {
    // Per-service throttling per minute, green state: images 200, inpadoc 60, other 1000, retrieval 200, search 30
    // (X-Throttling-Control on every reply; [OPS-RG] 2.3.3). One office-wide window at the inpadoc rate keeps a
    // lookup (biblio + register + legal + family) inside every service's allowance.
    perWindow: { calls: 60, windowSeconds: 60 },
    // Fair use: 4 GB per week for a registered (free) account, counted in X-RegisteredQuotaPerWeek-Used ([OPS-RG]; API-NOTES §2).
    weeklyBytes: 4 * 1024 ** 3,
    concurrency: 2,
  },
  ttlSeconds: {
    biblio: 7 * DAY,
    abstract: 30 * DAY,
    claims: 30 * DAY,
    description: 30 * DAY,
    'full-cycle': 7 * DAY,
    fulltext: 30 * DAY,
    equivalents: 7 * DAY,
    family: 7 * DAY,
    'family-biblio': 7 * DAY,
    'family-legal': DAY,
    legal: DAY,
    'register-biblio': 6 * HOUR,
    'register-events': 6 * HOUR,
    'register-procedural-steps': 6 * HOUR,
    'register-upp': 6 * HOUR,
    'register-search': HOUR,
    'number-service': 30 * DAY,
    classification: 30 * DAY,
    'classification-mapping': 30 * DAY,
    'classification-search': 7 * DAY,
    search: HOUR,
  },
  accepts: (ref) => opsInputOf(ref) !== null,
  lookup,
  testConnection,
  auth: opsAuth,
  classify: (res, req) => classifyOpsReply(res, req),
  quotaSignals: (res) => opsQuotaSignals(res),
};
