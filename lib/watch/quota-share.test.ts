import { describe, expect, it } from 'vitest';
import type { QuotaRow } from '../model/contracts';
import { availableUnder, planRun } from './quota-share';

const row = (over: Partial<QuotaRow>): QuotaRow => ({ office: 'jpo', endpoint: 'app_progress', unit: 'calls', used: 0, limit: 400, remaining: 400, resetsAt: '2026-12-02T15:00:00.000Z', ...over });

describe('quota share', () => {
  it('leaves the user their part: remaining minus (1 − share) of the allowance', () => {
    expect(availableUnder(row({ remaining: 400 }), 0.5)).toBe(200);
    expect(availableUnder(row({ remaining: 150 }), 0.5)).toBe(0);
    expect(availableUnder(row({ remaining: null, used: 100 }), 0.75)).toBe(200);
    expect(availableUnder(row({ limit: null, remaining: null }), 0.1)).toBe(Number.POSITIVE_INFINITY);
  });

  it('skips an office whose tightest allowance the run would cross, with that allowance and its reset', () => {
    const rows = [row({}), row({ endpoint: 'divisional_app_info', limit: 30, remaining: 20 }), row({ office: 'epo-ops', endpoint: 'weekly', unit: 'bytes', limit: 4e9, remaining: 4e9 })];
    const plan = planRun(new Map([['jpo', 10], ['epo-ops', 10]]), rows, 0.5);
    expect(plan.allowed).toEqual(['epo-ops']);
    expect(plan.skipped).toEqual([{ office: 'jpo', endpoint: 'divisional_app_info', need: 10, available: 5, unit: 'calls', resetsAt: '2026-12-02T15:00:00.000Z' }]);
  });

  it('lets a run through that fits', () => {
    expect(planRun(new Map([['jpo', 5]]), [row({ endpoint: 'divisional_app_info', limit: 30, remaining: 30 })], 0.5)).toEqual({ allowed: ['jpo'], skipped: [] });
  });
});
