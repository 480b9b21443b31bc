// @vitest-environment node
/**
 * A key-in-the-query office (KIPRIS's accessKey, TIPO's tk) whose provider forgets to name the
 * parameter secret, and whose error replies echo the key back: the key must reach no network-log
 * entry, no cache key and no error message (issue 16 §5). One key per credential name any office
 * uses, each with the characters that URL encoding changes.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficeProvider } from '../offices/provider';
import type { ResponseCache } from './cache';
import { createResponseCache } from './cache';
import { BadResponse } from './errors';
import { createNetworkLog } from './network-log';
import { createOfficePipeline } from './pipeline';
import { createQuotaLedger } from './quota-ledger';
import { memoryStore } from './storage-area';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    res.statusCode = url.pathname === '/fail' ? 400 : 200;
    res.setHeader('content-type', 'application/json');
    // Offices that echo the request in their errors (KIPRIS resultMsg, ODP error detail).
    res.end(url.pathname === '/fail' ? JSON.stringify({ error: `bad request ${decodeURIComponent(req.url ?? '')}` }) : '{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const names = ['accessKey', 'tk', 'apiKey', 'token', 'authKey', 'access-key', 'ServiceKey', 'customParam'];

describe.each(names)('a credential sent as %s', (name) => {
  it('is in no log line, cache key or error message', async () => {
    const key = `s3cr/${name}+K=ey`;
    const keys: string[] = [];
    const real = createResponseCache({ dbName: `secrets-${name}` });
    const cache: ResponseCache = { ...real, run: (k, ttl, f, o) => (keys.push(k), real.run(k, ttl, f, o)) };
    const log = createNetworkLog();
    const provider: OfficeProvider = {
      id: 'kipris',
      meta: { id: 'kipris', nameKey: 'office_kipris', defaultBaseUrl: base, credentials: [], signupUrl: '', hostPattern: '' },
      capabilities: ['biblio'],
      limits: {},
      ttlSeconds: {},
      accepts: () => true,
      lookup: async () => ({}),
      testConnection: async () => {},
      auth: { type: 'key', apply: (c) => ({ query: { [name]: c.secret! } }) },
      classify: (res) => (res.status === 400 ? new BadResponse('kipris', `KIPRIS said: ${JSON.stringify(res.body)}`) : undefined),
    };
    const pipeline = createOfficePipeline({ provider, settings: async () => ({ credentials: { secret: key } }), cache, ledger: createQuotaLedger(memoryStore()), log, tokenStore: memoryStore() });
    const policy = { maxWaitMs: 1_000, retries: 0 };
    await pipeline.request({ endpoint: 'biblio', path: '/ok', query: { echo: key }, responseType: 'json' }, policy);
    const error = await pipeline.request({ endpoint: 'biblio', path: '/fail', query: { echo: key }, responseType: 'json' }, policy).catch((e: unknown) => e as Error);
    const seen = [JSON.stringify(await log.entries()), keys.join('\n'), error instanceof Error ? error.message : String(error)].join('\n');
    for (const form of [key, encodeURIComponent(key), new URLSearchParams({ v: key }).toString().slice(2)]) expect(seen).not.toContain(form);
    expect(error).toBeInstanceOf(Error);
    expect((await log.entries()).length).toBe(2);
  });
});
