import { beforeEach, describe, expect, it } from 'vitest';
import { useEnglishMessages } from '../lookup/fake-i18n';
import { chipOf } from './office-chip';
import type { OfficeState } from '../../lib/lookup/types';
import type { LastOutcome } from '../../lib/lookup/office-health';

beforeEach(useEnglishMessages);
const state = (last?: LastOutcome): OfficeState => ({ office: 'jpo', enabled: true, configured: true, ...(last && { last }) });

describe('office chip (issue 9 §5: from the last real outcome)', () => {
  it('Ready only after the office answered', () => {
    expect(chipOf(state(), true, true)).toMatchObject({ tone: 'muted', text: 'Not tested yet' });
    expect(chipOf(state({ ok: true, at: '2026-12-01T10:00:00Z', via: 'test' }), true, true)).toMatchObject({ tone: 'ok', text: 'Ready' });
  });

  it('Failed with the reason, quota with its reset, Off when switched off, plain words for offices not queried yet', () => {
    const failed = chipOf(state({ ok: false, at: '2026-12-01T10:00:00Z', via: 'test', kind: 'auth', message: 'invalid_client' }), true, true);
    expect(failed.tone).toBe('bad');
    expect(failed.text).toMatch(/^Failed: /);
    expect(chipOf(state({ ok: false, at: '2026-12-01T10:00:00Z', via: 'lookup', kind: 'quota', message: 'spent', resetsAt: '2026-12-02T00:00:00Z' }), true, true).tone).toBe('warn');
    expect(chipOf(state({ ok: true, at: '2026-12-01T10:00:00Z', via: 'test' }), false, true)).toMatchObject({ tone: 'muted', text: 'Off' });
    expect(chipOf(state(), true, false)).toMatchObject({ text: 'No key' });
    expect(chipOf(undefined, true, true)).toMatchObject({ tone: 'muted', text: 'Not available yet' });
  });
});
