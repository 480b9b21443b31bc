import { describe, expect, it } from 'vitest';
import { statusWords } from '../../model/status-words';
import { parseFamily } from './parse-family';
import { parseLegalCase } from './parse-legal';
import { parseRegister } from './parse-register';
import { applyTerm, stateFromText, statusFromLegal, statusFromRegister } from './status';
import { FETCHED, SOURCE, fixtureText } from './test-fixtures';

describe('OPS plain-words status', () => {
  it('EP Register: "No opposition filed within time limit" → Granted, with the register words beside it', () => {
    const [r] = parseRegister(fixtureText('register.biblio.epodoc.EP2400812.xml'), FETCHED, 'register-biblio');
    const s = statusFromRegister(r!.statuses, r!.source);
    expect(s).toEqual({ state: 'granted', officeDetail: 'No opposition filed within time limit', since: '2020-10-02', source: SOURCE('register-biblio') });
    // With the B1 publication date the grant dates from 2019-11-27; the no-opposition words keep their own date.
    expect(statusFromRegister(r!.statuses, r!.source, r!.biblio?.dates.grant)).toMatchObject({ since: '2019-11-27', officeSince: '2020-10-02' });
    expect(statusWords(s.state)).toBe('Granted');
    expect(applyTerm(s, '2010-06-24', new Date('2026-11-25T00:00:00Z')).state).toBe('granted');
    expect(applyTerm(s, '2010-06-24', new Date('2030-06-25T00:00:00Z'))).toMatchObject({ state: 'expired', since: '2030-06-24' });
  });

  it('INPADOC legal: the STAA status text decides (EP2400812 granted; EP1000000 expired after 20 years)', () => {
    const ep24 = parseLegalCase(fixtureText('legal.docdb.EP2400812.A1.xml'), FETCHED);
    const granted = statusFromLegal(ep24.events, SOURCE('legal'), 'A1');
    expect(granted).toMatchObject({ state: 'granted', officeDetail: 'STAA: NO OPPOSITION FILED WITHIN TIME LIMIT', officeSince: '2020-10-02' });
    expect(granted.since).toBeUndefined();              // the no-opposition date is not the grant date
    const ep10 = parseLegalCase(fixtureText('legal.EP1000000A1.xml'), FETCHED);
    const s = applyTerm(statusFromLegal(ep10.events, SOURCE('legal'), 'A1'), ep10.filingDate, new Date('2026-11-25T00:00:00Z'));
    expect(s).toMatchObject({ state: 'expired', since: '2019-11-08' });
    expect(s.officeDetail).toContain('NO OPPOSITION FILED WITHIN TIME LIMIT');
  });

  it('US member of the family: STCF "PATENTED CASE" → granted', () => {
    const f = parseFamily(fixtureText('family.legal.EP2400812.A1.xml'), FETCHED, { endpoint: 'family-legal' });
    const us = f.legal.filter((e) => e.country === 'US');
    expect(statusFromLegal(us, SOURCE('family-legal'), 'A1')).toMatchObject({ state: 'granted', officeDetail: 'STCF: PATENTED CASE' });
  });

  it.each([
    ['The patent has been granted', 'granted'],
    ['No opposition filed within time limit', 'granted'],
    ['Patent maintained as amended', 'granted'],
    ['Grant of patent is intended', 'pending-examination'],
    ['Examination is in progress', 'pending-examination'],
    ['Request for examination was made', 'pending-examination'],
    ['The application has been refused', 'refused'],
    ['The application is deemed to be withdrawn', 'withdrawn'],
    ['The application has been withdrawn', 'withdrawn'],
    ['Patent revoked', 'revoked'],
    ['The patent has lapsed', 'lapsed'],
    ['The application has been published', 'published'],
    ['The international publication has been made', 'published'],
    ['Something new', 'unknown'],
  ] as const)('"%s" → %s', (text, state) => {
    expect(stateFromText(text)).toBe(state);
  });

  it('without status events: the newest whole-case event decides, national lapses (PG25) do not', () => {
    const ev = (date: string, code: string, officeText: string) => ({ date, code, description: officeText, officeText, influence: '' as const, source: SOURCE('legal') });
    expect(statusFromLegal([ev('2020-01-01', 'PG25', 'LAPSED IN A CONTRACTING STATE'), ev('2018-01-01', '18D', 'APPLICATION DEEMED TO BE WITHDRAWN')], SOURCE('legal')).state).toBe('withdrawn');
    expect(statusFromLegal([ev('2020-01-01', 'PG25', 'LAPSED IN A CONTRACTING STATE')], SOURCE('legal'), 'B1').state).toBe('granted');
    expect(statusFromLegal([], SOURCE('legal')).state).toBe('unknown');
  });
});
