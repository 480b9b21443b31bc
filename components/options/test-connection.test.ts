import { beforeEach, describe, expect, it } from 'vitest';
import { useEnglishMessages } from '../lookup/fake-i18n';
import { UNSUPPORTED_OFFICE } from '../../lib/lookup/types';
import { testVerdict } from './test-connection';

beforeEach(useEnglishMessages);

describe('Test connection verdict', () => {
  it('says exactly what is wrong', () => {
    expect(testVerdict({ office: 'jpo', ok: true })).toEqual({ tone: 'ok', text: 'Connected: credentials work.' });
    expect(testVerdict({ office: 'epo-ops', ok: false, error: { kind: 'auth', message: 'OPS: Client identifier is required' } }).text).toMatch(/does not know this ID/);
    expect(testVerdict({ office: 'jpo', ok: false, error: { kind: 'auth', message: 'JPO token request rejected: bad-secret' } }).text).toMatch(/Wrong password/);
    expect(testVerdict({ office: 'jpo', ok: false, error: { kind: 'auth', message: 'JPO token request rejected: invalid_grant' } }).text).toMatch(/does not say which part/);
    expect(testVerdict({ office: 'jpo', ok: false, error: { kind: 'office-down', message: 'jpo is unreachable (network: fetch failed)' } }).text).toMatch(/could not be reached/);
    const quota = testVerdict({ office: 'jpo', ok: false, error: { kind: 'quota', message: 'x', resetsAt: '2026-11-25T15:00:00.000Z' } });
    expect(quota.tone).toBe('warn');
    expect(quota.text).toMatch(/quota is used up; it resets .*2026/);
    expect(testVerdict({ office: 'kipris', ok: false, error: { kind: 'bad-response', message: UNSUPPORTED_OFFICE } })).toEqual({ tone: 'warn', text: 'PatentPeek cannot query this office yet; its viewer links still work.' });
  });
});
