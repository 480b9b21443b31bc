import { describe, expect, it } from 'vitest';
import { opsClientCredentials } from './auth';
import { opsEndpoints } from './endpoints';
import { fixtureJson } from './test-fixtures';

const recorded = (file: string) => (fixtureJson(file) as { request: { method: string; uri: string } }).request;
/** Recorded data calls used http:// (SOURCES.md); the base is https://ops.epo.org/3.2. */
const uri = (path: string) => `http://ops.epo.org/3.2${path}`;

describe('OPS URL builders reproduce the recorded request lines', () => {
  it('family (docdb input without dots, as recorded)', () => {
    expect(uri(opsEndpoints.family('publication', 'docdb', 'EP1000000A1').path)).toBe(recorded('headers.family.EP1000000A1.json').uri);
  });

  it('number-service with an original input in brackets', () => {
    expect(uri(opsEndpoints.numberService('application', 'original', 'JP.(2006-147056).A.20060526', 'docdb').path)).toBe(recorded('headers.number-service.json').uri);
  });

  it('the token request', () => {
    const r = recorded('headers.auth.accesstoken.json') as { method: string; uri: string; body?: string; content_type?: string };
    const req = opsClientCredentials('k', 's');
    expect(`${req.method} https://ops.epo.org/3.2${req.path}`).toBe(`${r.method} ${r.uri}`);
    expect(req.body).toBe(r.body);
    expect(req.headers?.['Content-Type']).toBe(r.content_type);
  });

  it('the other services', () => {
    expect(opsEndpoints.published('biblio', 'publication', 'docdb', 'EP.2400812.A1').path).toBe('/rest-services/published-data/publication/docdb/EP.2400812.A1/biblio');
    expect(opsEndpoints.legal('publication', 'docdb', 'EP1000000A1').path).toBe('/rest-services/legal/publication/docdb/EP1000000A1');
    expect(opsEndpoints.family('publication', 'docdb', 'EP.2400812.A1', 'biblio')).toMatchObject({ endpoint: 'family-biblio', path: '/rest-services/family/publication/docdb/EP.2400812.A1/biblio' });
    expect(opsEndpoints.register('procedural-steps', 'publication', 'EP2400812').path).toBe('/rest-services/register/publication/epodoc/EP2400812/procedural-steps');
    expect(opsEndpoints.search('pa=Siemens', '1-3', true)).toMatchObject({ path: '/rest-services/published-data/search/biblio', query: { q: 'pa=Siemens', Range: '1-3' } });
    expect(opsEndpoints.cpc('H04W4/00').path).toBe('/rest-services/classification/cpc/H04W4/00');
    expect(opsEndpoints.cpcMapping('H04W84/18', 'cpc', 'ecla').path).toBe('/rest-services/classification/map/cpc/H04W84/18/ecla');
    expect(opsEndpoints.numberService('application', 'original', 'US.(08/921,321).A.19970829', 'epodoc').path).toBe('/rest-services/number-service/application/original/US.(08/921%2C321).A.19970829/epodoc');
  });
});
