// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { arm, bytesOf, fixtureBytes, opsToken, useSandbox } from './sandbox-helpers';

const { sb, advance } = useSandbox();
let token = '';
beforeEach(async () => {
  token = ((await (await opsToken(sb().baseUrl)).json()) as { access_token: string }).access_token;
});
const rest = (path: string, init: RequestInit = {}) =>
  fetch(`${sb().baseUrl}/epo-ops/rest-services/${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, ...init.headers } });

describe('OPS auth', () => {
  it('issues a token for Basic client credentials, shaped like the recorded one (expires_in a string)', async () => {
    const res = await opsToken(sb().baseUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await res.json()) as Record<string, unknown>;
    const recorded = JSON.parse(fixtureBytes('epo-ops', 'auth.accesstoken.json').toString()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(Object.keys(recorded));
    expect(body).toMatchObject({ expires_in: '1199', token_type: 'BearerToken', status: 'approved' });
  });

  it('rejects wrong client credentials with 401 invalid_client', async () => {
    const res = await opsToken(sb().baseUrl, 'sandbox-ops-key', 'wrong');
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('<message>invalid_client</message>');
  });

  it('answers a missing, unknown or expired token with the recorded HTTP 400 invalid_access_token reply', async () => {
    for (const auth of [{}, { Authorization: 'Bearer forged' }] as Record<string, string>[]) {
      const res = await fetch(`${sb().baseUrl}/epo-ops/rest-services/family/publication/docdb/EP1000000A1`, { headers: auth });
      expect(res.status).toBe(400);
      expect(res.headers.get('www-authenticate')).toContain('invalid_token');
      expect((await bytesOf(res)).equals(fixtureBytes('epo-ops', 'error.400-invalid-access-token.xml'))).toBe(true);
    }
    advance(1200_000);
    expect((await rest('family/publication/docdb/EP1000000A1')).status).toBe(400);
  });
});

describe('OPS data services', () => {
  const cases: [string, string][] = [
    ['published-data/publication/docdb/EP.2400812.A1/biblio', 'biblio.docdb.EP2400812.A1.xml'],
    ['published-data/publication/epodoc/EP2400812/biblio', 'biblio.docdb.EP2400812.A1.xml'],
    ['published-data/publication/epodoc/EP1000000.A1/biblio', 'biblio.epodoc.EP1000000.A1.xml'],
    ['published-data/publication/docdb/JP2005533465.A/biblio', 'biblio.docdb.JP2005533465.A.xml'],
    ['published-data/publication/docdb/WO2009085664.A2/biblio', 'biblio.docdb.WO2009085664.A2.xml'],
    ['published-data/publication/epodoc/EP1000000.A1/abstract', 'abstract.epodoc.EP1000000.A1.xml'],
    ['published-data/publication/docdb/EP.2400812.A1/abstract', 'abstract.docdb.EP2400812.A1.xml'],
    ['published-data/publication/docdb/EP1000000.A1/claims', 'claims.docdb.EP1000000.A1.xml'],
    ['published-data/publication/docdb/EP.2400812.A1/claims', 'claims.docdb.EP2400812.A1.xml'],
    ['published-data/publication/docdb/EP1000000.A1/description', 'description.docdb.EP1000000.A1.xml'],
    ['published-data/publication/epodoc/EP1000000.A1/full-cycle', 'full-cycle.epodoc.EP1000000.A1.xml'],
    ['published-data/publication/docdb/EP.2400812.A1/fulltext', 'fulltext-inquiry.docdb.EP2400812.A1.xml'],
    ['published-data/publication/docdb/EP.2400812.A1/equivalents', 'equivalents.docdb.EP2400812.A1.xml'],
    ['family/publication/docdb/EP1000000A1', 'family.EP1000000A1.xml'],
    ['family/publication/docdb/WO2009085664.A2', 'family.WO2009085664.A2.xml'],
    ['family/publication/docdb/EP.2400812.A1', 'family.docdb.EP2400812.A1.xml'],
    ['family/publication/docdb/EP.2400812.A1/biblio', 'family.biblio.EP2400812.A1.xml'],
    ['family/publication/docdb/EP.2400812.A1/legal', 'family.legal.EP2400812.A1.xml'],
    ['legal/publication/docdb/EP1000000A1', 'legal.EP1000000A1.xml'],
    ['legal/publication/docdb/EP.2400812.A1', 'legal.docdb.EP2400812.A1.xml'],
    ['register/publication/epodoc/EP2400812/biblio', 'register.biblio.epodoc.EP2400812.xml'],
    ['register/publication/epodoc/EP2400812/events', 'register.events.epodoc.EP2400812.xml'],
    ['register/publication/epodoc/EP2400812/procedural-steps', 'register.procedural-steps.epodoc.EP2400812.xml'],
    ['register/publication/epodoc/EP2400812/upp', 'register.upp.epodoc.EP2400812.xml'],
    ['register/search?q=ti%3Dbattery&Range=1-5', 'register.search.ti-battery.range-1-5.xml'],
    ['published-data/search?Range=1-100&q=ti%3Dplastic', 'search.ti-plastic.range-1-100.xml'],
    ['published-data/search?Range=1-1&q=applicant%3D%22Tesla%22', 'search.applicant-tesla.range-1-1.xml'],
    ['published-data/search?q=ti%20%3D%20battery', 'search.ti-battery.range-1-5.xml'],
    ['published-data/search/biblio?q=pa%3DSiemens', 'search.biblio.pa-Siemens.range-1-3.xml'],
    ['number-service/application/original/JP.(2006-147056).A.20060526/docdb', 'number-service.application.original-to-docdb.JP.2006-147056.xml'],
    ['number-service/application/docdb/JP.2006147056.A.20060526/original', 'number-service.application.docdb-to-original.JP2006147056.xml'],
    ['number-service/application/docdb/MD.20050130.A.20050130/epodoc', 'number-service.application.docdb-to-epodoc.MD20050130.xml'],
    [`number-service/application/original/${encodeURIComponent('US.(08/921,321).A.19970829')}/epodoc`, 'number-service.application.original-to-epodoc.US08-921321.xml'],
    ['number-service/application/original/PCT/GB02/04635.20021011/docdb', 'number-service.application.original-to-docdb.PCT-GB02-04635.xml'],
    ['number-service/publication/docdb/EP.2400812.A1/epodoc', 'number-service.publication.docdb-to-epodoc.EP2400812A1.xml'],
    ['number-service/publication/docdb/EP.2400812.A1/original', 'number-service.publication.docdb-to-original.EP2400812A1.xml'],
    ['classification/cpc/H04W', 'classification-cpc.H04W.xml'],
    ['classification/cpc/H04W4/00', 'classification-cpc.H04W4-00.xml'],
    ['classification/map/cpc/H04W84/18/ecla', 'classification-cpc-mapping.cpc-to-ecla.H04W84-18.xml'],
    ['classification/cpc/search?q=H04W', 'classification-cpc-statistics.H04W.xml'],
  ];
  it.each(cases)('GET %s replays %s', async (path, file) => {
    const res = await rest(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml;charset=utf-8');
    expect((await bytesOf(res)).equals(fixtureBytes('epo-ops', file))).toBe(true);
  });

  it('serves the recorded thumbnail page as image/tiff', async () => {
    const res = await rest('published-data/images/EP/2400812/A1/thumbnail?Range=1');
    expect(res.headers.get('content-type')).toBe('image/tiff');
    expect((await bytesOf(res)).equals(fixtureBytes('epo-ops', 'image.EP2400812A1.thumbnail.page1.tiff'))).toBe(true);
  });

  it('answers unknown documents and zero-hit searches with 404 SERVER.EntityNotFound, unknown paths with CLIENT.NotFound', async () => {
    for (const path of ['published-data/publication/docdb/EP.1234567.A1/biblio', 'published-data/search?q=ti%3Dunobtainium', 'family/publication/docdb/EP.1000000.B1']) {
      const res = await rest(path);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('SERVER.EntityNotFound');
    }
    const odd = await rest('no-such-service/x');
    expect(odd.status).toBe(404);
    expect(await odd.text()).toContain('CLIENT.NotFound');
  });

  it('carries the recorded throttling header and byte counters that grow by each body', async () => {
    const a = await rest('published-data/publication/docdb/EP.2400812.A1/abstract');
    const b = await rest('family/publication/docdb/EP1000000A1');
    expect(a.headers.get('x-throttling-control')).toBe('idle (images=green:200, inpadoc=green:60, other=green:1000, retrieval=green:200, search=green:30)');
    expect(a.headers.get('access-control-allow-origin')).toBe('*');
    const usedA = Number(a.headers.get('x-registeredquotaperweek-used'));
    const usedB = Number(b.headers.get('x-registeredquotaperweek-used'));
    expect(usedB - usedA).toBe(fixtureBytes('epo-ops', 'family.EP1000000A1.xml').length);
    expect(Number(b.headers.get('x-individualquotaperhour-used'))).toBe(usedB);
  });
});

describe('OPS failure modes', () => {
  it('expired-token: the current token gets 400 invalid_access_token, a new token works', async () => {
    await arm(sb().baseUrl, 'epo-ops', 'expired-token');
    const stale = await rest('legal/publication/docdb/EP1000000A1');
    expect(stale.status).toBe(400);
    expect(await stale.text()).toContain('invalid_access_token');
    token = ((await (await opsToken(sb().baseUrl)).json()) as { access_token: string }).access_token;
    expect((await rest('legal/publication/docdb/EP1000000A1')).status).toBe(200);
  });

  it('quota: 403 with X-Rejection-Reason RegisteredQuotaPerWeek and the fair-use <error>', async () => {
    await arm(sb().baseUrl, 'epo-ops', 'quota', 1);
    const res = await rest('legal/publication/docdb/EP1000000A1');
    expect(res.status).toBe(403);
    expect(res.headers.get('x-rejection-reason')).toBe('RegisteredQuotaPerWeek');
    expect((await bytesOf(res)).equals(fixtureBytes('epo-ops', 'error.403-quota-exceeded.reconstructed.xml'))).toBe(true);
    expect((await rest('legal/publication/docdb/EP1000000A1')).status).toBe(200);
  });

  it('rate-limit: 403 with Retry-After (ms) and a black throttling state', async () => {
    await arm(sb().baseUrl, 'epo-ops', 'rate-limit', 1);
    const res = await rest('published-data/search?q=ti%3Dbattery');
    expect(res.status).toBe(403);
    expect(res.headers.get('retry-after')).toBe('60000');
    expect(res.headers.get('x-throttling-control')).toContain('search=black:0');
  });

  it('server-error: 500 with a <fault>; malformed: truncated XML', async () => {
    await arm(sb().baseUrl, 'epo-ops', 'server-error', 1);
    const res = await rest('legal/publication/docdb/EP1000000A1');
    expect(res.status).toBe(500);
    expect(await res.text()).toContain('<fault xmlns="http://ops.epo.org">');
    await arm(sb().baseUrl, 'epo-ops', 'malformed', 1);
    const bad = await rest('legal/publication/docdb/EP1000000A1');
    expect(bad.headers.get('content-type')).toBe('application/xml;charset=utf-8');
    const text = await bad.text();
    expect(text.length).toBeLessThan(fixtureBytes('epo-ops', 'legal.EP1000000A1.xml').length);
    expect(text.trimEnd().endsWith('</ops:world-patent-data>')).toBe(false);
  });
});
