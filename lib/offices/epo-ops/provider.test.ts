import { describe, expect, it } from 'vitest';
import type { PatentRef } from '../../numbers';
import { NotFound } from '../../transport/errors';
import type { OfficeRequest, OfficeResponse, ProviderContext } from '../provider';
import { opsInputOf, opsRange } from './endpoints';
import {
  classification,
  classificationMapping,
  classificationStatistics,
  claims,
  epoOpsProvider,
  family,
  numberService,
  register,
  registerSearch,
  search,
} from './provider';
import { fixtureText } from './test-fixtures';

const REST = '/rest-services';
/** Serves copied fixtures by path (+ q), like the sandbox; 404 EntityNotFound fault otherwise. */
function fakeContext(routes: Record<string, string>): { ctx: ProviderContext; calls: OfficeRequest[] } {
  const calls: OfficeRequest[] = [];
  const ctx: ProviderContext = {
    lang: 'en',
    async request<T>(req: OfficeRequest): Promise<OfficeResponse<T>> {
      calls.push(req);
      const key = req.query?.q !== undefined ? `${req.path}?q=${req.query.q}` : req.path;
      const file = routes[key];
      const body = fixtureText(file ?? 'fault.404-entity-not-found.reconstructed.xml');
      return { status: file ? 200 : 404, headers: { 'content-type': 'application/xml' }, body: body as T, fetchedAt: '2026-11-25T01:00:00.000Z', fromCache: false, stale: false };
    },
  };
  return { ctx, calls };
}

const ROUTES: Record<string, string> = {
  [`${REST}/published-data/publication/docdb/EP.2400812.A1/biblio`]: 'biblio.docdb.EP2400812.A1.xml',
  [`${REST}/published-data/publication/docdb/EP.2400812.A1/claims`]: 'claims.docdb.EP2400812.A1.xml',
  [`${REST}/register/publication/epodoc/EP2400812/biblio`]: 'register.biblio.epodoc.EP2400812.xml',
  [`${REST}/register/publication/epodoc/EP2400812/events`]: 'register.events.epodoc.EP2400812.xml',
  [`${REST}/legal/publication/docdb/EP.2400812.A1`]: 'legal.docdb.EP2400812.A1.xml',
  [`${REST}/family/publication/docdb/EP.2400812.A1`]: 'family.docdb.EP2400812.A1.xml',
  [`${REST}/family/publication/docdb/EP.2400812.A1/legal`]: 'family.legal.EP2400812.A1.xml',
  [`${REST}/published-data/publication/docdb/WO.2009085664.A2/biblio`]: 'biblio.docdb.WO2009085664.A2.xml',
  [`${REST}/legal/publication/epodoc/EP1000000`]: 'legal.EP1000000A1.xml',
  [`${REST}/number-service/application/original/JP.(2006-147056).A.20060526/docdb`]: 'number-service.application.original-to-docdb.JP.2006-147056.xml',
  [`${REST}/number-service/publication/docdb/EP.2400812.A1/epodoc`]: 'number-service.publication.docdb-to-epodoc.EP2400812A1.xml',
  [`${REST}/published-data/search?q=ti=battery`]: 'search.ti-battery.range-1-5.xml',
  [`${REST}/register/search?q=ti=battery`]: 'register.search.ti-battery.range-1-5.xml',
  [`${REST}/classification/cpc/H04W4/00`]: 'classification-cpc.H04W4-00.xml',
  [`${REST}/classification/map/cpc/H04W84/18/ecla`]: 'classification-cpc-mapping.cpc-to-ecla.H04W84-18.xml',
  [`${REST}/classification/cpc/search?q=H04W`]: 'classification-cpc-statistics.H04W.xml',
};

const EP24: PatentRef = { country: 'EP', type: 'publication', docdb: 'EP.2400812.A1', epodoc: 'EP2400812', kind: 'A1', number: '2400812' };
const EP10: PatentRef = { country: 'EP', type: 'publication', docdb: 'EP.1000000', epodoc: 'EP1000000', kind: null, number: '1000000' };
const WO: PatentRef = { country: 'WO', type: 'publication', docdb: 'WO.2009085664.A2', epodoc: 'WO2009085664', kind: 'A2', number: '2009085664' };

