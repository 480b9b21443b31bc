import { describe, expect, it } from 'vitest';
import type { LookupDetails } from '../lookup/types';
import { readNothing, takeSnapshot } from './snapshot';
import { needsJpRegister, withRegister } from './jp-register';

const source = { office: 'epo-ops' as const, endpoint: 'biblio', fetchedAt: '2026-12-02T00:00:00.000Z' };
const ref = { raw: 'EP2400812A1', country: 'EP', type: 'publication' as const, docdb: 'EP.2400812.A1', epodoc: 'EP2400812' };
function details(over: Partial<LookupDetails>): LookupDetails {
  return { summary: { input: 'EP2400812A1', ref, sources: [] }, gaps: {}, documentOffices: [], ...over };
}

describe('takeSnapshot', () => {
  it('reads what an office answered fresh; a stale copy is unknown; "none anywhere" is an empty, known section', () => {
    const s = takeSnapshot(details({
      status: { state: 'granted', officeDetail: 'Patented', source },
      biblio: { ref, title: 'BLUETOOTH NETWORKING', parties: [{ name: 'Nokia', role: 'applicant' }, { name: 'A. Person', role: 'inventor' }], dates: { filing: '2010-06-24' }, source: { ...source, stale: true } },
      gaps: { family: [{ office: 'epo-ops', ok: false, error: { kind: 'not-found', message: 'none' } }], citations: [{ office: 'epo-ops', ok: false, error: { kind: 'office-down', message: 'down' } }] },
    }), '2026-12-02T01:00:00.000Z');
    expect(s.unknown.sort()).toEqual(['citations', 'owners']);
    expect(s.owners).toEqual(['Nokia']);
    expect(s.family).toEqual([]);
    expect(s.status).toMatchObject({ state: 'granted', detail: 'Patented', office: 'epo-ops' });
    expect(s.offices).toMatchObject({ status: 'epo-ops', owners: 'epo-ops' });
    expect(s.durations.map((d) => d.key)).toContain('pendency');
    expect(readNothing(s)).toBe(false);
  });

  it('a check where every office failed read nothing', () => {
    const down = [{ office: 'epo-ops' as const, ok: false, error: { kind: 'office-down' as const, message: 'down' } }];
    const s = takeSnapshot(details({ gaps: { status: down, biblio: down, legal: down, family: down, citations: down } }), '2026-12-02T01:00:00.000Z');
    expect(readNothing(s)).toBe(true);
  });
});

describe('JP register in a check', () => {
  it('is read for granted JP cases only; a failed read leaves the owners unknown rather than changed', () => {
    const s = takeSnapshot(details({ status: { state: 'granted', officeDetail: '登録', source: { ...source, office: 'jpo' } } }), '2026-12-02T01:00:00.000Z');
    expect(needsJpRegister('JP', s)).toBe(true);
    expect(needsJpRegister('EP', s)).toBe(false);
    expect(withRegister(s, new Error('quota')).unknown).toContain('owners');
    expect(withRegister(s, { owners: ['New KK'], deadlines: [] })).toMatchObject({ owners: ['New KK'], offices: { owners: 'jpo' }, deadlines: [] });
  });
});
