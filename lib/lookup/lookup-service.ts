/**
 * The lookup service: text → parsed number → offices on its route → providers through their
 * pipelines → the C2 LookupResult (hover card, `lookup` hook) or LookupDetails (side panel).
 * Also the per-office services around it: documents, "Test connection", quota and token state.
 * Without any key the parsed ref still comes back, with a no-credentials outcome per office; the
 * UI builds viewer links from the ref.
 */
import type { LookupResult, OfficeId, QuotaRow, SourceOutcome } from '../model/contracts';
import type { DocRef, DocumentText, StatusState } from '../model/patent';
import { docRefOf } from '../model/ref-like';
import type { PatentRef } from '../numbers';
import type { Capability, OfficeProvider, ProviderResult } from '../offices/provider';
import { officesFor, type RouteRule } from '../offices/routing';
import { NoCredentials, NotFound } from '../transport/errors';
import { tipoAnnuity } from '../offices/tipo/provider';
import type { TipoAnnuity } from '../offices/tipo/parse';
import type { CallPolicy, OfficePipeline } from '../transport/pipeline';
import type { Reading } from '../messaging/reading';
import { gather, type OfficeRunner } from './gather';
import { failedOutcome, toBiblio, toFamily, toRelated, toStatus } from './to-contract';
import type { OfficeHealthStore } from './office-health';
import { type JpoExtraAnswer, type JpoExtraRequest, jpoExtra } from './jpo-extras';
import { buildTimeline } from '../timeline/timeline';
import { base64 } from './base64';
import { DETAIL_CAPABILITIES, type DocumentList, type DocumentPayload, type LookupDetails, type OfficeState, type ParsedNumber, SUMMARY_CAPABILITIES, type TimelineAnswer, UNSUPPORTED_OFFICE } from './types';

/** The Terms tab's family texts: the document read, what every office with texts sent, and how each fared. */
export interface FamilyTexts {
  document: DocRef | null;
  texts: DocumentText[];
  sources: SourceOutcome[];
  /** Why the document text could not be read as a number. */
  reason?: string;
}

export interface LookupServiceDeps {
  providers: readonly OfficeProvider[];
  pipelineOf(office: OfficeId): OfficePipeline;
  officeSettings(office: OfficeId): Promise<{ enabled: boolean; configured: boolean }>;
  routeRules(): Promise<RouteRule[]>;
  parse(text: string): ParsedNumber<PatentRef>;
  statusLabel(state: StatusState): string;
  lang(): 'en' | 'ja';
  /** Where each office's last real outcome is kept (the options page's chips). */
  health?: OfficeHealthStore;
}

/** A hover must not hang on a slow office or a full rate-limit window; the side panel may wait longer. */
export const HOVER_POLICY: CallPolicy = { maxWaitMs: 3_000, retries: 1 };
export const PANEL_POLICY: CallPolicy = { maxWaitMs: 30_000, retries: 2 };

function refOfReading(reading: Reading): PatentRef {
  const { raw: _raw, kind, ...ref } = reading;
  return { ...ref, kind: kind ?? null };
}

