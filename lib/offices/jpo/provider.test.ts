import { describe, expect, it } from 'vitest';
import { NotFound, QuotaExceeded } from '../../transport/errors';
import type { OfficeRequest, OfficeResponse, ProviderContext } from '../provider';
import type { PatentRef } from '../../numbers';
import { convertNumber, fetchDocuments, jplatpatLink, jpoProvider, pctNationalPhase, registrationInfo } from './provider';
import { fixtureBytes, fixtureJson } from './test-fixtures';

/** Serves copied fixtures by request path, like the sandbox does; records every request. */
function fakeContext(routes: Record<string, string>): { ctx: ProviderContext; calls: OfficeRequest[] } {
  const calls: OfficeRequest[] = [];
  const ctx: ProviderContext = {
    lang: 'en',
    async request<T>(req: OfficeRequest): Promise<OfficeResponse<T>> {
      calls.push(req);
      const file = routes[req.path] ?? 'app_progress.9999999999.status107-no-data.json';
      const isZip = file.endsWith('.zip');
      const body = isZip ? fixtureBytes(file) : fixtureJson(file);
      return { status: 200, headers: { 'content-type': isZip ? 'application/zip' : 'application/json' }, body: body as T, fetchedAt: '2026-11-25T01:00:00.000Z', fromCache: false, stale: false };
    },
  };
  return { ctx, calls };
}


const APP: PatentRef = { country: 'JP', type: 'application', docdb: 'JP.2020123456.A', epodoc: 'JP20200123456', kind: 'A', number: '2020123456' };
const PUB: PatentRef = { country: 'JP', type: 'publication', docdb: 'JP.2021090037.A', epodoc: 'JP2021090037', kind: 'A', number: '2021090037' };
const GRANT: PatentRef = { country: 'JP', type: 'grant', docdb: 'JP.7533889.B2', epodoc: 'JP7533889B2', kind: 'B2', number: '7533889' };

const ROUTES = {
  '/api/patent/v1/app_progress/2020123456': 'app_progress.2020123456.json',
  '/api/patent/v1/app_progress_simple/2020123456': 'app_progress_simple.2020123456.json',
  '/api/patent/v1/cite_doc_info/2020123456': 'cite_doc_info.2020123456.json',
  '/api/patent/v1/registration_info/2020123456': 'registration_info.2020123456.json',
  '/api/patent/v1/jpp_fixed_address/2020123456': 'jpp_fixed_address.2020123456.json',
  // The recorded reply for application 2020123456 names publication 2021090037 and registration 7533889: the same case.
  '/api/patent/v1/case_number_reference/application/2020123456': 'case_number_reference.application.2020123456.json',
  '/api/patent/v1/case_number_reference/publication/2021090037': 'case_number_reference.application.2020123456.json',
  '/api/patent/v1/case_number_reference/registration/7533889': 'case_number_reference.application.2020123456.json',
  '/api/patent/v1/app_doc_cont_refusal_reason_decision/2020123456': 'app_doc_cont_refusal_reason_decision.2020123456.zip',
  '/api/patent/v1/app_doc_cont_opinion_amendment/2020123456': 'app_doc_cont_opinion_amendment.2020123456.zip',
  '/api/patent/v1/app_doc_cont_refusal_reason/2020123456': 'app_doc_cont_refusal_reason.2020123456.zip',
  '/api/patent/v1/pct_national_phase_application_number/international_application/US2003021714': 'pct_national_phase_application_number.international_application.US2003021714.reconstructed.json',
  '/api/patent/v1/pct_national_phase_application_number/international_application/JP9999999999': 'pct_national_phase_application_number.international_application.JP9999999999.status107.json',
};

