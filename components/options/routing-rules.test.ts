import { describe, expect, it } from 'vitest';
import { moveOffice } from './routing-rules';

describe('moveOffice', () => {
  const rules = [{ country: 'JP', offices: ['jpo', 'epo-ops'] as const }].map((r) => ({ ...r, offices: [...r.offices] }));
  it('swaps neighbours and leaves other rules alone', () => {
    expect(moveOffice(rules, 'JP', 1, -1)).toEqual([{ country: 'JP', offices: ['epo-ops', 'jpo'] }]);
    expect(moveOffice(rules, 'JP', 0, -1)).toEqual(rules);
    expect(moveOffice(rules, 'US', 0, 1)).toEqual(rules);
  });
});