describe('epoOpsProvider', () => {
  it('accepts any ref with a docdb or epodoc form', () => {
    expect(epoOpsProvider.accepts(EP24)).toBe(true);
    expect(epoOpsProvider.accepts({ country: 'US', type: 'application', docdb: null, epodoc: null, kind: null, number: '18/012,345', original: '18/012,345' })).toBe(false);
    expect(opsInputOf(EP10)).toEqual({ refType: 'publication', format: 'epodoc', input: 'EP1000000' });
    expect(opsInputOf(EP24)).toEqual({ refType: 'publication', format: 'docdb', input: 'EP.2400812.A1' });
  });

  it('EP status comes from one register call; biblio + citations + CPC share one biblio call', async () => {
    const { ctx, calls } = fakeContext(ROUTES);
    const r = await epoOpsProvider.lookup(EP24, ['status', 'biblio', 'citations', 'classification'], ctx);
    expect(calls.map((c) => c.path)).toEqual([
      `${REST}/published-data/publication/docdb/EP.2400812.A1/biblio`,
      `${REST}/register/publication/epodoc/EP2400812/biblio`,
    ]);
    expect(r.status).toMatchObject({ state: 'granted', officeDetail: 'No opposition filed within time limit', source: { office: 'epo-ops', endpoint: 'register-biblio', fetchedAt: '2026-11-25T01:00:00.000Z' } });
    // Granted on the B1's date, not the later no-opposition date (issue 9 §5).
    expect(r.status).toMatchObject({ since: '2019-11-27', officeSince: '2020-10-02' });
    expect(r.biblio?.dates.grant).toBe('2019-11-27');
    expect(r.biblio?.title).toBe('BLUETOOTH NETWORKING');
    expect(r.citations).toHaveLength(6);
    expect(r.classifications?.map((c) => c.symbol)).toContain('H04W88/04');
  });

  it('biblio alone asks the Register for the grant date, and keeps the biblio when the Register fails', async () => {
    const alone = await epoOpsProvider.lookup(EP24, ['biblio'], fakeContext(ROUTES).ctx);
    expect(alone.biblio?.dates.grant).toBe('2019-11-27');
    const { [`${REST}/register/publication/epodoc/EP2400812/biblio`]: _gone, ...noRegister } = ROUTES;
    const without = await epoOpsProvider.lookup(EP24, ['biblio'], fakeContext(noRegister).ctx);
    expect(without.biblio?.title).toBe('BLUETOOTH NETWORKING');
    expect(without.biblio?.dates.grant).toBeUndefined();
  });

  it('legal and family on request', async () => {
    const { ctx, calls } = fakeContext(ROUTES);
    const r = await epoOpsProvider.lookup(EP24, ['legal', 'family'], ctx);
    expect(calls.map((c) => c.endpoint)).toEqual(['legal', 'family']);
    expect(r.legal).toHaveLength(69);
    expect(r.family?.members).toHaveLength(5);
  });

  it('outside the EP Register, status comes from legal events (EP1000000 by epodoc → expired)', async () => {
    const { ctx, calls } = fakeContext(ROUTES);
    const r = await epoOpsProvider.lookup(EP10, ['status'], ctx);
    // The Register is asked first; it has no record for EP1000000 here (404), so the legal events decide.
    expect(calls.map((c) => c.endpoint)).toEqual(['register-biblio', 'legal']);
    expect(r.status).toMatchObject({ state: 'expired', source: { endpoint: 'legal' } });
  });

  it('WO publication: no register call for status', async () => {
    const { ctx, calls } = fakeContext(ROUTES);
    await expect(epoOpsProvider.lookup(WO, ['status'], ctx)).rejects.toBeInstanceOf(NotFound);
    expect(calls.map((c) => c.endpoint)).toEqual(['legal']);
    const b = await epoOpsProvider.lookup(WO, ['biblio'], ctx);
    expect(b.biblio?.parties[0]?.name).toBe('MICROSOFT CORP');
  });

  it('extra functions: claims, family with legal, register events, number service, search, classification', async () => {
    const { ctx, calls } = fakeContext(ROUTES);
    expect((await claims(EP24, ctx)).parts).toHaveLength(15);
    expect((await family(EP24, ctx, 'legal')).legal).toHaveLength(75);
    expect((await register(EP24, 'events', ctx))?.events).toHaveLength(55);
    expect(await register(WO, 'biblio', ctx)).toBeNull();
    expect((await numberService('application', 'original', 'JP.(2006-147056).A.20060526', 'docdb', ctx)).ref?.docdb).toBe('JP.2006147056.A');
    const s = await search('ti=battery', { begin: 1, end: 5 }, ctx);
    expect(s.total).toBe(10000);
    expect(calls.at(-1)?.query).toEqual({ q: 'ti=battery', Range: '1-5' });
    expect(await search('ti=nothing-matches', { begin: 1, end: 25 }, ctx)).toMatchObject({ total: 0, hits: [] });
    expect((await registerSearch('ti=battery', { begin: 1, end: 5 }, ctx)).records).toHaveLength(5);
    expect((await classification('H04W4/00', ctx)).items[0]?.title).toContain('Services specially adapted');
    expect((await classificationMapping('H04W84/18', 'cpc', 'ecla', ctx)).pairs[0]?.to).toBe('H04W84/18');
    expect((await classificationStatistics('H04W', ctx)).results).toHaveLength(10);
  });

  it('testConnection uses the small number-service call without cache', async () => {
    const { ctx, calls } = fakeContext(ROUTES);
    await epoOpsProvider.testConnection(ctx);
    expect(calls).toEqual([expect.objectContaining({ endpoint: 'number-service', noCache: true })]);
  });

  it('ranges stay within 100 per request and 2000 overall', () => {
    expect(opsRange(1, 500)).toBe('1-100');
    expect(opsRange(1990, 2100)).toBe('1990-2000');
    expect(opsRange(0, 0)).toBe('1-1');
  });

  it('declares limits, auth and TTLs', () => {
    expect(epoOpsProvider.limits.weeklyBytes).toBe(4 * 1024 ** 3);
    expect(epoOpsProvider.auth?.type).toBe('token');
    expect(epoOpsProvider.ttlSeconds['register-biblio']).toBeLessThan(epoOpsProvider.ttlSeconds.biblio!);
  });
});