describe('jpoProvider', () => {
  it('a PCT application: where it entered the JP national phase, as related (reconstructed reply); none is a reason', async () => {
    // As the engine reads PCT/US2003/021714: a pre-2004 number, DOCDB US.0321714.W.
    const pct: PatentRef = { country: 'WO', type: 'application', docdb: 'US.0321714.W', epodoc: 'WO2003US21714', kind: 'W', number: '0321714', docCountry: 'US' };
    expect(jpoProvider.accepts(pct)).toBe(true);
    const r = await jpoProvider.lookup(pct, ['related'], fakeContext(ROUTES).ctx);
    expect(r.related).toMatchObject([{ relation: 'national-phase', ref: { docdb: 'JP.2005505120.A' } }]);
    expect(await jpoProvider.lookup(pct, ['status'], fakeContext(ROUTES).ctx)).toEqual({});
    const never: PatentRef = { ...pct, docdb: 'JP.9999999999.W', docCountry: 'JP' };
    await expect(jpoProvider.lookup(never, ['related'], fakeContext(ROUTES).ctx)).rejects.toThrow(/no JP national phase/);
  });

  it('accepts JP applications, publications and registrations only', () => {
    expect(jpoProvider.accepts(APP)).toBe(true);
    expect(jpoProvider.accepts(PUB)).toBe(true);
    expect(jpoProvider.accepts(GRANT)).toBe(true);
    expect(jpoProvider.accepts({ country: 'EP', type: 'publication', docdb: 'EP.1000000.A1', epodoc: 'EP1000000', kind: 'A1', number: '1000000' })).toBe(false);
  });

  it('answers status + biblio for an application with exactly one call (app_progress)', async () => {
    const { ctx, calls } = fakeContext(ROUTES);
    const r = await jpoProvider.lookup(APP, ['status', 'biblio'], ctx);
    expect(calls.map((c) => c.path)).toEqual(['/api/patent/v1/app_progress/2020123456']);
    expect(calls[0]).toMatchObject({ endpoint: 'app_progress', responseType: 'json' });
    expect(r.status).toMatchObject({ state: 'granted', source: { office: 'jpo', endpoint: 'app_progress', fetchedAt: '2026-11-25T01:00:00.000Z' } });
    expect(r.biblio?.title).toBe('立体配線構造体の製造方法');
    expect(r.related).toBeUndefined();
    expect(r.citations).toBeUndefined();
  });

  it('goes through case_number_reference for a publication, then app_progress', async () => {
    const { ctx, calls } = fakeContext(ROUTES);
    const r = await jpoProvider.lookup(PUB, ['status', 'related', 'legal'], ctx);
    expect(calls.map((c) => c.path)).toEqual(['/api/patent/v1/case_number_reference/publication/2021090037', '/api/patent/v1/app_progress/2020123456']);
    expect(r.related?.map((x) => x.ref.docdb)).toEqual(['JP.2019210418.A']);
    expect(r.legal).toHaveLength(14);
  });

  it('adds cite_doc_info only when citations are wanted', async () => {
    const { ctx, calls } = fakeContext(ROUTES);
    const r = await jpoProvider.lookup(GRANT, ['citations'], ctx);
    expect(calls.map((c) => c.endpoint)).toEqual(['case_number_reference', 'cite_doc_info']);
    expect(r.citations).toHaveLength(13);
  });

  it('lists documents from the mailed and the filed bundle, and opens one', async () => {
    const { ctx, calls } = fakeContext(ROUTES);
    const r = await jpoProvider.lookup(APP, ['documents'], ctx);
    expect(calls.map((c) => [c.endpoint, c.responseType])).toEqual([
      ['app_doc_cont_refusal_reason_decision', 'bytes'],
      ['app_doc_cont_opinion_amendment', 'bytes'],
    ]);
    expect(r.documents?.map((d) => d.title)).toEqual(['拒絶理由通知書', '特許査定', '手続補正書', '意見書']);
    const opinion = r.documents?.find((d) => d.kind === 'opinion');
    const file = await jpoProvider.fetchDocument!(APP, opinion!.id, ctx);
    expect(file.fileName).toBe('JPOXMLDOC01-jpbibl.xml');
    // Saved as JPO sent it (Shift_JIS); opened as text blocks.
    expect(file.mediaType).toBe('application/xml; charset=Shift_JIS');
    expect(new TextDecoder('shift_jis').decode(file.bytes)).toContain('特許庁審査官　黒田　久美子　殿');
    expect(file.readable?.title).toBe('意見書');
    expect(JSON.stringify(file.readable)).toContain('黒田　久美子');
    expect(file.readable?.blocks.some((b) => b.text.includes('拒絶理由の要点'))).toBe(true);
  });

  it('a large bundle (JSON data.URL, reconstructed) becomes one download link', async () => {
    const { ctx } = fakeContext({
      ...ROUTES,
      '/api/patent/v1/app_doc_cont_refusal_reason_decision/2020123456': 'app_doc_cont_refusal_reason.large-bundle-url.reconstructed.json',
    });
    const r = await jpoProvider.lookup(APP, ['documents'], ctx);
    expect(r.documents?.[0]).toMatchObject({ kind: 'other', mediaType: 'application/zip', url: 'https://ip-data.jpo.go.jp/download/docContRefusalReason_2020123456.zip' });
    expect(r.documents).toHaveLength(3);
  });

  it('exposes the refusal-reason bundle, registration, J-PlatPat link, number conversion and PCT national phase', async () => {
    const { ctx } = fakeContext(ROUTES);
    const docs = await fetchDocuments(APP, 'refusal-reasons', ctx);
    expect(docs.bundle.kind === 'documents' && docs.bundle.documents.map((d) => d.kind)).toEqual(['refusal-reason']);
    expect(docs.open('app_doc_cont_refusal_reason/06124084096-jpntce.xml').text).toContain('第２９条第２項（進歩性）');
    expect((await registrationInfo(APP, ctx))?.nextAnnuityDueDate).toBe('2027-08-05');
    expect((await jplatpatLink(APP, ctx))?.value).toContain('JP-2020-123456');
    expect((await convertNumber(GRANT, ctx))?.applicationNumber).toBe('2020123456');
    // As the engine reads PCT/US2003/021714: a pre-2004 number, DOCDB US.0321714.W.
    const pct: PatentRef = { country: 'WO', type: 'application', docdb: 'US.0321714.W', epodoc: 'WO2003US21714', kind: 'W', number: '0321714', docCountry: 'US' };
    expect((await pctNationalPhase(pct, ctx))?.ref.docdb).toBe('JP.2005505120.A');
    expect(await pctNationalPhase({ ...pct, docdb: 'JP.9999999999.W' }, ctx)).toBeNull();
  });

  it('throws NotFound when JPO has no such case (107)', async () => {
    const { ctx, calls } = fakeContext({});
    await expect(jpoProvider.lookup({ ...APP, docdb: 'JP.2099999999.A' }, ['status'], ctx)).rejects.toBeInstanceOf(NotFound);
    await expect(jpoProvider.lookup({ ...PUB, docdb: 'JP.2099999999.A' }, ['status'], ctx)).rejects.toBeInstanceOf(NotFound);
    expect(calls.map((c) => c.endpoint)).toEqual(['app_progress', 'case_number_reference']);
  });

  it('surfaces a quota error from a 200 body', async () => {
    const { ctx } = fakeContext({ '/api/patent/v1/app_progress/2020123456': 'app_progress.status203.reconstructed.json' });
    await expect(jpoProvider.lookup(APP, ['status'], ctx)).rejects.toBeInstanceOf(QuotaExceeded);
  });

  it('tests the connection with app_progress_simple, bypassing the cache', async () => {
    const { ctx, calls } = fakeContext(ROUTES);
    await jpoProvider.testConnection(ctx);
    expect(calls).toEqual([expect.objectContaining({ endpoint: 'app_progress_simple', noCache: true })]);
  });

  it('declares limits and TTLs from the handbook', () => {
    expect(jpoProvider.limits.perWindow).toEqual({ calls: 10, windowSeconds: 60 });
    expect(jpoProvider.limits.daily?.resetTimeZone).toBe('Asia/Tokyo');
    expect(jpoProvider.limits.daily?.perEndpoint.divisional_app_info).toBe(30);
    expect(jpoProvider.limits.daily?.perEndpoint.app_progress).toBe(400);
    expect(jpoProvider.ttlSeconds.app_progress).toBeLessThan(jpoProvider.ttlSeconds.case_number_reference!);
  });
});
