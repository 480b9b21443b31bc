// Every adversarial case in lib/numbers/cases/*.json (built from FORMATS.md §2–§4, peers.md §4 and
// snippets of ../shared/pages): the distinct documents found must be exactly the expected ones, in any
// order, `alt` DOCDB forms accepted — the way issue 4 scores the C1 CLI. No case is skipped.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCases, scoreCase } from './case-score';
import { findNumbers } from './find-numbers';

const cases = loadCases(resolve(__dirname, 'cases'));

describe('adversarial case files', () => {
  it('hold at least 400 cases with unique ids and a note each', () => {
    expect(cases.length).toBeGreaterThanOrEqual(400);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(cases.filter((c) => !c.note)).toEqual([]);
  });

  it.each(cases.map((c) => [`${c.file} ${c.id}`, c] as const))('%s', (_name, c) => {
    const s = scoreCase(c, findNumbers(c.text));
    expect({ missed: s.fn, extra: s.fp }, c.note).toEqual({ missed: [], extra: [] });
  });
});
