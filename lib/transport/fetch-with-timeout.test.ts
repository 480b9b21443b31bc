// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchWithTimeout, TransportFailure } from './fetch-with-timeout';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/slow') {
      setTimeout(() => res.end('late'), 500);
      return;
    }
    res.setHeader('content-type', 'text/plain');
    res.end(`hello ${req.method}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fetchWithTimeout', () => {
  it('returns the reply of a real loopback server', async () => {
    const res = await fetchWithTimeout(`${base}/ok`, { method: 'GET' }, { timeoutMs: 2000 });
    expect(await res.text()).toBe('hello GET');
  });

  it('turns a slow reply into a timeout failure', async () => {
    const error = await fetchWithTimeout(`${base}/slow`, {}, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportFailure);
    expect((error as TransportFailure).reason).toBe('timeout');
  });

  it('turns a refused connection into a network failure', async () => {
    const error = await fetchWithTimeout('http://127.0.0.1:1/', {}, { timeoutMs: 2000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportFailure);
    expect((error as TransportFailure).reason).toBe('network');
  });

  it('re-throws the caller abort instead of calling it a failure', async () => {
    const controller = new AbortController();
    const pending = fetchWithTimeout(`${base}/slow`, {}, { timeoutMs: 2000, signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(TransportFailure);
  });
});