export function createLookupService(deps: LookupServiceDeps) {
  const providerOf = (office: OfficeId) => deps.providers.find((p) => p.id === office);

  async function route(ref: PatentRef, policy: CallPolicy): Promise<OfficeRunner[]> {
    const candidates = officesFor(ref.country, await deps.routeRules())
      .map(providerOf)
      .filter((p): p is OfficeProvider => p !== undefined && (!ref.right || (p.rights ?? []).includes(ref.right.law)) && p.accepts(ref));
    // Read each office's switch in parallel: this runs before every hover lookup.
    const enabled = await Promise.all(candidates.map(async (p) => (await deps.officeSettings(p.id)).enabled));
    return candidates
      .filter((_, i) => enabled[i])
      .map((provider) => {
        const pipeline = deps.pipelineOf(provider.id);
        return { provider, context: () => pipeline.context(policy, deps.lang()) };
      });
  }

  /** One capability from every office on the route that declares it, side by side (not the first that answers). */
  async function fromEvery(ref: PatentRef, capability: Capability): Promise<{ office: OfficeId; result?: ProviderResult; source: SourceOutcome }[]> {
    const runners = (await route(ref, PANEL_POLICY)).filter((r) => r.provider.capabilities.includes(capability));
    return Promise.all(
      runners.map(async (runner) => {
        const office = runner.provider.id;
        try {
          return { office, result: await runner.provider.lookup(ref, [capability], runner.context()), source: { office, ok: true } };
        } catch (error) {
          return { office, source: failedOutcome(office, error) };
        }
      }),
    );
  }

  /** A reading from a page is taken as read; only typed text is parsed (issue 9 §1). */
  function parse(text: string, reading?: Reading): { input: string; parsed: ParsedNumber<PatentRef> } {
    const input = text.trim();
    if (reading) {
      const ref = refOfReading(reading);
      return { input, parsed: { ok: true, ref, readings: [ref] } };
    }
    return { input, parsed: deps.parse(input) };
  }

  async function run(text: string, reading: Reading | undefined, want: typeof SUMMARY_CAPABILITIES, policy: CallPolicy) {
    const { input, parsed } = parse(text, reading);
    if (!parsed.ok) {
      const summary: LookupDetails['summary'] = { input, ref: null, reason: parsed.reason, sources: [] };
      return { summary, gathered: undefined, ref: undefined, runners: [] as OfficeRunner[] };
    }
    const runners = await route(parsed.ref, policy);
    const gathered = await gather(parsed.ref, runners, want);
    const { result } = gathered;
    for (const source of gathered.sources) {
      // An office that answered any capability is reachable with these keys, whatever else it lacked.
      const answered = (source.capabilities?.answered.length ?? 0) > 0;
      void deps.health?.record(answered ? { office: source.office, ok: true } : source, 'lookup').catch(() => undefined);
    }
    const summary: LookupDetails['summary'] = {
      input,
      ref: docRefOf(parsed.ref, input),
      ...(parsed.readings.length > 1 && { readings: parsed.readings.map((r) => docRefOf(r, input)) }),
      ...(parsed.ambiguity && { ambiguity: parsed.ambiguity }),
      sources: gathered.sources,
      ...(result.status && { status: toStatus(result.status, deps.statusLabel) }),
      ...(result.biblio && { biblio: toBiblio(result.biblio) }),
      ...(result.family && { family: toFamily(result.family) }),
      ...(result.related && { related: toRelated(result.related) }),
    };
    return { summary, gathered, ref: parsed.ref, runners };
  }

  return {
    /** Contract C2 `lookup`: the hover card's answer. */
    async lookup(text: string, reading?: Reading): Promise<LookupResult> {
      return (await run(text, reading, SUMMARY_CAPABILITIES, HOVER_POLICY)).summary;
    },

    /** The side panel's answer: every value with its provenance. A watch run passes its own policy. */
    async details(text: string, reading?: Reading, policy: CallPolicy = PANEL_POLICY): Promise<LookupDetails> {
      const { summary, gathered, runners } = await run(text, reading, DETAIL_CAPABILITIES, policy);
      const result = gathered?.result ?? {};
      return {
        summary,
        gaps: gathered?.gaps ?? {},
        ...(result.status && { status: result.status }),
        ...(result.biblio && { biblio: result.biblio }),
        ...(result.family && { family: result.family }),
        ...(result.legal && { legal: result.legal }),
        ...(result.citations && { citations: result.citations }),
        ...(result.classifications && { classifications: result.classifications }),
        ...(result.related && { related: result.related }),
        documentOffices: runners.filter((r) => r.provider.capabilities.includes('documents')).map((r) => r.provider.id),
      };
    },

    /** The offices a lookup of this number would spend calls at: on its route, switched on, with keys. */
    async spendingOffices(text: string, reading?: Reading): Promise<OfficeId[]> {
      const { parsed } = parse(text, reading);
      if (!parsed.ok) return [];
      const runners = await route(parsed.ref, PANEL_POLICY);
      const ready = await Promise.all(runners.map(async (r) => (await deps.officeSettings(r.provider.id)).configured || !r.provider.auth));
      return runners.filter((_, i) => ready[i]).map((r) => r.provider.id);
    },

    /** The Timeline tab, asked when the user opens it: every office event on one axis, with the durations. */
    async timeline(text: string, reading?: Reading): Promise<TimelineAnswer> {
      const { parsed } = parse(text, reading);
      if (!parsed.ok) return { timeline: { events: [], durations: [] }, gaps: {} };
      const { result, gaps } = await gather(parsed.ref, await route(parsed.ref, PANEL_POLICY), ['biblio', 'legal', 'procedure']);
      const events = [...(result.legal ?? []), ...(result.procedure ?? [])];
      const timeline = buildTimeline({ events, ...(result.biblio && { dates: result.biblio.dates, datesSource: result.biblio.source }) });
      return { timeline, gaps };
    },

    /** The JPO's views beyond the lookup (register record, J-PlatPat address, applicant codes). */
    async jpoExtra(
      request: { kind: JpoExtraRequest['kind']; text?: string; reading?: Reading; value?: string; member?: string; id?: string; format?: 'pdf' | 'xml' },
      policy: CallPolicy = PANEL_POLICY,
    ): Promise<JpoExtraAnswer> {
      const extras = { context: (office: OfficeId) => deps.pipelineOf(office).context(policy, deps.lang()), officeSettings: deps.officeSettings };
      if (request.kind === 'applicant-by-code' || request.kind === 'applicant-by-name') {
        const value = (request.value ?? '').trim();
        return jpoExtra(request.kind === 'applicant-by-code' ? { kind: request.kind, code: value } : { kind: request.kind, name: value }, extras);
      }
      // A dossier member, as the family answer named it.
      const application = request.member ?? '';
      if (request.kind === 'dossier-documents' || request.kind === 'dossier-citations') return jpoExtra({ kind: request.kind, application }, extras);
      if (request.kind === 'dossier-document') return jpoExtra({ kind: request.kind, application, id: request.id ?? '', format: request.format ?? 'pdf' }, extras);
      const { parsed } = parse(request.text ?? '', request.reading);
      if (!parsed.ok) throw new NotFound('jpo', parsed.reason);
      return jpoExtra({ kind: request.kind, ref: parsed.ref }, extras);
    },

    /** TIPO's annuity record of a TW patent (watch deadlines, the status tab); null when TIPO has none. */
    async tipoAnnuity(text: string, reading: Reading | undefined, policy: CallPolicy = PANEL_POLICY): Promise<TipoAnnuity | null> {
      const settings = await deps.officeSettings('tipo');
      if (!settings.enabled || !settings.configured) throw new NoCredentials('tipo');
      const { parsed } = parse(text, reading);
      if (!parsed.ok) throw new NotFound('tipo', parsed.reason);
      return tipoAnnuity(parsed.ref, deps.pipelineOf('tipo').context(policy, deps.lang()));
    },

    /** Documents (JPO refusal reasons …) per office on the route, asked only when the user opens the tab. */
    async listDocuments(text: string, reading?: Reading): Promise<DocumentList[]> {
      const { parsed } = parse(text, reading);
      if (!parsed.ok) return [];
      const answers = await fromEvery(parsed.ref, 'documents');
      return answers.map(({ office, result, source }) => ({ office, documents: result?.documents ?? [], source }));
    },

    /** The family's own texts, from every office on the route that has them (the Terms tab's parallel text). */
    async texts(text: string, reading?: Reading): Promise<FamilyTexts> {
      const { input, parsed } = parse(text, reading);
      if (!parsed.ok) return { document: null, texts: [], sources: [], reason: parsed.reason };
      const answers = await fromEvery(parsed.ref, 'texts');
      return { document: docRefOf(parsed.ref, input), texts: answers.flatMap((a) => a.result?.texts ?? []), sources: answers.map((a) => a.source) };
    },

    async getDocument(text: string, reading: Reading | undefined, office: OfficeId, id: string): Promise<DocumentPayload> {
      const { parsed } = parse(text, reading);
      const provider = providerOf(office);
      if (!parsed.ok || !provider?.fetchDocument) throw new NotFound(office, `${office} has no document ${id} for ${text}`);
      const doc = await provider.fetchDocument(parsed.ref, id, deps.pipelineOf(office).context(PANEL_POLICY, deps.lang()));
      return { fileName: doc.fileName, mediaType: doc.mediaType, base64: base64(doc.bytes), fetchedAt: doc.source.fetchedAt, ...(doc.readable && { readable: doc.readable }) };
    },

    /** Options "Test connection": a fresh token and the office's cheapest call, never from cache. */
    async testOffice(office: OfficeId): Promise<SourceOutcome> {
      const provider = providerOf(office);
      if (!provider) return { office, ok: false, error: { kind: 'bad-response', message: UNSUPPORTED_OFFICE } };
      const pipeline = deps.pipelineOf(office);
      try {
        await pipeline.clearToken();
        await provider.testConnection(pipeline.context({ maxWaitMs: 10_000, retries: 0 }, deps.lang()));
        await deps.health?.record({ office, ok: true }, 'test');
        return { office, ok: true };
      } catch (error) {
        const outcome = failedOutcome(office, error);
        await deps.health?.record(outcome, 'test');
        return outcome;
      }
    },

    async quota(): Promise<QuotaRow[]> {
      const rows: QuotaRow[] = [];
      for (const provider of deps.providers) {
        const pipeline = deps.pipelineOf(provider.id);
        rows.push(...(await pipeline.quotaRows()));
      }
      return rows;
    },

    async officeStates(): Promise<OfficeState[]> {
      return Promise.all(
        deps.providers.map(async (provider) => {
          const settings = await deps.officeSettings(provider.id);
          const pipeline = deps.pipelineOf(provider.id);
          const token = settings.configured ? await pipeline.tokenState() : undefined;
          const throttle = await pipeline.throttle();
          const last = (await deps.health?.all())?.[provider.id];
          return { office: provider.id, ...settings, ...(token && { token }), ...(throttle && { throttle }), ...(last && { last }) };
        }),
      );
    },
  };
}

export type LookupService = ReturnType<typeof createLookupService>;
