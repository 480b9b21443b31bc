import { AuthError, BadResponse } from '../../transport/errors';
import type { OfficeResponse, TokenAuth, TokenGrant } from '../provider';
import { pearlEndpoints } from './endpoints';

/**
 * OAuth2 client credentials (API-NOTES-2.md §4: Business Partner Portal id/secret → short-lived Bearer
 * JWT). No refresh token: a new token is asked for when one runs out or is refused.
 */
export function parsePearlToken(res: OfficeResponse, now: number): TokenGrant {
  const json = typeof res.body === 'object' && res.body !== null ? (res.body as Record<string, unknown>) : {};
  const error = typeof json.error === 'string' ? json.error : '';
  if (res.status === 400 || res.status === 401 || res.status === 403 || error) {
    throw new AuthError('pearl', `WIPO refused the PEARL client id or secret (${error || `HTTP ${res.status}`})`, {
      httpStatus: res.status,
      officeCode: error === 'invalid_client' || res.status === 401 ? 'bad-credentials' : error || String(res.status),
    });
  }
  const token = json.access_token;
  if (typeof token !== 'string' || !token) throw new BadResponse('pearl', 'The PEARL token reply has no access_token', { httpStatus: res.status });
  const seconds = Number(json.expires_in);
  return { accessToken: token, expiresAt: now + (Number.isFinite(seconds) && seconds > 0 ? seconds : 300) * 1000 };
}

export const pearlAuth: TokenAuth = {
  type: 'token',
  tokenRequest: (credentials) => pearlEndpoints.token(credentials.clientId ?? '', credentials.clientSecret ?? ''),
  parseToken: parsePearlToken,
  isTokenRejected: (res) => res.status === 401,
};
