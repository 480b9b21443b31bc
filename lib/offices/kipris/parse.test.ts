import { describe, expect, it } from 'vitest';
import { fixtureText } from './test-fixtures';
import { classifyKiprisReply, resultOf } from './errors';
import { parseKiprisBibliography } from './parse-bibliography';
import { parseKiprisSearch } from './parse-search';
import { kiprisApplicationNumber, krApplicationRef } from './numbers';
import { AuthError, BadResponse, NotFound, QuotaExceeded } from '../../transport/errors';
import type { OfficeResponse } from '../provider';

const info = { fetchedAt: '2026-12-02T00:00:00.000Z', fromCache: false, stale: false };
const reply = (body: string, status = 200): OfficeResponse => ({ status, headers: {}, body, fetchedAt: info.fetchedAt, fromCache: false, stale: false });

describe('KIPRIS bibliography (recorded reply, biblioSummaryInfo nil)', () => {
  const c = parseKiprisBibliography(fixtureText('bibliography.1020190100885.xml'), info, '1020190100885');

  it('says the summary is missing, and keeps everything else', () => {
    expect(c.summaryMissing).toBe(true);
    expect(c.biblio.ref).toEqual({ raw: '10-2019-0100885', country: 'KR', type: 'application', docdb: 'KR.20190100885.A', epodoc: 'KR20190100885' });
    expect(c.biblio.title).toBe('');
    expect(c.biblio.classifications?.map((x) => x.symbol)).toEqual(['G06F 3/01', 'G02B 27/01', 'G06F 3/0481', 'G06T 13/80', 'A61B 5/0476', 'A61B 5/0402', 'A61B 5/024', 'G08B 21/02', 'G06Q 50/10']);
    expect(c.biblio.parties).toEqual([
      { name: '장준석', role: 'applicant', code: '419987090404', country: '대한민국' },
      { name: '장준석', role: 'inventor', code: '419987090404', country: '대한민국' },
      { name: '도진봉', role: 'agent', code: '920060009331', country: '대한민국' },
    ]);
    expect(c.biblio.abstract).toMatch(/^사용자의 상태를 보여주는 가상현실 헤드 마운트 디스플레이/);
    expect(c.family?.members.map((m) => m.ref.docdb)).toEqual(['KR.20190100885.A', 'KR.20180014945.A']);
    expect(c.texts.filter((t) => t.part === 'claim').map((t) => t.index)).toEqual([1, 2, 3]);
  });

  it('reads the legal-status history as events, and the status from it (refused, then re-examination: pending)', () => {
    expect(c.events).toHaveLength(8);
    expect(c.events[0]).toMatchObject({ date: '2019-08-19', code: '1-1-2019-0845145-12', officeText: '[분할출원]특허출원서' });
    expect(c.events[0]!.description).toBe('[Divisional Application] Patent Application — 수리 (Accepted)');
    expect(c.events.find((e) => e.date === '2020-06-01')?.description).toMatch(/^Decision to Refuse a Patent/);
    expect(c.status).toMatchObject({ state: 'pending', officeDetail: '[명세서등 보정]보정서(재심사) 2020-07-01', since: '2020-07-01' });
  });
});

describe('KIPRIS bibliography with its summary (reconstructed)', () => {
  it('has the title in Korean, and the filing date from the summary', () => {
    const c = parseKiprisBibliography(fixtureText('bibliography.1020190100885.summary.reconstructed.xml'), info, '1020190100885');
    expect(c.summaryMissing).toBe(false);
    expect(c.biblio.title).toBe('사용자의 상태를 보여주는 가상현실 헤드 마운트 디스플레이 및 이를 이용한 사용자 상태 표시 방법 및 콘텐츠 관리 방법');
    expect(c.biblio.titles).toEqual({ ko: c.biblio.title });
    expect(c.biblio.dates.filing).toBe('2019-08-19');
  });
});

