import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FindingsReport } from '../model/findings';
import { FindingsReporter, toItems } from './findings-reporter';

const ref = (epodoc: string, raw = epodoc) => ({ raw, country: epodoc.slice(0, 2), type: 'grant' as const, docdb: null, epodoc });

describe('toItems', () => {
  it('sends one item per mention with the C1 fields (the background merges documents)', () => {
    const items = toItems([ref('US10123456', 'US 10,123,456'), ref('US10123456'), { ...ref('US14014229'), number: '14014229' }]);
    expect(items).toHaveLength(3);
    expect(items[0]).toEqual({ raw: 'US 10,123,456', country: 'US', type: 'grant', docdb: null, epodoc: 'US10123456', count: 1 });
    expect(items[2]!.number).toBe('14014229');
  });
});

describe('FindingsReporter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports progress at most once per delay, the settled list at once, and nothing twice', async () => {
    const sent: FindingsReport[] = [];
    let state = { refs: [ref('US1111111')], settled: false };
    const reporter = new FindingsReporter(() => state, async (r) => void sent.push(r), () => 'https://a.example/', 1_000);
    reporter.changed(false);
    reporter.changed(false);
    vi.advanceTimersByTime(999);
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ settled: false, url: 'https://a.example/' });
    state = { refs: [ref('US1111111'), ref('US2222222')], settled: true };
    reporter.changed(true);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.items).toHaveLength(2);
    reporter.changed(true);
    expect(sent).toHaveLength(2);
  });
});
