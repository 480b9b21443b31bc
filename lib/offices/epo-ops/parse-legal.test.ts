import { describe, expect, it } from 'vitest';
import { parseLegal, parseLegalCase } from './parse-legal';
import { FETCHED, SOURCE, fixtureText } from './test-fixtures';

describe('INPADOC legal events', () => {
  it('EP2400812: 69 events, newest first, with plain words and office text', () => {
    const events = parseLegal(fixtureText('legal.docdb.EP2400812.A1.xml'), FETCHED);
    expect(events).toHaveLength(69);
    expect(events[0]).toEqual({
      date: '2025-07-30',
      code: 'PGFP',
      description: 'Annual fee paid to a national office: SE',
      officeText: 'ANNUAL FEE PAID TO NATIONAL OFFICE  [ANNOUNCED VIA POSTGRANT INFORMATION FROM NATIONAL OFFICE TO EPO] — (SE)',
      country: 'EP',
      influence: '+',
      source: SOURCE('legal'),
    });
    const granted = events.find((e) => e.code === 'STAA' && e.date === '2019-10-25');
    expect(granted?.description).toBe('Status: The patent has been granted');
    expect(events.find((e) => e.code === '17P')).toMatchObject({ description: 'Request for examination filed', influence: '+' });
    expect(events.filter((e) => e.code === 'PG25').every((e) => e.influence === '-')).toBe(true);
    expect(events.find((e) => e.code === 'INTG')?.description).toBe('Intention to grant announced');
  });

  it('EP1000000: 50 events; lapses carry the state and effective date', () => {
    const { events, filingDate } = parseLegalCase(fixtureText('legal.EP1000000A1.xml'), FETCHED);
    expect(events).toHaveLength(50);
    expect(filingDate).toBe('1999-11-08');
    const ch = events.find((e) => e.code === 'PG25' && e.description.endsWith(': CH'));
    expect(ch).toMatchObject({ date: '2003-02-12', effectiveDate: '2003-02-12' });
    expect(ch?.officeText).toContain('LAPSE BECAUSE OF FAILURE TO SUBMIT A TRANSLATION');
    expect(events.find((e) => e.code === 'GBPC')?.description).toBe('GB: European patent ceased through non-payment of renewal fee');
  });

  it('Japanese plain words where the table has them', () => {
    const events = parseLegal(fixtureText('legal.docdb.EP2400812.A1.xml'), FETCHED, 'ja');
    expect(events.find((e) => e.code === '17P')?.description).toBe('審査請求');
  });
});
