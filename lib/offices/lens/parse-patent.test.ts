import { describe, expect, it } from 'vitest';
import { classifyLensReply, lensQuotaSignals } from './errors';
import { parseLensSearch, refOfDocumentId } from './parse-patent';
import { FETCHED, fixtureJson } from './test-fixtures';

const SAMPLE = 'search.lens_id-031-156-664-516-153.docs-sample.json';

describe('Lens record (documentation sample: EP 2471949 A1)', () => {
  const r = parseLensSearch(fixtureJson(SAMPLE), FETCHED);
  it('biblio: English title, parties, dates, application, CPC and IPC', () => {
    expect(r.lensId).toBe('031-156-664-516-153');
    expect(r.biblio.ref).toMatchObject({ country: 'EP', type: 'publication', docdb: 'EP.2471949.A1' });
    expect(r.biblio.title).toMatch(/^Method for the identification by molecular techniques/);
    expect(r.biblio.titles?.de).toMatch(/^Verfahren/);
    expect(r.biblio.parties).toEqual(expect.arrayContaining([{ name: 'PROGENIKA BIOPHARMA SA', role: 'applicant', country: 'ES' }, { name: 'OCHOA JORGE', role: 'inventor', country: 'ES' }]));
    expect(r.biblio.dates).toEqual({ filing: '2010-12-31', publication: '2012-07-04', grant: '2013-12-25', priority: '2010-12-31' });
    expect(r.biblio.classifications).toEqual(expect.arrayContaining([{ scheme: 'CPC', symbol: 'C12Q1/6881' }, { scheme: 'IPC', symbol: 'C12Q1/68' }]));
    expect(r.biblio.classifications?.filter((c) => c.symbol === 'C12Q1/6881')).toHaveLength(1);
  });
  it('family: the extended family, members of the simple family marked with its id; US members in DOCDB form', () => {
    expect(r.family?.kind).toBe('inpadoc');
    expect(r.family?.members.map((m) => m.ref.docdb)).toEqual(expect.arrayContaining(['EP.2471949.B1', 'US.2012172239.A1', 'ES.2445709.T3']));
    expect(r.family?.members.filter((m) => m.familyId === '212482337')).toHaveLength(5);
  });
  it('legal status in plain words, with the anticipated term', () => {
    expect(r.status).toMatchObject({ state: 'granted', since: '2013-12-25' });
    expect(r.status?.officeDetail).toContain('anticipated term 2030-12-31');
  });
  it('citations with category and phase; citing documents', () => {
    expect(r.citations[0]).toMatchObject({ ref: { docdb: 'WO.2006075254.A2' }, category: 'X', citedBy: 'search-report' });
    expect(r.citations.some((c) => c.text?.startsWith('AVENT N D ET AL'))).toBe(true);
    expect(r.citedBy.length).toBeGreaterThan(2);
  });
  it('document ids of other offices read as the engine reads them', () => {
    expect(refOfDocumentId({ jurisdiction: 'US', doc_number: '9359643', kind: 'B2' })).toMatchObject({ type: 'grant', docdb: 'US.9359643.B2' });
  });
});

describe('Lens errors and headers', () => {
  const res = (status: number, headers: Record<string, string>, body: unknown = {}) => ({ status, headers, body, fetchedAt: '', fromCache: false, stale: false });
  const req = { endpoint: 'patent/search', path: '/patent/search', responseType: 'json' as const };
  it('429 per minute is a wait; the recorded monthly limit is a quota with its reset date', () => {
    expect(classifyLensReply(res(429, { 'x-rate-limit-retry-after-seconds': '5' }), req)).toMatchObject({ kind: 'rate-limit', retryAfterSeconds: 5 });
    const recorded = (fixtureJson('headers.rate-limited.issue13.transcribed.json') as Record<string, string>);
    const lower = Object.fromEntries(Object.entries(recorded).map(([k, v]) => [k.toLowerCase(), v]));
    expect(classifyLensReply(res(429, lower, { message: 'Monthly request limit exceeded' }), req)).toMatchObject({ kind: 'quota', resetsAt: '2019-10-12T00:27:49.018Z' });
  });
  it('401 token, 404 no record, 415 format', () => {
    expect(classifyLensReply(res(401, {}), req)?.kind).toBe('auth');
    expect(classifyLensReply(res(404, {}), req)?.kind).toBe('not-found');
    expect(classifyLensReply(res(415, {}, { message: 'Content-Type must be application/json' }), req)?.kind).toBe('bad-response');
  });
  it('the limits left, in words for the popup', () => {
    expect(lensQuotaSignals(res(200, { 'x-rate-limit-remaining-request-per-minute': '9', 'x-rate-limit-remaining-request-per-month': '990' }))).toEqual({ throttle: '9 requests left this minute, 990 requests left this month' });
  });
});
