import { describe, expect, it } from 'vitest';
import { parseCpc, parseCpcMapping, parseCpcStatistics } from './parse-classification';
import { parseSearch } from './parse-search';
import { FETCHED, fixtureText } from './test-fixtures';

describe('CPC classification', () => {
  it('H04W: subclass title without the explanation, notes kept', () => {
    const c = parseCpc(fixtureText('classification-cpc.H04W.xml'), FETCHED);
    expect(c.exportDate).toBe('2025-08-01');
    expect(c.items[0]).toMatchObject({ symbol: 'H04W', title: 'WIRELESS COMMUNICATION NETWORKS', level: 5 });
    expect(c.items[0]?.notes[0]).toContain('communication networks for selectively establishing');
  });

  it('H04W4/00: two title parts joined, IPC concordance', () => {
    const c = parseCpc(fixtureText('classification-cpc.H04W4-00.xml'), FETCHED);
    expect(c.items).toEqual([
      {
        symbol: 'H04W4/00',
        title: 'Services specially adapted for wireless communication networks; Facilities therefor',
        level: 7,
        ipcConcordant: 'H04W4/00',
        notes: [
          'This group covers mobile application services or application service signalling for communication over wireless networks.',
          'This group focuses on application services specially adapted for wireless networks or adjusted to the wireless environment.',
        ],
        children: [],
      },
    ]);
    expect(c.source.endpoint).toBe('classification');
  });

  it('the multiple-class reply that holds only a stylesheet is a BadResponse', () => {
    expect(() => parseCpc(fixtureText('classification-cpc.multiple.H04W-G06F-A01B.stylesheet-only.xml'), FETCHED)).toThrow(/no XML element|class-scheme/);
  });

  it('mapping H04W84/18 CPC → IPC', () => {
    expect(parseCpcMapping(fixtureText('classification-cpc-mapping.cpc-to-ecla.H04W84-18.xml'), FETCHED)).toMatchObject({
      input: 'CPC',
      output: 'IPC',
      pairs: [{ from: 'H04W84/18', to: 'H04W84/18', additionalOnly: true }],
    });
  });

  it('statistics for H04W: 10 groups with shares', () => {
    const s = parseCpcStatistics(fixtureText('classification-cpc-statistics.H04W.xml'), FETCHED);
    expect(s.total).toBe(10);
    expect(s.results[0]).toEqual({ symbol: 'H04W72/00', percentage: 9.770115, title: 'Local resource management' });
    expect(s.results).toHaveLength(10);
  });
});

describe('CQL search', () => {
  it('ti=battery 1-5: 10000 hits, five references with family ids', () => {
    const s = parseSearch(fixtureText('search.ti-battery.range-1-5.xml'), FETCHED);
    expect(s).toMatchObject({ query: 'ti = battery', total: 10000, range: { begin: 1, end: 5 } });
    expect(s.hits.map((h) => h.ref.docdb)).toEqual(['HR.P20251003.T1', 'AU.2025202342.A1', 'AU.2024264446.A1', 'AU.2023437683.A1', 'ES.3039456.T3']);
    expect(s.hits[0]?.familyId).toBe('77199274');
  });

  it('applicant=Tesla 1-1 and ti=plastic 1-100', () => {
    const t = parseSearch(fixtureText('search.applicant-tesla.range-1-1.xml'), FETCHED);
    expect(t.total).toBe(4495);
    expect(t.hits[0]?.ref.docdb).toBe('US.2024163973.A1');
    const p = parseSearch(fixtureText('search.ti-plastic.range-1-100.xml'), FETCHED);
    expect(p.hits).toHaveLength(100);
    expect(p.range).toEqual({ begin: 1, end: 100 });
  });

  it('pa=Siemens with biblio: three hits with bibliographic data', () => {
    const s = parseSearch(fixtureText('search.biblio.pa-Siemens.range-1-3.xml'), FETCHED);
    expect(s.hits.map((h) => h.ref.docdb)).toEqual(['AU.2024270787.A1', 'AU.2024265697.A1', 'DK.3740998.T3']);
    expect(s.hits[0]?.biblio?.title).toBe('MONITORING THE OPERATION OF A WIND TURBINE');
    expect(s.hits[0]?.biblio?.parties[0]?.name).toBe('SIEMENS GAMESA RENEWABLE ENERGY AS');
  });
});
