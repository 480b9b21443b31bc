import { describe, expect, it } from 'vitest';
import { parseRegister, parseRegisterSearch } from './parse-register';
import { FETCHED, fixtureText } from './test-fixtures';

const STATUSES = [
  { code: '7', text: 'No opposition filed within time limit', date: '2020-10-02' },
  { code: '8', text: 'The patent has been granted', date: '2019-10-25' },
  { code: '12', text: 'Grant of patent is intended', date: '2019-06-26' },
  { code: '14', text: 'Examination is in progress', date: '2017-02-03' },
];

describe('EP Register', () => {
  it('biblio: statuses, current applicant, grant, designated and lapsed states', () => {
    const [r] = parseRegister(fixtureText('register.biblio.epodoc.EP2400812.xml'), FETCHED, 'register-biblio');
    expect(r!.statuses).toEqual(STATUSES);
    expect(r!.biblio?.title).toBe('BLUETOOTH NETWORKING');
    expect(r!.biblio?.parties.filter((p) => p.role === 'applicant')).toEqual([{ name: '9Solutions Oy', role: 'applicant', country: 'FI' }]);
    expect(r!.biblio?.parties.find((p) => p.role === 'agent')?.name).toBe('Kolster Oy Ab');
    expect(r!.biblio?.dates).toEqual({ filing: '2010-06-24', publication: '2011-12-28', grant: '2019-11-27' });
    expect(r!.biblio?.numbers?.map((n) => n.ref.docdb)).toEqual(['EP.10167109.A', 'EP.2400812.B1']);
    expect(r!.designatedStates).toContain('DE');
    expect(r!.designatedStates).toHaveLength(37); // AL … TR in the newest designation block (region EP excluded)
    expect(r!.lapsedIn).toHaveLength(33); // newest term-of-grant block (2022-07-08)
    expect(r!.lapsedIn[0]).toEqual({ country: 'HU', date: '2010-06-24' });
    expect(r!.source.endpoint).toBe('register-biblio');
  });

  it('events: 55 dossier events, newest first', () => {
    const [r] = parseRegister(fixtureText('register.events.epodoc.EP2400812.xml'), FETCHED, 'register-events');
    expect(r!.events).toHaveLength(55);
    expect(r!.events[0]).toMatchObject({ date: '2022-07-08', code: '0009250', description: 'Lapse of the patent in a contracting state', country: 'EP' });
    expect(r!.statuses[0]?.text).toBe('No opposition filed within time limit');
  });

  it('procedural steps: 19 steps, renewal fees with their year', () => {
    const [r] = parseRegister(fixtureText('register.procedural-steps.epodoc.EP2400812.xml'), FETCHED, 'register-procedural-steps');
    expect(r!.steps).toHaveLength(19);
    expect(r!.steps[0]).toEqual({ code: 'RFEE', description: 'Renewal fee payment', date: '2012-06-20', details: { YEAR: '03' } });
    expect(r!.steps.filter((s) => s.code === 'RFEE').length).toBeGreaterThan(5);
  });

  it('UPP (unitary patent) reply reads like biblio', () => {
    const [r] = parseRegister(fixtureText('register.upp.epodoc.EP2400812.xml'), FETCHED, 'register-upp');
    expect(r!.statuses).toEqual(STATUSES);
    expect(r!.biblio?.ref.docdb).toBe('EP.2400812.A1');
  });

  it('search: 10000 hits, 5 records with titles and no placeholder statuses', () => {
    const s = parseRegisterSearch(fixtureText('register.search.ti-battery.range-1-5.xml'), FETCHED);
    expect(s.total).toBe(10000);
    expect(s.records).toHaveLength(5);
    expect(s.records[0]?.biblio?.ref.docdb).toBe('EP.4636834');
    expect(s.records[2]?.biblio?.title).toBe('BATTERY PACK');
    expect(s.records.every((r) => r.statuses.length === 0)).toBe(true);
  });
});
