import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OfficeRequest, OfficeResponse, TokenAuth } from '../offices/provider';
import { AuthError, NoCredentials } from './errors';
import { browserStore } from './storage-area';
import { createTokenManager } from './token';

let t = 1_000_000_000;
const creds = { id: 'user', password: 'pw' };

/** A JPO-like office: password grant and refresh grant, tokens numbered in order. */
function office() {
  const sent: OfficeRequest[] = [];
  let issued = 0;
  let refuseRefresh = false;
  const auth: TokenAuth = {
    type: 'token',
    tokenRequest: (c, refreshToken) => ({
      endpoint: 'token',
      method: 'POST',
      path: '/auth/token',
      body: refreshToken ? `grant_type=refresh_token&refresh_token=${refreshToken}` : `grant_type=password&username=${c.id}`,
      responseType: 'json',
    }),
    parseToken: (res) => {
      const body = res.body as { access_token?: string; error?: string };
      if (!body.access_token) throw new AuthError('jpo', 'bad credentials');
      return { accessToken: body.access_token, expiresAt: t + 3600_000, refreshToken: `r-${body.access_token}`, refreshExpiresAt: t + 28_800_000 };
    },
    isTokenRejected: () => false,
  };
  const send = async (req: OfficeRequest): Promise<OfficeResponse> => {
    sent.push(req);
    await new Promise((r) => setTimeout(r, 5));
    const isRefresh = req.body?.startsWith('grant_type=refresh_token') ?? false;
    const body = isRefresh && refuseRefresh ? { error: 'invalid_grant' } : { access_token: `tok${++issued}` };
    return { status: 200, headers: {}, body, fetchedAt: new Date(t).toISOString(), fromCache: false, stale: false };
  };
  const manager = createTokenManager({ office: 'jpo', auth, store: browserStore('session'), send, now: () => t });
  return { manager, sent, refuseRefresh: () => void (refuseRefresh = true) };
}

beforeEach(() => {
  fakeBrowser.reset();
  t = 1_000_000_000;
});

describe('token manager', () => {
  it('fetches one token for many concurrent callers (single flight) and keeps it in storage.session', async () => {
    const { manager, sent } = office();
    const tokens = await Promise.all([1, 2, 3, 4, 5].map(() => manager.get(creds)));
    expect(new Set(tokens)).toEqual(new Set(['tok1']));
    expect(sent).toHaveLength(1);
    const stored = await fakeBrowser.storage.session.get('token:jpo');
    expect((stored['token:jpo'] as { accessToken: string }).accessToken).toBe('tok1');
    expect(await manager.state(creds)).toMatchObject({ state: 'valid' });
  });

  it('uses the refresh grant when the access token is about to expire', async () => {
    const { manager, sent } = office();
    await manager.get(creds);
    t += 3600_000 - 30_000; // inside the 60 s safety margin
    expect(await manager.get(creds)).toBe('tok2');
    expect(sent[1]?.body).toBe('grant_type=refresh_token&refresh_token=r-tok1');
  });

  it('falls back to a fresh login when the refresh token is refused', async () => {
    const { manager, sent, refuseRefresh } = office();
    await manager.get(creds);
    refuseRefresh();
    t += 3600_000;
    await manager.get(creds);
    expect(sent.map((r) => r.body?.split('&')[0])).toEqual(['grant_type=password', 'grant_type=refresh_token', 'grant_type=password']);
  });

  it('renews a rejected token once even when several calls saw the rejection', async () => {
    const { manager, sent } = office();
    const first = await manager.get(creds);
    const renewed = await Promise.all([manager.renew(creds, first), manager.renew(creds, first)]);
    expect(renewed).toEqual(['tok2', 'tok2']);
    expect(await manager.renew(creds, first)).toBe('tok2'); // already replaced: no new request
    expect(sent).toHaveLength(2);
  });

  it('drops the token when the credentials change, and refuses empty credentials', async () => {
    const { manager, sent } = office();
    await manager.get(creds);
    expect(await manager.get({ id: 'other', password: 'pw' })).toBe('tok2');
    expect(sent).toHaveLength(2);
    await expect(manager.get({ id: '', password: '' })).rejects.toBeInstanceOf(NoCredentials);
  });
});
