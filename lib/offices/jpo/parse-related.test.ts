import { describe, expect, it } from 'vitest';
import { parseDivisionalAppInfo, parsePriorityRightAppInfo } from './parse-related';
import { FETCHED, fixtureJson } from './test-fixtures';

describe('priority_right_app_info / divisional_app_info', () => {
  it('reads the recorded domestic priority claim', () => {
    const related = parsePriorityRightAppInfo(fixtureJson('priority_right_app_info.2020123456.json'), FETCHED);
    expect(related).toEqual([
      {
        relation: 'priority',
        ref: { raw: '特願2019-210418', country: 'JP', type: 'application', docdb: 'JP.2019210418.A', epodoc: 'JP20190210418' },
        date: '2019-11-21',
        source: { office: 'jpo', endpoint: 'priority_right_app_info', fetchedAt: FETCHED.fetchedAt },
      },
    ]);
  });

  it('reads the recorded divisional reply of a case without parent or children as empty', () => {
    expect(parseDivisionalAppInfo(fixtureJson('divisional_app_info.2020123456.json'), FETCHED)).toEqual([]);
  });

  it('reads parent and divisional applications (reconstructed reply, fixtures/SOURCES.md)', () => {
    const related = parseDivisionalAppInfo(fixtureJson('divisional_app_info.2007035937.reconstructed.json'), FETCHED);
    expect(related.map((r) => [r.relation, r.ref.docdb, r.date])).toEqual([
      ['parent', 'JP.2000009310.A', '2000-01-18'],
      ['divisional', 'JP.2000009310.A', undefined],
      ['divisional', 'JP.2009123456.A', undefined],
    ]);
    expect(related[0]?.source.endpoint).toBe('divisional_app_info');
  });

  it('keeps a Paris priority in the printed form with its country', () => {
    const body = { result: { statusCode: '100', errorMessage: '', remainAccessCount: '1', data: { priorityRightInformation: [{ parisPriorityApplicationNumber: '16/123,456', parisPriorityDate: '20181201', parisPriorityCountryCd: 'US' }] } } };
    expect(parsePriorityRightAppInfo(body, FETCHED)[0]).toMatchObject({ relation: 'priority', ref: { raw: '16/123,456', country: 'US', docdb: null }, date: '2018-12-01' });
  });
});
