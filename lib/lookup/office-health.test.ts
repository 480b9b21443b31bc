import { describe, expect, it } from 'vitest';
import { memoryStore } from '../transport/storage-area';
import { createOfficeHealth } from './office-health';

const at = () => new Date('2026-12-01T10:00:00Z');

describe('office health', () => {
  it('keeps the last real outcome per office; missing keys say nothing, not-found is an answer', async () => {
    const health = createOfficeHealth(memoryStore(), at);
    await health.record({ office: 'jpo', ok: true }, 'test');
    await health.record({ office: 'epo-ops', ok: false, error: { kind: 'auth', message: 'invalid_client' } }, 'test');
    await health.record({ office: 'kipris', ok: false, error: { kind: 'no-credentials', message: 'no key' } }, 'lookup');
    await health.record({ office: 'jpo', ok: false, error: { kind: 'not-found', message: 'no such case' } }, 'lookup');
    expect(await health.all()).toEqual({
      jpo: { ok: true, at: '2026-12-01T10:00:00.000Z', via: 'lookup' },
      'epo-ops': { ok: false, at: '2026-12-01T10:00:00.000Z', via: 'test', kind: 'auth', message: 'invalid_client' },
    });
  });

  it('a later failure replaces Ready; forgetting (new credentials) clears it', async () => {
    const health = createOfficeHealth(memoryStore(), at);
    await health.record({ office: 'jpo', ok: true }, 'test');
    await health.record({ office: 'jpo', ok: false, error: { kind: 'quota', message: 'spent', resetsAt: '2026-12-02T00:00:00Z' } }, 'lookup');
    expect((await health.all()).jpo).toMatchObject({ ok: false, kind: 'quota', resetsAt: '2026-12-02T00:00:00Z' });
    await health.forget('jpo');
    expect(await health.all()).toEqual({});
  });

  it('records arriving together all land', async () => {
    const health = createOfficeHealth(memoryStore(), at);
    await Promise.all([health.record({ office: 'jpo', ok: true }, 'lookup'), health.record({ office: 'epo-ops', ok: true }, 'lookup'), health.record({ office: 'lens', ok: true }, 'lookup')]);
    expect(Object.keys(await health.all()).sort()).toEqual(['epo-ops', 'jpo', 'lens']);
  });
});
