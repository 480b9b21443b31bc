import { describe, expect, it } from 'vitest';
import { parseFamily } from './parse-family';
import { FETCHED, SOURCE, fixtureText } from './test-fixtures';

describe('INPADOC family', () => {
  it('EP2400812: 5 members (EP A1, EP B1, CA, US …) in family 43088294', () => {
    const f = parseFamily(fixtureText('family.docdb.EP2400812.A1.xml'), FETCHED);
    expect(f.total).toBe(5);
    expect(f.family.kind).toBe('inpadoc');
    expect(f.family.familyId).toBe('43088294');
    expect(f.family.members.map((m) => m.ref.docdb)).toEqual(expect.arrayContaining(['EP.2400812.A1', 'EP.2400812.B1', 'CA.2744162.A1', 'US.2012057518.A1']));
    expect(f.family.members[0]).toEqual({
      ref: { raw: 'EP2400812A1', country: 'EP', type: 'publication', docdb: 'EP.2400812.A1', epodoc: 'EP2400812' },
      application: { raw: 'EP10167109A', country: 'EP', type: 'application', docdb: 'EP.10167109.A', epodoc: null },
      dates: { filing: '2010-06-24', publication: '2011-12-28', priority: '2010-06-24' },
      familyId: '43088294',
    });
    expect(f.family.members[1]).toMatchObject({ ref: { type: 'grant', docdb: 'EP.2400812.B1' }, dates: { grant: '2019-11-27' } });
    expect(f.family.source).toEqual(SOURCE('family'));
    expect(f.biblios).toEqual([]);
    expect(f.legal).toEqual([]);
  });

  it('EP1000000: 6 members', () => {
    const f = parseFamily(fixtureText('family.EP1000000A1.xml'), FETCHED);
    expect(f.total).toBe(6);
    expect(f.family.members).toHaveLength(6);
    expect(f.family.familyId).toBe('19768124');
  });

  it('WO2009085664: 20 members, PCT application typed WO', () => {
    const f = parseFamily(fixtureText('family.WO2009085664.A2.xml'), FETCHED);
    expect(f.total).toBe(20);
    expect(f.family.members).toHaveLength(20);
    expect(f.family.members[0]?.application).toMatchObject({ country: 'WO', docdb: 'US.2008086599.W' });
    expect(f.family.members[0]?.dates.priority).toBe('2007-12-27');
  });

  it('with biblio: one bibliographic record per member', () => {
    const f = parseFamily(fixtureText('family.biblio.EP2400812.A1.xml'), FETCHED, { endpoint: 'family-biblio' });
    expect(f.biblios).toHaveLength(5);
    expect(f.biblios[0]?.title).toBe('BLUETOOTH NETWORKING');
    expect(f.biblios.map((b) => b.ref.country)).toEqual(expect.arrayContaining(['EP', 'CA', 'US']));
    expect(f.biblios[0]?.source.endpoint).toBe('family-biblio');
  });

  it('with legal: 75 events across EP, CA and US members', () => {
    const f = parseFamily(fixtureText('family.legal.EP2400812.A1.xml'), FETCHED, { endpoint: 'family-legal' });
    expect(f.legal).toHaveLength(75);
    expect(new Set(f.legal.map((e) => e.country))).toEqual(new Set(['EP', 'CA', 'US']));
    expect(f.legal.find((e) => e.code === 'STCF')).toMatchObject({ country: 'US', date: '2017-04-19', officeText: 'INFORMATION ON STATUS: PATENT GRANT — PATENTED CASE' });
  });

  it('a reply without patent-family is a BadResponse', () => {
    expect(() => parseFamily(fixtureText('biblio.docdb.EP2400812.A1.xml'), FETCHED)).toThrow(/no patent-family/);
  });
});
