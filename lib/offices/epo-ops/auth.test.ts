import { describe, expect, it } from 'vitest';
import { AuthError } from '../../transport/errors';
import { isOpsTokenRejected, opsAuth, opsClientCredentials, parseOpsToken } from './auth';
import { fixtureJson, fixtureText } from './test-fixtures';

const res = (status: number, body: unknown, headers: Record<string, string> = {}) => ({ status, headers, body, fetchedAt: '', fromCache: false, stale: false });

describe('OPS client credentials (API-NOTES §2 Auth)', () => {
  it('builds the token request with Basic base64(key:secret)', () => {
    const req = opsClientCredentials('myKey', 'mySecret');
    expect(req).toMatchObject({ method: 'POST', path: '/auth/accesstoken', body: 'grant_type=client_credentials', responseType: 'json', noCache: true });
    expect(req.headers?.Authorization).toBe(`Basic ${btoa('myKey:mySecret')}`);
    expect(opsAuth.tokenRequest({ key: 'k', secret: 'ü' }).headers?.Authorization).toBe(`Basic ${Buffer.from('k:ü', 'utf8').toString('base64')}`); // UTF-8, not Latin-1
  });

  it('parses the recorded token reply: expires_in is a string, ~20 minutes, no refresh token', () => {
    expect(parseOpsToken(fixtureJson('auth.accesstoken.json'), 1000)).toEqual({ accessToken: 'REDACTED', expiresAt: 1000 + 1199_000 });
  });

  it('bad credentials → AuthError', () => {
    expect(() => parseOpsToken(fixtureText('error.401-invalid-client.reconstructed.xml'), 0, 401)).toThrow(AuthError);
    expect(() => opsAuth.parseToken(res(401, '<error><code>401</code><message>Client identifier is required</message></error>'), 0)).toThrow(/Client identifier is required/);
  });

  it('spots the recorded invalid_access_token reply', () => {
    expect(isOpsTokenRejected(res(400, fixtureText('error.400-invalid-access-token.xml')))).toBe(true);
    expect(isOpsTokenRejected(res(401, '', { 'www-authenticate': 'Bearer realm="null",error="invalid_token"' }))).toBe(true);
    expect(isOpsTokenRejected(res(404, fixtureText('fault.404-entity-not-found.reconstructed.xml')))).toBe(false);
    expect(isOpsTokenRejected(res(200, fixtureText('biblio.docdb.EP2400812.A1.xml')))).toBe(false);
  });
});