describe('KIPRIS search and numbers', () => {
  it('reads a search page as KR application references with titles', () => {
    const page = parseKiprisSearch(fixtureText('search.getAdvancedSearch.word-head-mounted-display.reconstructed.xml'));
    expect(page).toMatchObject({ total: 1, hits: [{ ref: { docdb: 'KR.20190100885.A' } }] });
    expect(page.hits[0]!.title).toMatch(/가상현실/);
  });

  it('asks by the 13-digit application number; utility models keep right code 20', () => {
    expect(kiprisApplicationNumber({ country: 'KR', type: 'application', number: '20190100885', kind: null, rightCode: '10', docdb: 'KR.20190100885.A', epodoc: 'KR20190100885' })).toBe('1020190100885');
    expect(kiprisApplicationNumber({ country: 'KR', type: 'application', number: '20040020989', kind: null, docdb: 'KR.20040020989.U', epodoc: 'KR20040020989' })).toBe('2020040020989');
    expect(kiprisApplicationNumber({ country: 'KR', type: 'grant', number: '101234567', kind: null, docdb: 'KR.101234567', epodoc: 'KR101234567' })).toBeNull();
    expect(krApplicationRef('2020040020989')).toMatchObject({ raw: '20-2004-0020989', docdb: 'KR.20040020989.U' });
  });
});

describe('KIPRIS result codes (HTTP 200 errors)', () => {
  it('maps each code to its error kind, with KIPRIS\u2019s words beside ours', () => {
    expect(classifyKiprisReply(reply(fixtureText('bibliography.1020190100885.xml')))).toBeUndefined();
    expect(classifyKiprisReply(reply(fixtureText('search.empty-result.trademarkInfo.openapi-rest.xml')))).toBeUndefined();
    const bad = classifyKiprisReply(reply(fixtureText('error.30-invalid-accesskey.trademarkDesignationGoodstInfo.xml')));
    expect(bad).toBeInstanceOf(AuthError);
    expect(bad!.message).toContain('“Invalid AccessKey Error”');
    expect(classifyKiprisReply(reply(fixtureText('error.10-invalid-parameter.test-fixture.xml')))).toBeInstanceOf(BadResponse);
    const envelope = (code: string) => reply(`<response><header><resultCode>${code}</resultCode><resultMsg>m</resultMsg></header></response>`);
    expect(classifyKiprisReply(envelope('20'))).toBeInstanceOf(NotFound);
    expect(classifyKiprisReply(envelope('31'))!.message).toMatch(/expired/);
    expect(classifyKiprisReply(envelope('101'))!.message).toMatch(/not subscribed/);
    const quota = classifyKiprisReply(envelope('22'), Date.parse('2026-12-02T00:00:00Z')) as QuotaExceeded;
    expect(quota).toBeInstanceOf(QuotaExceeded);
    expect(quota.resetsAt).toBe('2026-12-31T15:00:00.000Z');
    expect(classifyKiprisReply(reply('<html>busy</html>'))).toBeInstanceOf(BadResponse);
    expect(classifyKiprisReply(reply('', 503))).toBeUndefined();
    expect(resultOf('<response><header><resultCode></resultCode></header></response>')).toEqual({ code: '', message: '' });
  });

  it('a truncated reply is a BadResponse, not a crash', () => {
    const full = fixtureText('bibliography.1020190100885.xml');
    for (const cut of [10, 200, 2000]) {
      expect(() => parseKiprisBibliography(full.slice(0, cut), info, '1020190100885')).toThrow(BadResponse);
    }
  });
});

describe('KIPRIS DOCDB family', () => {
  it('reads members with their applications and dates; an empty reply is no family', async () => {
    const { parseKiprisFamily } = await import('./parse-family');
    const source = { office: 'kipris' as const, endpoint: 'getAppNoPatFamInfoSearch', fetchedAt: info.fetchedAt };
    const f = parseKiprisFamily(fixtureText('family.getAppNoPatFamInfoSearch.1020050082226.reconstructed.xml'), source)!;
    expect(f.members.map((m) => [m.ref.country, m.ref.docdb, m.dates.filing])).toEqual([['KR', 'KR.100724977', '2005-09-16'], ['CN', 'CN.1749772', '2005-10-10']]);
    expect(parseKiprisFamily(fixtureText('search.empty-result.trademarkInfo.openapi-rest.xml'), source)).toBeNull();
  });
});
