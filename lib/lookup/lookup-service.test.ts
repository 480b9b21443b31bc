import { describe, expect, it } from 'vitest';
import type { OfficeId } from '../model/contracts';
import type { CaseStatus, Family } from '../model/patent';
import type { PatentRef } from '../numbers';
import type { Capability, OfficeProvider, OfficeResponse, ProviderContext, ProviderResult } from '../offices/provider';
import { defaultRouteRules } from '../offices/routing';
import { NoCredentials, NotFound, QuotaExceeded } from '../transport/errors';
import type { OfficePipeline } from '../transport/pipeline';
import { createLookupService } from './lookup-service';

const src = (office: OfficeId, endpoint: string) => ({ office, endpoint, fetchedAt: '2026-11-25T01:00:00.000Z' });
const jpRef = { country: 'JP', type: 'application', docdb: 'JP.2020123456.A', epodoc: 'JP20200123456', kind: null, number: '2020123456' } as PatentRef;
const epRef = { country: 'EP', type: 'publication', docdb: 'EP.2400812.A1', epodoc: 'EP2400812', kind: 'A1', number: '2400812' } as PatentRef;

function provider(id: OfficeId, capabilities: Capability[], answer: (want: readonly Capability[], ctx: ProviderContext) => Promise<ProviderResult>): OfficeProvider & { calls: Capability[][] } {
  const calls: Capability[][] = [];
  return {
    id,
    meta: { id, nameKey: '', defaultBaseUrl: '', credentials: [], signupUrl: '', hostPattern: '' },
    capabilities,
    limits: {},
    ttlSeconds: {},
    accepts: () => true,
    async lookup(_ref, want, ctx) {
      calls.push([...want]);
      return answer(want, ctx);
    },
    testConnection: async () => {},
    calls,
  };
}

const status: CaseStatus = { state: 'granted', officeDetail: '登録', source: src('jpo', 'app_progress') };
const family: Family = { kind: 'inpadoc', members: [{ ref: { raw: 'EP2400812A1', country: 'EP', type: 'publication', docdb: 'EP.2400812.A1', epodoc: 'EP2400812' }, dates: {} }], source: src('epo-ops', 'family') };

function service(providers: OfficeProvider[], options: { stale?: boolean; disabled?: OfficeId[] } = {}) {
  const pipelineOf = (office: OfficeId) =>
    ({
      context: () => ({
        lang: 'en',
        request: async () =>
          ({ status: 200, headers: {}, body: {}, fetchedAt: 'x', fromCache: true, stale: !!options.stale, ...(options.stale && { staleBecause: { kind: 'office-down', office, message: 'HTTP 503' } }) }) as OfficeResponse,
      }),
      quotaRows: async () => [],
    }) as unknown as OfficePipeline;
  return createLookupService({
    providers,
    pipelineOf,
    officeSettings: async (office) => ({ enabled: !options.disabled?.includes(office), configured: true }),
    routeRules: async () => [...defaultRouteRules],
    parse: (text) => (text.startsWith('JP') ? { ok: true, ref: jpRef, readings: [jpRef] } : text.startsWith('EP') ? { ok: true, ref: epRef, readings: [epRef] } : { ok: false, reason: 'not a patent number' }),
    statusLabel: (state) => `label:${state}`,
    lang: () => 'en',
  });
}

const biblio = { ref: jpRef as never, title: 'Widget', parties: [], dates: { filing: '2020-07-01' }, source: src('jpo', 'app_progress') };
/** A provider that answers each capability from a table, or throws what the table holds for it. */
const answers = (table: Partial<Record<Capability, unknown>>) => async (want: readonly Capability[]): Promise<ProviderResult> => {
  const [capability] = want;
  const value = table[capability!];
  if (value instanceof Error) throw value;
  return value === undefined ? {} : { [capability === 'classification' ? 'classifications' : capability!]: value };
};

