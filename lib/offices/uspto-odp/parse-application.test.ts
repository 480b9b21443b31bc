import { describe, expect, it } from 'vitest';
import { parseOdpApplication, searchHits } from './parse-application';
import { parseOdpDocuments } from './parse-documents';
import { stateOfOdpStatus } from './status';
import { FETCHED, fixtureJson } from './test-fixtures';

describe('ODP file wrapper, 2025 production shape (14412875, patent 10765880)', () => {
  const c = parseOdpApplication(fixtureJson('search.post.json'), FETCHED);
  it('biblio: title, applicant, inventor, dates, publication and patent numbers, CPC and USPC', () => {
    expect(c.applicationNumber).toBe('14412875');
    expect(c.biblio.ref).toMatchObject({ raw: '14/412,875', docdb: 'US.201514412875.A' });
    expect(c.biblio.title).toMatch(/^Device For Repetitive Nerve Stimulation/);
    expect(c.biblio.parties).toEqual(expect.arrayContaining([{ name: 'BTL Medical Technologies S.R.O.', role: 'applicant' }, { name: 'Tobias Sokolowski', role: 'inventor' }]));
    expect(c.biblio.dates).toEqual({ filing: '2015-01-05', publication: '2015-06-11', grant: '2020-09-08', priority: '2012-07-05' });
    expect(c.biblio.numbers).toEqual([
      { type: 'publication', ref: { raw: 'US20150157873A1', country: 'US', type: 'publication', docdb: 'US.2015157873.A1', epodoc: 'US2015157873' } },
      { type: 'grant', ref: { raw: '10765880', country: 'US', type: 'grant', docdb: 'US.10765880', epodoc: 'US10765880' } },
    ]);
    expect(c.biblio.classifications?.find((x) => x.scheme === 'USPC')?.symbol).toBe('600/14');
    expect(c.biblio.classifications?.some((x) => x.scheme === 'CPC')).toBe(true);
  });
  it('status in plain words with the office words beside; continuity; foreign priority; events; PTA', () => {
    expect(c.status).toMatchObject({ state: 'granted', officeDetail: 'Patented Case (status 150)', since: '2020-08-19' });
    expect(c.related).toEqual(expect.arrayContaining([
      expect.objectContaining({ relation: 'pct', ref: expect.objectContaining({ raw: 'PCT/IB2013/001896', country: 'WO' }), date: '2013-07-02' }),
      expect.objectContaining({ relation: 'priority', ref: expect.objectContaining({ country: 'DE', raw: 'GERMANY 10 2012 013 534.3' }), date: '2012-07-05' }),
    ]));
    expect(c.events[0]).toMatchObject({ date: '2023-12-04', code: 'M1551', description: 'Payment of Maintenance Fee, 4th Year, Large Entity' });
    expect(c.events.length).toBeGreaterThan(20);
    expect(c.termAdjustmentDays).toBe(4);
  });
});

describe('ODP file wrapper, 2024 beta shape (16123456)', () => {
  const c = parseOdpApplication(fixtureJson('applications.16123456.beta-2024.json'), FETCHED);
  it('reads the flat record the same way', () => {
    expect(c.biblio.title).toMatch(/^LEARNING ASSISTANCE DEVICE/);
    expect(c.biblio.dates).toMatchObject({ filing: '2018-09-06', publication: '2019-03-28', grant: '2021-01-26' });
    expect(c.biblio.numbers?.map((n) => n.ref.docdb)).toEqual(['US.2019095759.A1', 'US.10902286']);
    expect(c.status.state).toBe('granted');
    // The assignee of record is the applicant already: named once.
    expect(c.biblio.parties.filter((p) => /fujifilm/i.test(p.name))).toHaveLength(1);
    expect(c.assignments[0]).toMatchObject({ recorded: '2018-09-07', assignees: ['FUJIFILM CORPORATION'], assignors: ['KANADA, SHOJI'] });
    expect(c.related.some((r) => r.relation === 'priority' && r.ref.country === 'JP')).toBe(true);
  });

  it('continuity in the beta shape: a divisional child; a PCT claiming a provisional', () => {
    expect(c.related.filter((r) => r.relation !== 'priority').map((r) => `${r.relation} ${r.ref.raw} ${r.date}`)).toEqual(['divisional 17/130,468 2020-12-22']);
    const pct = parseOdpApplication(fixtureJson('applications.PCT-US07-19317.beta-2024.json'), FETCHED);
    expect(pct.related[0]).toMatchObject({ relation: 'priority', ref: { raw: '60/842,609' }, date: '2006-09-05' });
  });
});

describe('ODP search and documents', () => {
  it('search hits give the application numbers (both shapes)', () => {
    expect(searchHits(fixtureJson('search.post.fields-applicationNumberText.beta-2024.json'))).toEqual(['16123456']);
    expect(searchHits(fixtureJson('search.post.json'))).toEqual(['14412875']);
  });
  it('documents: office actions first, each with its PDF path', () => {
    const docs = parseOdpDocuments(fixtureJson('documents.15123456.beta-2024.json'), FETCHED);
    expect(docs.length).toBeGreaterThan(5);
    expect(docs[0]?.kind).toBe('refusal-reason');
    expect(docs[0]?.pdfPath).toMatch(/^\/api\/v1\/download\/applications\/15123456\/.+\.pdf$/);
  });
  it('status codes and words', () => {
    expect(stateOfOdpStatus('161', 'Abandoned -- Failure to Respond to an Office Action')).toBe('abandoned');
    expect(stateOfOdpStatus('999', 'Non Final Action Mailed')).toBe('pending-examination');
    expect(stateOfOdpStatus('', 'Docketed New Case - Ready for Examination')).toBe('pending');
  });
});
