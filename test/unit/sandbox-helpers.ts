// Helpers for the sandbox server's own tests (test/unit/sandbox-*.test.ts).
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import { sandboxCredentials } from '../sandbox/credentials';
import { startSandbox, type Sandbox } from '../sandbox/server';

export const creds = sandboxCredentials;

/** Bytes of a fixture as copied into the project (lib/offices/<office>/fixtures/<name>). */
export function fixtureBytes(office: string, name: string): Buffer {
  return readFileSync(new URL(`../../lib/offices/${office}/fixtures/${name}`, import.meta.url));
}

/** A fresh sandbox per test on a random port, with a clock the test can move. */
export function useSandbox(): { sb: () => Sandbox; advance: (ms: number) => void } {
  let sandbox: Sandbox | undefined;
  let offset = 0;
  beforeEach(async () => {
    offset = 0;
    sandbox = await startSandbox({ port: 0, now: () => Date.now() + offset });
  });
  afterEach(async () => {
    await sandbox?.close();
  });
  return {
    sb: () => sandbox!,
    advance: (ms) => {
      offset += ms;
    },
  };
}

export async function jpoToken(base: string): Promise<{ access: string; refresh: string }> {
  const res = await fetch(`${base}/jpo/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', username: creds.jpo.id, password: creds.jpo.password }),
  });
  const body = (await res.json()) as { access_token: string; refresh_token: string };
  return { access: body.access_token, refresh: body.refresh_token };
}

export async function opsToken(base: string, key: string = creds['epo-ops'].key, secret: string = creds['epo-ops'].secret): Promise<Response> {
  return fetch(`${base}/epo-ops/auth/accesstoken`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
}

export async function bytesOf(res: Response): Promise<Buffer> {
  return Buffer.from(await res.arrayBuffer());
}

export async function arm(base: string, office: string, mode: string, times?: number): Promise<Response> {
  return fetch(`${base}/_control/failure`, { method: 'POST', body: JSON.stringify({ office, mode, times }) });
}
