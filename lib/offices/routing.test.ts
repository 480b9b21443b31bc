import { describe, expect, it } from 'vitest';
import { defaultRouteRules, officesFor, sanitizeRouteRules } from './routing';

describe('routing rules', () => {
  it('asks the national office first, then EPO OPS, then Lens; OPS then Lens for EP and every other country', () => {
    expect(officesFor('JP', defaultRouteRules)).toEqual(['jpo', 'epo-ops', 'lens']);
    expect(officesFor('US', defaultRouteRules)).toEqual(['uspto-odp', 'epo-ops', 'lens']);
    expect(officesFor('ep', defaultRouteRules)).toEqual(['epo-ops', 'lens']);
    expect(officesFor('DE', defaultRouteRules)).toEqual(['epo-ops', 'lens']);
  });

  it('follows a user reordering', () => {
    const rules = sanitizeRouteRules([{ country: 'JP', offices: ['epo-ops', 'jpo'] }]);
    expect(officesFor('JP', rules)).toEqual(['epo-ops', 'jpo']);
  });

  it('drops malformed rules and unknown offices, keeps a catch-all', () => {
    const rules = sanitizeRouteRules([{ country: 'JP', offices: ['jpo', 'nope', 'jpo'] }, { country: 'bad', offices: [] }, 7]);
    expect(rules).toEqual([{ country: 'JP', offices: ['jpo'] }, { country: '*', offices: ['epo-ops'] }]);
    expect(sanitizeRouteRules(undefined)).toEqual(defaultRouteRules);
  });
});
