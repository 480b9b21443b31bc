import { describe, expect, it } from 'vitest';
import type { CaseSnapshot, WatchedCase } from './model';
import { distribution, listAnalytics } from './analytics';
import { deadlinesCsv, deadlinesOf } from './deadlines';
import { englishWords } from '../../test/support/english-words';

const ref = { raw: 'x', country: 'JP', type: 'application' as const, docdb: null, epodoc: null };
function watched(key: string, latest: Partial<CaseSnapshot>): WatchedCase {
  const snapshot: CaseSnapshot = { at: '2026-12-02T00:00:00.000Z', owners: [], events: [], family: [], citations: [], offices: {}, unknown: [], dates: {}, durations: [], ...latest };
  return { key, list: 'default', ref: { ...ref, raw: key }, text: key, addedAt: '2026-01-01T00:00:00.000Z', lastChecked: snapshot.at, latest: snapshot };
}

describe('listAnalytics', () => {
  it('takes the Timeline durations: first action, time to grant, pending; grant rate over decided cases', () => {
    const cases = [
      watched('a', { status: { state: 'granted', label: 'Granted', detail: '', office: 'jpo' }, durations: [{ key: 'filing-first-action', days: 365 }, { key: 'filing-final', days: 1461, outcome: 'grant' }] }),
      watched('b', { status: { state: 'refused', label: 'Refused', detail: '', office: 'jpo' }, durations: [{ key: 'filing-first-action', days: 730 }, { key: 'filing-final', days: 1000, outcome: 'refusal' }] }),
      watched('c', { status: { state: 'pending', label: 'Pending', detail: '', office: 'jpo' }, durations: [{ key: 'pendency', days: 300, ongoing: true }] }),
      { ...watched('d', {}), latest: undefined },
    ];
    const a = listAnalytics(cases);
    expect(a).toMatchObject({ cases: 4, withStatus: 3, granted: 1, decided: 2, grantRate: 0.5 });
    expect(a.firstAction).toEqual({ months: [12, 24], median: 18, p25: 15, p75: 21 });
    expect(a.toGrant.months).toEqual([48]);
    expect(a.pending.months).toEqual([9.9]);
  });

  it('has no rate and no quantiles without data', () => {
    expect(listAnalytics([])).toMatchObject({ grantRate: null, firstAction: { months: [], median: null } });
    expect(distribution([30.4375 * 3]).median).toBe(3);
  });
});

describe('deadlinesOf', () => {
  it('lists the dates offices give, soonest first, with the register over the bibliographic expiry', () => {
    const cases = [
      watched('JP 7533889', { title: '立体配線構造体の製造方法', deadlines: [{ kind: 'annuity', due: '2027-08-05', year: 4, office: 'jpo', endpoint: 'registration_info' }, { kind: 'expiry', due: '2040-07-20', office: 'jpo', endpoint: 'registration_info' }], dates: { expiry: '2040-07-20', office: 'jpo' } }),
      watched('EP 1', { dates: { expiry: '2030-06-24', office: 'epo-ops' } }),
      watched('US 1', {}),
    ];
    const list = deadlinesOf(cases);
    expect(list.map((d) => [d.ref.raw, d.kind, d.due, d.office])).toEqual([
      ['JP 7533889', 'annuity', '2027-08-05', 'jpo'],
      ['EP 1', 'expiry', '2030-06-24', 'epo-ops'],
      ['JP 7533889', 'expiry', '2040-07-20', 'jpo'],
    ]);
    const csv = deadlinesCsv(list, englishWords).trim().split(/\r?\n/);
    expect(csv[0]).toBe('due,what,number,docdb,title,office,as_of');
    expect(csv[1]).toBe('2027-08-05,Annuity for year 4 due,JP 7533889,,立体配線構造体の製造方法,jpo,2026-12-02');
  });
});
