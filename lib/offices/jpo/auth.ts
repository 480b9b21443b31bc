import { AuthError, BadResponse } from '../../transport/errors';
import type { OfficeRequest, OfficeResponse, TokenAuth, TokenGrant } from '../provider';
import { JPO_TOKEN_INVALID } from './errors';

/**
 * JPO token flow (API-NOTES §1 "Auth"): password grant, then refresh_token grant, both form-encoded POSTs to
 * the token path. The path is semi-private (the handbook gives it only to registered users) and recorded
 * clients use `/auth/token`, so it is a parameter with that default. Pure builders/parsers: the transport's
 * token manager sends them and keeps the result in storage.session.
 */
export const JPO_DEFAULT_TOKEN_PATH = '/auth/token';

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' };

function tokenCall(body: URLSearchParams, tokenPath: string): OfficeRequest {
  return { endpoint: 'token', method: 'POST', path: tokenPath, headers: { ...FORM }, body: body.toString(), responseType: 'json', noCache: true };
}

export function jpoPasswordGrant(id: string, password: string, tokenPath = JPO_DEFAULT_TOKEN_PATH): OfficeRequest {
  return tokenCall(new URLSearchParams({ grant_type: 'password', username: id, password }), tokenPath);
}

export function jpoRefreshGrant(refreshToken: string, tokenPath = JPO_DEFAULT_TOKEN_PATH): OfficeRequest {
  return tokenCall(new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }), tokenPath);
}

/**
 * Token reply (Keycloak-style JSON: access_token, expires_in 3600, refresh_token, refresh_expires_in 28800 —
 * fixtures/token.json) → grant with absolute expiry. A Keycloak error body (`{"error":"invalid_grant"}`) or a
 * JPO envelope with statusCode 212 means the ID or password was rejected.
 */
export function parseJpoToken(body: unknown, now: number, httpStatus = 200): TokenGrant {
  const o = typeof body === 'string' ? safeParse(body) : body;
  if (typeof o !== 'object' || o === null) throw new BadResponse('jpo', `JPO token reply is not JSON (HTTP ${httpStatus})`, { httpStatus });
  const r = o as Record<string, unknown>;
  if (typeof r.error === 'string') {
    throw new AuthError('jpo', `JPO refused the ID or password (${r.error})`, { httpStatus, officeCode: 'bad-credentials' });
  }
  const result = r.result as Record<string, unknown> | undefined;
  if (result && typeof result === 'object' && result.statusCode !== '100') {
    throw new AuthError('jpo', `JPO refused the ID or password (statusCode ${String(result.statusCode)})`, { httpStatus, officeCode: String(result.statusCode) });
  }
  const accessToken = r.access_token;
  if (typeof accessToken !== 'string' || !accessToken) {
    if (httpStatus === 401 || httpStatus === 403) throw new AuthError('jpo', 'JPO refused the ID or password', { httpStatus, officeCode: 'bad-credentials' });
    throw new BadResponse('jpo', 'JPO token reply has no access_token', { httpStatus });
  }
  const expiresIn = seconds(r.expires_in) ?? 3600;
  const refreshIn = seconds(r.refresh_expires_in);
  return {
    accessToken,
    expiresAt: now + expiresIn * 1000,
    ...(typeof r.refresh_token === 'string' && r.refresh_token && { refreshToken: r.refresh_token }),
    ...(refreshIn !== undefined && { refreshExpiresAt: now + refreshIn * 1000 }),
  };
}

/** HTTP 401 (seen for a call without a token) or statusCode 210 in a 200 body: refresh once and retry. */
export function isJpoTokenRejected(res: OfficeResponse): boolean {
  if (res.status === 401) return true;
  const body = res.body as { result?: { statusCode?: unknown } } | null;
  return typeof body === 'object' && body !== null && String(body.result?.statusCode ?? '') === JPO_TOKEN_INVALID;
}

export const jpoAuth: TokenAuth = {
  type: 'token',
  tokenRequest: (credentials, refreshToken) =>
    refreshToken ? jpoRefreshGrant(refreshToken) : jpoPasswordGrant(credentials.id ?? '', credentials.password ?? ''),
  parseToken: (res, now) => parseJpoToken(res.body, now, res.status),
  isTokenRejected: isJpoTokenRejected,
};

function seconds(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
