import { AuthError, BadResponse } from '../../transport/errors';
import type { OfficeRequest, OfficeResponse, TokenAuth, TokenGrant } from '../provider';
import { readOpsErrorBody } from './errors';
import { basicAuthorization } from '../basic-auth';

/**
 * OPS client-credentials flow (API-NOTES §2 "Auth"; [OPS-RG] 2.3.2): POST /auth/accesstoken with
 * `Authorization: Basic base64(key:secret)` and `grant_type=client_credentials`. Tokens live ~20 min
 * (`expires_in` is a string, "1199") and there is no refresh token: a new token is requested instead.
 */
export const OPS_TOKEN_PATH = '/auth/accesstoken';

export function opsClientCredentials(key: string, secret: string): OfficeRequest {
  return {
    endpoint: 'token',
    method: 'POST',
    path: OPS_TOKEN_PATH,
    headers: { Authorization: basicAuthorization(key, secret), 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: 'grant_type=client_credentials',
    responseType: 'json',
    noCache: true,
  };
}

export function parseOpsToken(body: unknown, now: number, httpStatus = 200): TokenGrant {
  const err = readOpsErrorBody(body);
  const json = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : undefined;
  const oauthError = err?.message || (typeof json?.error === 'string' ? json.error : '');
  if (oauthError || httpStatus === 401) {
    const bad = oauthError === 'invalid_client' || httpStatus === 401;
    throw new AuthError('epo-ops', `OPS refused the token request (${oauthError || `HTTP ${httpStatus}`}${err?.description ? `: ${err.description}` : ''})`, {
      httpStatus,
      officeCode: bad ? 'bad-credentials' : oauthError,
    });
  }
  const token = json?.access_token;
  if (typeof token !== 'string' || !token) throw new BadResponse('epo-ops', 'OPS token reply has no access_token', { httpStatus });
  const seconds = Number(json?.expires_in);
  return { accessToken: token, expiresAt: now + (Number.isFinite(seconds) && seconds > 0 ? seconds : 1199) * 1000 };
}

/** HTTP 400 `<error>` with message invalid_access_token (recorded) → fetch a new token and retry once. */
export function isOpsTokenRejected(res: OfficeResponse): boolean {
  if (res.status !== 400 && res.status !== 401) return false;
  return readOpsErrorBody(res.body)?.message === 'invalid_access_token' || /invalid_token/.test(res.headers['www-authenticate'] ?? '');
}

export const opsAuth: TokenAuth = {
  type: 'token',
  tokenRequest: (credentials) => opsClientCredentials(credentials.key ?? '', credentials.secret ?? ''),
  parseToken: (res, now) => parseOpsToken(res.body, now, res.status),
  isTokenRejected: isOpsTokenRejected,
};
