// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { arm, bytesOf, creds, fixtureBytes, jpoToken, useSandbox } from './sandbox-helpers';

const { sb, advance } = useSandbox();
const api = (path: string) => `${sb().baseUrl}/jpo/api/${path}`;
const get = (path: string, token: string) => fetch(api(path), { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
const result = async (res: Response) => ((await res.json()) as { result: { statusCode: string; remainAccessCount: string; data: Record<string, unknown> } }).result;

function tokenRequest(form: Record<string, string>) {
  return fetch(`${sb().baseUrl}/jpo/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
}

describe('JPO token endpoint', () => {
  it('issues a Keycloak-shaped token for the sandbox ID and password', async () => {
    const res = await tokenRequest({ grant_type: 'password', username: creds.jpo.id, password: creds.jpo.password });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    const recorded = JSON.parse(fixtureBytes('jpo', 'token.json').toString()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(Object.keys(recorded).sort());
    expect(body).toMatchObject({ expires_in: 3600, refresh_expires_in: 28800, token_type: 'Bearer' });
    expect(body.access_token).not.toBe(recorded.access_token);
  });

  it('rejects a wrong password with 401 invalid_grant', async () => {
    const res = await tokenRequest({ grant_type: 'password', username: creds.jpo.id, password: 'nope' });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refreshes once per refresh token and the new access token works', async () => {
    const first = await jpoToken(sb().baseUrl);
    const res = await tokenRequest({ grant_type: 'refresh_token', refresh_token: first.refresh });
    expect(res.status).toBe(200);
    const { access_token } = (await res.json()) as { access_token: string };
    expect((await result(await get('patent/v1/app_progress/2020123456', access_token))).statusCode).toBe('100');
    const again = await tokenRequest({ grant_type: 'refresh_token', refresh_token: first.refresh });
    expect(again.status).toBe(400);
  });

  it('lets access tokens expire after expires_in (3600 s) while the refresh token (28800 s) still works', async () => {
    const t = await jpoToken(sb().baseUrl);
    advance(3601_000);
    const stale = await get('patent/v1/app_progress/2020123456', t.access);
    expect(stale.status).toBe(401);
    expect((await result(stale)).statusCode).toBe('210');
    expect((await tokenRequest({ grant_type: 'refresh_token', refresh_token: t.refresh })).status).toBe(200);
  });
});

describe('JPO data endpoints', () => {
  it('answers a call without a token with HTTP 401 and statusCode 210', async () => {
    const res = await fetch(api('patent/v1/app_progress/2020123456'));
    expect(res.status).toBe(401);
    expect((await result(res)).statusCode).toBe('210');
  });

  const recorded: [string, string][] = [
    ['patent/v1/app_progress/2020123456', 'app_progress.2020123456.json'],
    ['patent/v1/app_progress_simple/2020123456', 'app_progress_simple.2020123456.json'],
    ['patent/v1/divisional_app_info/2020123456', 'divisional_app_info.2020123456.json'],
    ['patent/v1/priority_right_app_info/2020123456', 'priority_right_app_info.2020123456.json'],
    ['patent/v1/applicant_attorney_cd/000003207', 'applicant_attorney_cd.000003207.json'],
    [`patent/v1/applicant_attorney/${encodeURIComponent('トヨタ自動車株式会社')}`, 'applicant_attorney.by-name-toyota.json'],
    ['patent/v1/case_number_reference/application/2020123456', 'case_number_reference.application.2020123456.json'],
    ['patent/v1/cite_doc_info/2020123456', 'cite_doc_info.2020123456.json'],
    ['patent/v1/registration_info/2020123456', 'registration_info.2020123456.json'],
    ['patent/v1/jpp_fixed_address/2020123456', 'jpp_fixed_address.2020123456.json'],
    ['patent/v1/pct_national_phase_application_number/international_application/JP9999999999', 'pct_national_phase_application_number.international_application.JP9999999999.status107.json'],
    ['patent/v1/pct_national_phase_application_number/international_application/US2003021714', 'pct_national_phase_application_number.international_application.US2003021714.reconstructed.json'],
    ['design/v1/app_progress/2020015234', 'design.app_progress.2020015234.json'],
    ['trademark/v1/app_progress/2024123456', 'trademark.app_progress.2024123456.json'],
  ];
  it.each(recorded)('GET %s replays %s byte for byte on the first call of the day', async (path, file) => {
    const { access } = await jpoToken(sb().baseUrl);
    const res = await get(path, access);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect((await bytesOf(res)).equals(fixtureBytes('jpo', file))).toBe(true);
  });

  it.each([
    ['app_doc_cont_opinion_amendment', 'docContOpinionAmendment_2020123456.zip'],
    ['app_doc_cont_refusal_reason_decision', 'docContRefusalReasonDecision_2020123456.zip'],
    ['app_doc_cont_refusal_reason', 'docContRefusalReason_2020123456.zip'],
  ])('serves %s as application/zip with a Content-Disposition file name', async (endpoint, name) => {
    const { access } = await jpoToken(sb().baseUrl);
    const res = await get(`patent/v1/${endpoint}/2020123456`, access);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe(`attachment;filename=${name}`);
    expect((await bytesOf(res)).equals(fixtureBytes('jpo', `${endpoint}.2020123456.zip`))).toBe(true);
  });

  it('answers the recorded 107 no-data reply for unknown numbers and 204 for a malformed application number', async () => {
    const { access } = await jpoToken(sb().baseUrl);
    const unknown = await result(await get('patent/v1/registration_info/2001000001', access));
    expect(unknown).toMatchObject({ statusCode: '107', data: {} });
    expect((await result(await get('patent/v1/app_progress/2020-123456', access))).statusCode).toBe('204');
    expect((await result(await get('patent/v1/no_such_endpoint/2020123456', access))).statusCode).toBe('301');
  });

  it('counts remainAccessCount down per endpoint and answers 203 once it reached 0, until the next JST day', async () => {
    const { access } = await jpoToken(sb().baseUrl);
    const counts: string[] = [];
    for (let i = 0; i <= 58; i++) counts.push((await result(await get('patent/v1/divisional_app_info/2020123456', access))).remainAccessCount);
    expect(counts.slice(0, 3)).toEqual(['58', '57', '56']);
    expect(counts[58]).toBe('0');
    const capped = await result(await get('patent/v1/divisional_app_info/2020123456', access));
    expect(capped).toMatchObject({ statusCode: '203', remainAccessCount: '0' });
    // Other endpoints keep their own count.
    expect((await result(await get('patent/v1/priority_right_app_info/2020123456', access))).remainAccessCount).toBe('58');
    advance(24 * 3600_000);
    const { access: fresh } = await jpoToken(sb().baseUrl);
    expect((await result(await get('patent/v1/divisional_app_info/2020123456', fresh))).remainAccessCount).toBe('58');
  });
});

describe('JPO failure modes', () => {
  it('expired-token: the current token gets 401/210, a fresh token works', async () => {
    const { access, refresh } = await jpoToken(sb().baseUrl);
    expect((await arm(sb().baseUrl, 'jpo', 'expired-token')).status).toBe(200);
    const stale = await get('patent/v1/app_progress/2020123456', access);
    expect(stale.status).toBe(401);
    expect((await result(stale)).statusCode).toBe('210');
    const res = await tokenRequest({ grant_type: 'refresh_token', refresh_token: refresh });
    const { access_token } = (await res.json()) as { access_token: string };
    expect((await result(await get('patent/v1/app_progress/2020123456', access_token))).statusCode).toBe('100');
  });

  it.each([
    ['quota', '203'],
    ['rate-limit', '303'],
    ['server-error', '999'],
  ])('%s: HTTP 200 with statusCode %s, for `times` replies only', async (mode, code) => {
    const { access } = await jpoToken(sb().baseUrl);
    await arm(sb().baseUrl, 'jpo', mode, 2);
    for (let i = 0; i < 2; i++) {
      const res = await get('patent/v1/app_progress/2020123456', access);
      expect(res.status).toBe(200);
      expect((await result(res)).statusCode).toBe(code);
    }
    expect((await result(await get('patent/v1/app_progress/2020123456', access))).statusCode).toBe('100');
  });

  it('malformed: a truncated JSON body with the JSON content type', async () => {
    const { access } = await jpoToken(sb().baseUrl);
    sb().setFailure('jpo', 'malformed', { times: 1 });
    const res = await get('patent/v1/app_progress/2020123456', access);
    expect(res.headers.get('content-type')).toBe('application/json');
    const text = await res.text();
    expect(text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(text)).toThrow();
  });
});
