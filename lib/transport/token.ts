/**
 * Single-flight token manager for OAuth-style offices (JPO password grant + refresh token, OPS client
 * credentials). One token request at a time per office: concurrent callers share the same promise
 * (ip_tools' token lock). Tokens live in storage.session (aesthetics.md §16.6) keyed to a fingerprint
 * of the credentials, so changing a key drops the old token. A token is renewed 60 s before it
 * expires; when the office rejects one anyway (JPO 210 / HTTP 401, OPS invalid_access_token), the
 * pipeline calls `renew` once with the rejected token.
 */
import type { OfficeId } from '../model/contracts';
import type { OfficeRequest, OfficeResponse, TokenAuth, TokenGrant } from '../offices/provider';
import { AuthError, NoCredentials } from './errors';
import { hasCredentials } from './has-credentials';
import type { KeyValueStore } from './storage-area';

const SAFETY_MARGIN_MS = 60_000;

interface StoredToken extends TokenGrant {
  fingerprint: string;
}

export interface TokenState {
  state: 'none' | 'valid' | 'expired';
  expiresAt?: string;
}

export interface TokenManager {
  /** A valid access token, fetching or refreshing one when needed. */
  get(credentials: Record<string, string>): Promise<string>;
  /** The office rejected `rejected`: get a new one (shared by every caller that saw the same rejection). */
  renew(credentials: Record<string, string>, rejected: string): Promise<string>;
  state(credentials: Record<string, string>): Promise<TokenState>;
  clear(): Promise<void>;
}

export interface TokenManagerDeps {
  office: OfficeId;
  auth: TokenAuth;
  store: KeyValueStore;
  /** Sends the token request through fetch + network log (no auth, no cache, no retry). */
  send: (req: OfficeRequest) => Promise<OfficeResponse>;
  /** Where the token is valid (the base URL): a token from one server is never sent to another. */
  scope?: string;
  now?: () => number;
}

export async function credentialFingerprint(credentials: Record<string, string>, scope = ''): Promise<string> {
  const canonical = JSON.stringify([scope, ...Object.keys(credentials).sort().map((k) => [k, credentials[k]])]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createTokenManager(deps: TokenManagerDeps): TokenManager {
  const now = deps.now ?? Date.now;
  const key = `token:${deps.office}`;
  let inFlight: Promise<string> | undefined;

  async function current(credentials: Record<string, string>): Promise<StoredToken | undefined> {
    const stored = await deps.store.get<StoredToken>(key);
    if (!stored) return undefined;
    return stored.fingerprint === (await credentialFingerprint(credentials, deps.scope)) ? stored : undefined;
  }

  async function fetchToken(credentials: Record<string, string>, refreshToken?: string): Promise<TokenGrant> {
    const res = await deps.send(deps.auth.tokenRequest(credentials, refreshToken));
    return deps.auth.parseToken(res, now());
  }

  async function obtain(credentials: Record<string, string>, previous?: StoredToken): Promise<string> {
    let grant: TokenGrant | undefined;
    if (previous?.refreshToken && (previous.refreshExpiresAt ?? 0) > now() + SAFETY_MARGIN_MS) {
      // The refresh grant saves a password round trip; if the office refuses it, log in again once.
      grant = await fetchToken(credentials, previous.refreshToken).catch((error: unknown) => {
        if (error instanceof AuthError) return undefined;
        throw error;
      });
    }
    grant ??= await fetchToken(credentials);
    await deps.store.set(key, { ...grant, fingerprint: await credentialFingerprint(credentials, deps.scope) } satisfies StoredToken);
    return grant.accessToken;
  }

  function singleFlight(run: () => Promise<string>): Promise<string> {
    inFlight ??= run().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  return {
    async get(credentials) {
      if (!hasCredentials(credentials)) throw new NoCredentials(deps.office);
      if (inFlight) return inFlight;
      const stored = await current(credentials);
      if (stored && stored.expiresAt > now() + SAFETY_MARGIN_MS) return stored.accessToken;
      return singleFlight(() => obtain(credentials, stored));
    },
    async renew(credentials, rejected) {
      if (!hasCredentials(credentials)) throw new NoCredentials(deps.office);
      if (inFlight) return inFlight;
      const stored = await current(credentials);
      // Someone else already replaced the rejected token.
      if (stored && stored.accessToken !== rejected && stored.expiresAt > now() + SAFETY_MARGIN_MS) return stored.accessToken;
      return singleFlight(() => obtain(credentials, stored));
    },
    async state(credentials) {
      const stored = hasCredentials(credentials) ? await current(credentials) : undefined;
      if (!stored) return { state: 'none' };
      return { state: stored.expiresAt > now() ? 'valid' : 'expired', expiresAt: new Date(stored.expiresAt).toISOString() };
    },
    async clear() {
      await deps.store.remove(key);
    },
  };
}
