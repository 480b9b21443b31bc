// @vitest-environment node
/**
 * The composed pipeline against a real loopback HTTP office (ky's test style): a token office with
 * JPO-like habits — errors inside HTTP 200 bodies, a remaining-calls count on every reply, a token
 * that can be revoked — exercising cache, quota, retry, auth renewal and error mapping together.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OfficeProvider, OfficeRequest, OfficeResponse } from '../offices/provider';
import { createResponseCache } from './cache';
import { AuthError, BadResponse, NoCredentials, NotFound, OfficeDown, QuotaExceeded, RateLimited } from './errors';
import { createNetworkLog } from './network-log';
import { createOfficePipeline, type OfficeSettingsView } from './pipeline';
import { createQuotaLedger } from './quota-ledger';
import { memoryStore } from './storage-area';

let server: Server;
let base = '';
const log: string[] = [];
let validToken = 'tok1';
let issued = 0;
let script: (() => { status: number; body: string; headers?: Record<string, string> })[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    if (req.url === '/auth/token') {
      validToken = `tok${++issued}`;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ access_token: validToken, expires_in: 3600 }));
      return;
    }
    if (req.headers.authorization !== `Bearer ${validToken}`) {
      res.statusCode = 401;
      res.end(JSON.stringify({ result: { statusCode: '210' } }));
      return;
    }
    const next = script.shift()?.() ?? { status: 200, body: JSON.stringify({ result: { statusCode: '100', remainAccessCount: '9', data: { n: req.url } } }) };
    res.statusCode = next.status;
    res.setHeader('content-type', 'application/json');
    for (const [k, v] of Object.entries(next.headers ?? {})) res.setHeader(k, v);
    res.end(next.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const body = (res: OfficeResponse) => (res.body as { result: { statusCode: string; remainAccessCount?: string } }).result;

const provider: OfficeProvider = {
  id: 'jpo',
  meta: { id: 'jpo', nameKey: 'office_jpo', defaultBaseUrl: 'https://must-not-be-called.invalid', credentials: [], signupUrl: '', hostPattern: '' },
  capabilities: ['status'],
  limits: { perWindow: { calls: 100, windowSeconds: 60 }, daily: { perEndpoint: { progress: 400 }, resetTimeZone: 'Asia/Tokyo' } },
  ttlSeconds: { progress: 60 },
  accepts: () => true,
  lookup: async () => ({}),
  testConnection: async () => {},
  auth: {
    type: 'token',
    tokenRequest: () => ({ endpoint: 'token', method: 'POST', path: '/auth/token', body: 'grant_type=password', responseType: 'json' }),
    parseToken: (res, now) => {
      const b = res.body as { access_token?: string };
      if (!b.access_token) throw new AuthError('jpo', 'bad id or password');
      return { accessToken: b.access_token, expiresAt: now + 3600_000 };
    },
    isTokenRejected: (res) => res.status === 401 || (res.status === 200 && body(res)?.statusCode === '210'),
  },
  classify: (res) => {
    const code = typeof res.body === 'object' ? body(res)?.statusCode : undefined;
    if (code === '203') return new QuotaExceeded('jpo', 'daily cap', new Date(Date.parse('2026-11-25T15:00:00Z')), { officeCode: '203' });
    if (code === '303') return new RateLimited('jpo', 'too many', 1, { officeCode: '303' });
    return undefined;
  },
  quotaSignals: (res) => {
    const remaining = typeof res.body === 'object' ? body(res)?.remainAccessCount : undefined;
    return remaining !== undefined ? { remainingToday: Number(remaining) } : {};
  },
};

const req = (n: string): OfficeRequest => ({ endpoint: 'progress', path: `/api/progress/${n}`, responseType: 'json' });
const policy = { maxWaitMs: 5000 };
let settings: OfficeSettingsView;
let dbCount = 0;

function make() {
  const network = createNetworkLog();
  const ledger = createQuotaLedger(memoryStore(), () => Date.parse('2026-11-25T10:00:00Z'));
  const pipeline = createOfficePipeline({
    provider,
    settings: async () => settings,
    cache: createResponseCache({ dbName: `pipeline-${++dbCount}` }),
    ledger,
    log: network,
    tokenStore: memoryStore(),
    sleep: async () => {},
  });
  return { pipeline, network, ledger };
}

beforeEach(() => {
  settings = { baseUrl: `${base}/`, credentials: { id: 'u', password: 'p' } };
  log.length = 0;
  script = [];
});

describe('office pipeline', () => {
  it('caches a read-only POST (ODP and Lens searches) under its cache key; other POSTs always go out', async () => {
    const { pipeline } = make();
    const search = (q: string, readOnly: boolean): OfficeRequest => ({ endpoint: 'progress', method: 'POST', path: '/api/search', body: q, responseType: 'json', readOnly, cacheKey: `search ${q}` });
    await pipeline.request(search('a', true), policy);
    await pipeline.request(search('a', true), policy);
    await pipeline.request(search('b', true), policy);
    await pipeline.request(search('a', false), policy);
    await pipeline.request(search('a', false), policy);
    expect(log.filter((l) => l === 'POST /api/search')).toHaveLength(4);
  });

  it('gets a token, calls the office, records quota and the network log, then serves the cache', async () => {
    const { pipeline, network, ledger } = make();
    const first = await pipeline.request(req('1'), policy);
    expect(first.fromCache).toBe(false);
    const second = await pipeline.request(req('1'), policy);
    expect(second.fromCache).toBe(true);
    expect(log).toEqual(['POST /auth/token', 'GET /api/progress/1']);
    expect((await network.entries()).map((e) => `${e.method} ${e.status}`)).toEqual(['POST 200', 'GET 200']);
    const row = (await ledger.rows(await pipeline.quotaSpec())).find((r) => r.endpoint === 'progress');
    expect(row).toMatchObject({ used: 1, remaining: 9 });
  });

  it('renews a rejected token once and succeeds', async () => {
    const { pipeline } = make();
    await pipeline.request(req('2'), policy);
    validToken = 'revoked-by-office';
    log.length = 0;
    const res = await pipeline.request({ ...req('3') }, policy);
    expect(res.status).toBe(200);
    expect(log).toEqual(['GET /api/progress/3', 'POST /auth/token', 'GET /api/progress/3']);
  });

  it('refuses without credentials before any request', async () => {
    const { pipeline } = make();
    settings = { baseUrl: base, credentials: { id: '', password: '' } };
    await expect(pipeline.request(req('4'), policy)).rejects.toBeInstanceOf(NoCredentials);
    expect(log).toEqual([]);
  });

  it('a quota reply in an HTTP 200 body blocks the endpoint: the next call sends nothing and says when it resets', async () => {
    const { pipeline } = make();
    script = [() => ({ status: 200, body: JSON.stringify({ result: { statusCode: '203', remainAccessCount: '0' } }) })];
    await expect(pipeline.request(req('5'), policy)).rejects.toBeInstanceOf(QuotaExceeded);
    log.length = 0;
    const error = await pipeline.request(req('6'), policy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuotaExceeded);
    expect((error as QuotaExceeded).resetsAt).toBe('2026-11-25T15:00:00.000Z');
    expect(log).toEqual([]);
  });

  it('retries a rate-limited reply after the office wait, and a 5xx with backoff, then gives up', async () => {
    const { pipeline } = make();
    script = [() => ({ status: 200, body: JSON.stringify({ result: { statusCode: '303' } }) })];
    expect((await pipeline.request(req('7'), policy)).status).toBe(200);
    script = [1, 2, 3].map(() => () => ({ status: 503, body: 'down' }));
    await expect(pipeline.request(req('8'), policy)).rejects.toBeInstanceOf(OfficeDown);
    expect(log.filter((l) => l.endsWith('/8'))).toHaveLength(3);
  });

  it('maps 429 with Retry-After beyond the caller wait to RateLimited with retryAfterSeconds', async () => {
    const { pipeline } = make();
    script = [() => ({ status: 429, body: '', headers: { 'retry-after': '120' } })];
    const error = await pipeline.request(req('9'), policy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimited);
    expect((error as RateLimited).retryAfterSeconds).toBe(120);
  });

  it('maps 404 to NotFound, a malformed body to BadResponse, an unreachable office to OfficeDown', async () => {
    const { pipeline } = make();
    script = [() => ({ status: 404, body: '{}' })];
    await expect(pipeline.request(req('10'), policy)).rejects.toBeInstanceOf(NotFound);
    script = [() => ({ status: 200, body: '<html>oops' })];
    await expect(pipeline.request(req('11'), policy)).rejects.toBeInstanceOf(BadResponse);
    settings = { baseUrl: 'http://127.0.0.1:1', credentials: { id: 'u', password: 'p' } };
    const error = await pipeline.request(req('12'), policy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeDown);
    expect((error as OfficeDown).message).toMatch(/unreachable/);
  });

  it('serves the last good copy marked stale when the refresh fails', async () => {
    let t = Date.now();
    const ledger = createQuotaLedger(memoryStore(), () => Date.parse('2026-11-25T10:00:00Z'));
    const pipeline = createOfficePipeline({
      provider,
      settings: async () => settings,
      cache: createResponseCache({ dbName: `pipeline-${++dbCount}`, now: () => t }),
      ledger,
      log: createNetworkLog(),
      tokenStore: memoryStore(),
      sleep: async () => {},
    });
    await pipeline.request(req('13'), policy);
    t += 61_000;
    script = [1, 2, 3].map(() => () => ({ status: 500, body: 'x' }));
    const res = await pipeline.request(req('13'), policy);
    expect(res.stale).toBe(true);
    expect(res.staleBecause?.kind).toBe('office-down');
  });
});

describe('office pipeline, reply size', () => {
  it('refuses a reply over the cap with a clear error, and reads nothing of it', async () => {
    const { pipeline } = make();
    // A 5 MB title (the probe of issue 16): over the 4 MB cap for data replies.
    script = [() => ({ status: 200, body: JSON.stringify({ result: { statusCode: '100', data: { title: 'x'.repeat(5 * 1024 ** 2) } } }) })];
    const error = await pipeline.request(req('huge'), policy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadResponse);
    expect((error as Error).message).toMatch(/^jpo sent (more than )?\d+(\.\d)? MB; PatentPeek reads at most 4\.0 MB of one reply$/);
  });
});

describe('office pipeline, spent quota', () => {
  it('sends not even a token request while the quota is spent', async () => {
    const { pipeline, ledger } = make();
    await ledger.block(await pipeline.quotaSpec(), 'progress', new Date('2026-11-25T15:00:00Z'));
    await expect(pipeline.request(req('20'), policy)).rejects.toBeInstanceOf(QuotaExceeded);
    expect(log).toEqual([]);
  });
});

describe('office pipeline, key in the query string (KIPRIS/TIPO style)', () => {
  it('sends the key but never logs it', async () => {
    const keyProvider: OfficeProvider = {
      ...provider,
      id: 'kipris',
      auth: { type: 'key', apply: (c) => ({ query: { accessKey: c.accessKey ?? '' } }) },
      classify: undefined,
      quotaSignals: undefined,
    };
    const network = createNetworkLog();
    const pipeline = createOfficePipeline({
      provider: keyProvider,
      settings: async () => ({ baseUrl: base, credentials: { accessKey: 'k/+=' } }),
      cache: createResponseCache({ dbName: `pipeline-${++dbCount}` }),
      ledger: createQuotaLedger(memoryStore()),
      log: network,
      tokenStore: memoryStore(),
    });
    // The loopback office only checks bearer tokens; give it the current one so the reply is 200.
    const res = await pipeline.request({ ...req('30'), headers: { authorization: `Bearer ${validToken}` } }, policy);
    expect(res.status).toBe(200);
    expect(log.at(-1)).toBe('GET /api/progress/30?accessKey=k%2F%2B%3D');
    const [entry] = await network.entries();
    expect(entry?.url).toBe(`${base}/api/progress/30?accessKey=REDACTED`);
  });
});
