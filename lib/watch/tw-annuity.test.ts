import { describe, expect, it } from 'vitest';
import type { CaseSnapshot } from './model';
import { annuityDeadlines, needsTwAnnuity, withAnnuity } from './tw-annuity';

const source = { office: 'tipo' as const, endpoint: 'PatentAnnuity', fetchedAt: '2026-12-02T00:00:00.000Z' };
const annuity = { applNo: '106123456', patentNo: 'I651234', paidUntil: '2027-06-29', paidYear: 10, payments: [], source };
const snapshot = {
  at: '2026-12-02T00:00:00.000Z', owners: [], events: [], family: [], citations: [], offices: {}, unknown: [], dates: {}, durations: [],
  status: { state: 'granted', label: 'Granted', detail: '', office: 'tipo' },
  deadlines: [{ kind: 'expiry', due: '2037-06-29', office: 'tipo', endpoint: 'PatentRights' }],
} as unknown as CaseSnapshot;

describe('TW annuity deadlines', () => {
  it('the next year’s fee is due by the paid-until date', () => {
    expect(annuityDeadlines(annuity)).toEqual([{ kind: 'annuity', due: '2027-06-29', year: 11, office: 'tipo', endpoint: 'PatentAnnuity' }]);
    expect(annuityDeadlines({ ...annuity, paidUntil: undefined } as never)).toEqual([]);
  });

  it('is read for granted TW patents only, kept beside the other dates, and a failed read changes nothing', () => {
    expect(needsTwAnnuity('TW', snapshot)).toBe(true);
    expect(needsTwAnnuity('JP', snapshot)).toBe(false);
    const withIt = withAnnuity(snapshot, annuity);
    expect(withIt.deadlines?.map((d) => d.kind)).toEqual(['expiry', 'annuity']);
    // Read again a year on: the new date replaces the old, never a second annuity row.
    expect(withAnnuity(withIt, { ...annuity, paidUntil: '2028-06-29', paidYear: 11 }).deadlines?.filter((d) => d.kind === 'annuity')).toEqual([{ kind: 'annuity', due: '2028-06-29', year: 12, office: 'tipo', endpoint: 'PatentAnnuity' }]);
    expect(withAnnuity(snapshot, new Error('down'))).toBe(snapshot);
  });
});
