import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ja from '../../public/_locales/ja/messages.json';
import type { StatusState } from './patent';
import { STATUS_MESSAGE_KEY, STATUS_WORDS, isAlive, statusWords, toContractStatus } from './status-words';

const STATES: StatusState[] = ['pending', 'pending-examination', 'published', 'granted', 'refused', 'withdrawn', 'abandoned', 'lapsed', 'expired', 'revoked', 'unknown'];

describe('status words', () => {
  it('covers every state, in English and Japanese', () => {
    expect(Object.keys(STATUS_WORDS).sort()).toEqual([...STATES].sort());
    for (const s of STATES) {
      expect(statusWords(s, 'en').length).toBeGreaterThan(0);
      expect(statusWords(s, 'ja')).not.toBe(statusWords(s, 'en'));
    }
  });

  it('is the same text as the _locales messages the UI shows', () => {
    const msg = (file: unknown, key: string) => (file as Record<string, { message: string }>)[key]?.message;
    for (const s of STATES) {
      expect(msg(en, STATUS_MESSAGE_KEY[s])).toBe(STATUS_WORDS[s].en);
      expect(msg(ja, STATUS_MESSAGE_KEY[s])).toBe(STATUS_WORDS[s].ja);
    }
  });

  it('knows which states are alive', () => {
    expect(isAlive('granted')).toBe(true);
    expect(isAlive('pending-examination')).toBe(true);
    expect(isAlive('expired')).toBe(false);
    expect(isAlive('withdrawn')).toBe(false);
  });

  it('builds the contract C2 Status with the office detail beside the plain words', () => {
    const s = toContractStatus(
      { state: 'granted', officeDetail: '登録 特許第7533889号 2024-08-05', source: { office: 'jpo', endpoint: 'app_progress', fetchedAt: '2026-01-02T00:00:00.000Z' } },
      'en',
    );
    expect(s).toEqual({ label: 'Granted', detail: '登録 特許第7533889号 2024-08-05', office: 'jpo', asOf: '2026-01-02T00:00:00.000Z' });
  });
});