describe('lookup service', () => {
  it('asks only an office that answers JP designs and trademarks for one (never OPS or Lens), and keeps the right in the ref', async () => {
    const design = { country: 'JP', type: 'application', docdb: null, epodoc: null, kind: null, number: '2020015234', right: { law: 'design', number: '2020015234' } } as PatentRef;
    const jpo = { ...provider('jpo', ['status', 'biblio'], answers({ status, biblio })), rights: ['design', 'trademark'] as const };
    const ops = provider('epo-ops', ['status', 'biblio', 'family'], answers({ family }));
    const lens = provider('lens', ['biblio'], answers({}));
    const svc = createLookupService({
      providers: [jpo, ops, lens],
      pipelineOf: () => ({ context: () => ({ lang: 'en' }), quotaRows: async () => [] }) as unknown as OfficePipeline,
      officeSettings: async () => ({ enabled: true, configured: true }),
      routeRules: async () => [...defaultRouteRules],
      parse: () => ({ ok: true, ref: design, readings: [design] }),
      statusLabel: (state) => `label:${state}`,
      lang: () => 'en',
    });
    const result = await svc.lookup('意願2020-015234');
    expect(result.sources.map((s) => s.office)).toEqual(['jpo']);
    expect(ops.calls).toEqual([]);
    expect(lens.calls).toEqual([]);
    expect(result.ref).toMatchObject({ docdb: null, right: { law: 'design', number: '2020015234' } });
  });

  it('asks the national office for what it has and OPS for the family, each capability on its own, and merges', async () => {
    const jpo = provider('jpo', ['status', 'biblio', 'related'], answers({ status, biblio, related: [] }));
    const ops = provider('epo-ops', ['status', 'biblio', 'family'], answers({ family }));
    const result = await service([jpo, ops]).lookup(' JP2020123456 ');
    expect(jpo.calls).toEqual([['status'], ['biblio'], ['related']]);
    expect(ops.calls).toEqual([['family']]);
    expect(result.input).toBe('JP2020123456');
    expect(result.ref).toEqual({ raw: 'JP2020123456', country: 'JP', type: 'application', docdb: 'JP.2020123456.A', epodoc: 'JP20200123456' });
    expect(result.status).toEqual({ label: 'label:granted', detail: '登録', office: 'jpo', asOf: '2026-11-25T01:00:00.000Z' });
    expect(result.biblio?.title).toBe('Widget');
    expect(result.family?.[0]?.docdb).toBe('EP.2400812.A1');
    expect(result.sources).toMatchObject([
      { office: 'jpo', ok: true, capabilities: { answered: ['status', 'biblio', 'related'] } },
      { office: 'epo-ops', ok: true, capabilities: { answered: ['family'] } },
    ]);
  });

  it('keeps what arrived when one capability fails, and asks the next office for just that one', async () => {
    // WO 2009/085664 in the sandbox: biblio answers, the family call is a 404 (issue 9 §2).
    const ops = provider('epo-ops', ['status', 'biblio', 'family'], answers({ status, biblio, family: new NotFound('epo-ops', 'No family') }));
    const jpo = provider('jpo', ['status', 'biblio', 'related'], answers({ related: [] }));
    const details = await service([ops, jpo]).details('EP2400812');
    expect(details.biblio?.title).toBe('Widget');
    expect(details.status?.state).toBe('granted');
    expect(details.family).toBeUndefined();
    expect(details.gaps.family).toEqual([{ office: 'epo-ops', ok: false, error: { kind: 'not-found', message: 'No family' } }]);
    expect(details.summary.sources[0]).toMatchObject({ office: 'epo-ops', ok: true, capabilities: { answered: ['status', 'biblio'], missing: [{ capability: 'family', kind: 'not-found' }] } });
  });

  it('falls back to the next office when the first one fails, and reports both', async () => {
    const jpo = provider('jpo', ['status', 'biblio', 'related'], async () => {
      throw new QuotaExceeded('jpo', 'daily cap', new Date('2026-11-25T15:00:00Z'));
    });
    const ops = provider('epo-ops', ['status', 'biblio', 'family'], answers({ status: { ...status, source: src('epo-ops', 'legal') } }));
    const result = await service([jpo, ops]).lookup('JP2020123456');
    // The quota is office-wide: related (JPO only) is not asked again, status and biblio go to OPS.
    expect(jpo.calls).toEqual([['status'], ['biblio'], ['related']]);
    expect(ops.calls).toEqual([['family'], ['status'], ['biblio']]);
    expect(result.status?.office).toBe('epo-ops');
    expect(result.sources).toMatchObject([
      { office: 'jpo', ok: false, error: { kind: 'quota', message: 'daily cap', resetsAt: '2026-11-25T15:00:00.000Z' } },
      { office: 'epo-ops', ok: true, capabilities: { answered: ['status'] } },
    ]);
  });

  it('without keys still returns the parsed ref, with a no-credentials outcome per office', async () => {
    const fail = async (): Promise<ProviderResult> => {
      throw new NoCredentials('epo-ops');
    };
    const result = await service([provider('epo-ops', ['status', 'biblio', 'family'], fail)]).lookup('EP2400812A1');
    expect(result.ref?.docdb).toBe('EP.2400812.A1');
    expect(result.sources).toMatchObject([{ office: 'epo-ops', ok: false, error: { kind: 'no-credentials', message: 'No credentials are set for epo-ops' } }]);
  });

  it('says why when the text is not a number, asking nobody', async () => {
    const ops = provider('epo-ops', ['status'], async () => ({}));
    expect(await service([ops]).lookup('hello')).toEqual({ input: 'hello', ref: null, reason: 'not a patent number', sources: [] });
    expect(ops.calls).toEqual([]);
  });

  it('shows stale data but reports the failed refresh', async () => {
    const ops = provider('epo-ops', ['status', 'biblio', 'family'], async (_w, ctx) => {
      await ctx.request({ endpoint: 'biblio', path: '/x', responseType: 'text' });
      return { status: { ...status, source: { ...src('epo-ops', 'legal'), stale: true } } };
    });
    const result = await service([ops], { stale: true }).lookup('EP2400812');
    expect(result.status?.asOf).toBe('2026-11-25T01:00:00.000Z');
    expect(result.sources).toMatchObject([{ office: 'epo-ops', ok: false, error: { kind: 'office-down', message: 'HTTP 503' }, capabilities: { answered: ['status'] } }]);
  });

  it('skips offices the user disabled', async () => {
    const jpo = provider('jpo', ['status'], async () => ({ status }));
    const ops = provider('epo-ops', ['status'], async () => ({ status }));
    const result = await service([jpo, ops], { disabled: ['jpo'] }).lookup('JP2020123456');
    expect(jpo.calls).toEqual([]);
    expect(result.sources.map((s) => s.office)).toEqual(['epo-ops']);
  });

  it('details keep provenance and list offices with documents', async () => {
    const jpo = provider('jpo', ['status', 'biblio', 'related', 'legal', 'citations', 'documents'], answers({ status, legal: [] }));
    const details = await service([jpo]).details('JP2020123456');
    expect(details.status?.source).toEqual(src('jpo', 'app_progress'));
    expect(details.legal).toEqual([]);
    expect(details.documentOffices).toEqual(['jpo']);
    expect(jpo.calls.flat()).not.toContain('documents');
  });
});
