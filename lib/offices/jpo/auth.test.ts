import { describe, expect, it } from 'vitest';
import { AuthError } from '../../transport/errors';
import { isJpoTokenRejected, jpoAuth, jpoPasswordGrant, jpoRefreshGrant, parseJpoToken } from './auth';
import { fixtureJson } from './test-fixtures';

const res = (status: number, body: unknown) => ({ status, headers: {}, body, fetchedAt: '', fromCache: false, stale: false });

describe('JPO auth (API-NOTES §1 Auth)', () => {
  it('builds the password grant, form-encoded with URL-encoded values', () => {
    const req = jpoPasswordGrant('user@example', 'p&ss=1');
    expect(req).toMatchObject({ method: 'POST', path: '/auth/token', responseType: 'json', noCache: true });
    expect(req.headers?.['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(req.body).toBe('grant_type=password&username=user%40example&password=p%26ss%3D1');
  });

  it('builds the refresh grant and lets the token manager choose', () => {
    expect(jpoRefreshGrant('r1').body).toBe('grant_type=refresh_token&refresh_token=r1');
    expect(jpoAuth.tokenRequest({ id: 'a', password: 'b' }, 'r2').body).toBe('grant_type=refresh_token&refresh_token=r2');
    expect(jpoAuth.tokenRequest({ id: 'a', password: 'b' }).body).toBe('grant_type=password&username=a&password=b');
    expect(jpoPasswordGrant('a', 'b', '/custom/token').path).toBe('/custom/token');
  });

  it('parses the recorded token reply: access 1 h, refresh 8 h', () => {
    const t = parseJpoToken(fixtureJson('token.json'), 1_000_000);
    expect(t).toEqual({ accessToken: 'REDACTED_ACCESS_TOKEN', refreshToken: 'REDACTED_REFRESH_TOKEN', expiresAt: 1_000_000 + 3600_000, refreshExpiresAt: 1_000_000 + 28800_000 });
    expect(jpoAuth.parseToken(res(200, fixtureJson('token.json')), 0).expiresAt).toBe(3600_000);
  });

  it('rejects bad credentials as AuthError', () => {
    expect(() => parseJpoToken({ error: 'invalid_grant', error_description: 'Invalid user credentials' }, 0, 401)).toThrow(AuthError);
    expect(() => parseJpoToken({ result: { statusCode: '212', errorMessage: '', data: {} } }, 0)).toThrow(AuthError);
    expect(() => parseJpoToken('', 0, 401)).toThrow(/not JSON/);
  });

  it('spots a rejected token: HTTP 401 or statusCode 210 inside a 200', () => {
    expect(isJpoTokenRejected(res(401, ''))).toBe(true);
    expect(isJpoTokenRejected(res(200, fixtureJson('app_progress.status210.reconstructed.json')))).toBe(true);
    expect(isJpoTokenRejected(res(200, fixtureJson('app_progress.2020123456.json')))).toBe(false);
    expect(isJpoTokenRejected(res(200, new Uint8Array([1])))).toBe(false);
  });
});

describe('JPO token request line', () => {
  it('matches the recorded token request (POST /auth/token)', () => {
    const recorded = (fixtureJson('headers.token.json') as { request: { method: string; uri: string } }).request;
    const req = jpoPasswordGrant('id', 'pw');
    expect(`${req.method} https://ip-data.jpo.go.jp${req.path}`).toBe(`${recorded.method} ${recorded.uri}`);
  });
});
