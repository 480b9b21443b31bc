import { describe, expect, it } from 'vitest';
import { AuthError, NotFound, OfficeDown, QuotaExceeded, RateLimited } from '../../transport/errors';
import { classifyJpoReply, jpoQuotaSignals, jpoStatusError, mapJpoError, nextTokyoMidnight } from './errors';
import { readEnvelope } from './envelope';
import { fixtureJson } from './test-fixtures';

const now = new Date('2026-11-25T02:30:00Z'); // 11:30 in Tokyo

describe('JPO status codes → taxonomy (API-NOTES §1)', () => {
  it('resets the daily quota at the next 00:00 Asia/Tokyo', () => {
    expect(nextTokyoMidnight(now).toISOString()).toBe('2026-11-25T15:00:00.000Z');
    // 23:59 Tokyo on the 25th is 14:59Z; one minute later the new day begins.
    expect(nextTokyoMidnight(new Date('2026-11-25T14:59:00Z')).toISOString()).toBe('2026-11-25T15:00:00.000Z');
    expect(nextTokyoMidnight(new Date('2026-11-25T15:00:00Z')).toISOString()).toBe('2026-11-26T15:00:00.000Z');
  });

  it.each([
    ['203', QuotaExceeded, 'quota'],
    ['204', NotFound, 'not-found'],
    ['208', NotFound, 'not-found'],
    ['210', AuthError, 'auth'],
    ['212', AuthError, 'auth'],
    ['302', OfficeDown, 'office-down'],
    ['303', RateLimited, 'rate-limit'],
    ['999', OfficeDown, 'office-down'],
  ] as const)('reconstructed reply with statusCode %s throws %o', (code, type, kind) => {
    const body = fixtureJson(`app_progress.status${code}.reconstructed.json`);
    let thrown: unknown;
    try {
      readEnvelope(body, 'app_progress', now);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(type);
    expect((thrown as AuthError).kind).toBe(kind);
    expect((thrown as AuthError).officeCode).toBe(code);
  });

  it('gives the quota error its reset time and the rate limit a one-minute wait', () => {
    const quota = jpoStatusError('203', '', 'registration_info', { now }) as QuotaExceeded;
    expect(quota.resetsAt).toBe('2026-11-25T15:00:00.000Z');
    expect(quota.message).toContain('registration_info');
    expect((jpoStatusError('303', '', 'app_progress') as RateLimited).retryAfterSeconds).toBe(60);
  });

  it('treats 107 as an empty answer, not an error', () => {
    const env = readEnvelope(fixtureJson('app_progress.9999999999.status107-no-data.json'), 'app_progress');
    expect(env).toEqual({ statusCode: '107', errorMessage: '該当するデータがありません。', remainAccessCount: 786, data: null });
  });

  it('classifies replies for the pipeline (200 with an error inside, 401 without body, ZIP)', () => {
    expect(classifyJpoReply({ status: 200, body: fixtureJson('app_progress.2020123456.json') }, { endpoint: 'app_progress' })).toBe('ok');
    expect(classifyJpoReply({ status: 200, body: fixtureJson('app_progress.9999999999.status107-no-data.json') }, { endpoint: 'app_progress' })).toBe('ok');
    const quota = classifyJpoReply({ status: 200, body: fixtureJson('app_progress.status203.reconstructed.json') }, { endpoint: 'app_progress' }, now);
    expect(quota).toBeInstanceOf(QuotaExceeded);
    expect(classifyJpoReply({ status: 200, body: new Uint8Array([0x50, 0x4b]) }, { endpoint: 'app_doc_cont_refusal_reason' })).toBe('ok');
    expect(classifyJpoReply({ status: 500, body: 'Bad gateway' }, { endpoint: 'app_progress' })).toBeUndefined();
    // "A call with no token was seen to return HTTP 401 plus a JSON body with statusCode 210" (API-NOTES §1 Auth).
    const e401 = mapJpoError(401, fixtureJson('app_progress.status210.reconstructed.json'), 'app_progress');
    expect(e401).toBeInstanceOf(AuthError);
    expect(e401?.officeCode).toBe('210');
    expect(mapJpoError(401, '', 'app_progress')?.officeCode).toBe('210');
  });

  it('reads remainAccessCount as the calls left today for the endpoint', () => {
    expect(jpoQuotaSignals({ body: fixtureJson('app_progress.2020123456.json') })).toEqual({ remainingToday: 787 });
    expect(jpoQuotaSignals({ body: fixtureJson('case_number_reference.application.2020123456.json') })).toEqual({ remainingToday: 97 });
    expect(jpoQuotaSignals({ body: new Uint8Array() })).toEqual({});
  });
});
