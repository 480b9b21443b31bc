import { describe, expect, it } from 'vitest';
import type { StatusState } from './patent';
import { STATUS_WORDS, isAlive, statusWords, toContractStatus } from './status-words';

describe('status words', () => {
  it('has an English and a Japanese label for every state', () => {
    const states: StatusState[] = [
      'pending', 'pending-examination', 'published', 'granted', 'refused', 'withdrawn', 'abandoned', 'lapsed', 'expired', 'revoked', 'unknown',
    ];
    expect(Object.keys(STATUS_WORDS).sort()).toEqual([...states].sort());
    for (const s of states) {
      expect(statusWords(s, 'en').length).toBeGreaterThan(0);
      expect(statusWords(s, 'ja')).not.toBe(statusWords(s, 'en'));
    }
  });

  it('uses the wording of the issue', () => {
    expect(statusWords('pending-examination')).toBe('Pending — examination requested');
    expect(statusWords('granted')).toBe('Granted');
    expect(statusWords('refused')).toBe('Refused');
    expect(statusWords('withdrawn')).toBe('Withdrawn');
    expect(statusWords('lapsed')).toBe('Lapsed');
    expect(statusWords('expired')).toBe('Expired');
  });

  it('knows which states are alive', () => {
    expect(isAlive('granted')).toBe(true);
    expect(isAlive('pending-examination')).toBe(true);
    expect(isAlive('expired')).toBe(false);
    expect(isAlive('withdrawn')).toBe(false);
  });

  it('builds the contract C2 Status with the office detail beside the plain words', () => {
    const s = toContractStatus(
      { state: 'granted', officeDetail: '登録 (2024-08-05)', source: { office: 'jpo', endpoint: 'app_progress', fetchedAt: '2026-01-02T00:00:00.000Z' } },
      'ja',
    );
    expect(s).toEqual({ label: '登録', detail: '登録 (2024-08-05)', office: 'jpo', asOf: '2026-01-02T00:00:00.000Z' });
  });
});
