/**
 * Every error class of the taxonomy, produced by the sandbox's failure switches or its real
 * rejections and surfaced through the C2 `lookup` hook and the options page's "Test connection"
 * message. Order matters inside this file: a rate limit pauses that office in the worker, and a
 * spent quota blocks it until its reset, so those two run last.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OfficeId, SourceOutcome } from '../../lib/model/contracts';
import type { Sandbox } from '../sandbox/server';
import { startHarness, type Harness } from './harness';
import { freshSandbox, seen } from './lookup-helpers';

let h: Harness;
let sandbox: Sandbox | undefined;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
afterAll(async () => {
  await h?.close();
});

const outcome = (sources: SourceOutcome[], office: OfficeId) => sources.find((s) => s.office === office);

/** "Test connection" through the real message path, from an extension page. */
async function testConnection(office: OfficeId): Promise<SourceOutcome> {
  const page = await h.openExtensionPage('options.html');
  try {
    type Runtime = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown }> } };
    const envelope = await page.evaluate(
      (id) => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage({ name: 'office/test', request: { office: id } }),
      office,
    );
    expect(envelope.ok).toBe(true);
    return envelope.value as SourceOutcome;
  } finally {
    await page.close();
  }
}

describe('office errors, surfaced', () => {
  it('expired token: one refresh, then success', async () => {
    sandbox = await freshSandbox(h, ['epo-ops']);
    await h.hook('lookup', 'EP1000000A1'); // gets a token
    sandbox.setFailure('epo-ops', 'expired-token');
    sandbox.requests.length = 0;
    const result = await h.hook('lookup', 'EP2400812A1');
    expect(outcome(result.sources, 'epo-ops')).toMatchObject({ office: 'epo-ops', ok: true });
    expect(seen(sandbox).filter((r) => r === 'POST /epo-ops/auth/accesstoken')).toHaveLength(1);
    expect(sandbox.requests.some((r) => r.status === 400)).toBe(true);
  });

  it('expired JPO token (HTTP 401 + statusCode 210): one refresh, then success', async () => {
    sandbox = await freshSandbox(h, ['jpo']);
    expect(await testConnection('jpo')).toEqual({ office: 'jpo', ok: true }); // signs in
    sandbox.setFailure('jpo', 'expired-token');
    sandbox.requests.length = 0;
    const result = await h.hook('lookup', '特願2020-123456');
    expect(outcome(result.sources, 'jpo')).toMatchObject({ office: 'jpo', ok: true });
    expect(result.status?.office).toBe('jpo');
    expect(seen(sandbox, 'jpo')).toEqual([
      'GET /jpo/api/patent/v1/app_progress/2020123456',
      'POST /jpo/auth/token',
      'GET /jpo/api/patent/v1/app_progress/2020123456',
    ]);
  });

  it('auth: wrong credentials', async () => {
    sandbox = await freshSandbox(h, ['jpo'], { jpo: { id: 'sandbox-jpo-id', password: 'wrong' } });
    const result = await h.hook('lookup', 'JP2020123456');
    expect(outcome(result.sources, 'jpo')?.error?.kind).toBe('auth');
    const test = await testConnection('jpo');
    expect(test).toMatchObject({ office: 'jpo', ok: false, error: { kind: 'auth' } });
  });

  it('Test connection: works with good credentials, says unreachable for a dead office', async () => {
    sandbox = await freshSandbox(h, ['jpo', 'epo-ops']);
    expect(await testConnection('epo-ops')).toEqual({ office: 'epo-ops', ok: true });
    expect(await testConnection('jpo')).toEqual({ office: 'jpo', ok: true });
    const base = sandbox.baseUrl;
    await sandbox.close();
    sandbox = undefined;
    const down = await testConnection('epo-ops');
    expect(down).toMatchObject({ ok: false, error: { kind: 'office-down' } });
    expect(down.error?.message).toMatch(/unreachable/);
    expect(base).toBeTruthy();
  });

  it('not found: a number the office does not have', async () => {
    sandbox = await freshSandbox(h, ['epo-ops']);
    const result = await h.hook('lookup', 'EP3999999A1');
    expect(outcome(result.sources, 'epo-ops')?.error?.kind).toBe('not-found');
  });

  it('office down: the office keeps answering 5xx', async () => {
    sandbox = await freshSandbox(h, ['epo-ops']);
    sandbox.setFailure('epo-ops', 'server-error', { times: 20 });
    const result = await h.hook('lookup', 'EP2400812A1');
    expect(outcome(result.sources, 'epo-ops')?.error?.kind).toBe('office-down');
  });

  it('bad response: a malformed (truncated) JSON body', async () => {
    sandbox = await freshSandbox(h, ['jpo']);
    expect(await testConnection('jpo')).toEqual({ office: 'jpo', ok: true }); // token first, so the data reply is the spoiled one
    sandbox.setFailure('jpo', 'malformed', { times: 20 });
    const result = await h.hook('lookup', '特願2020-123456');
    expect(outcome(result.sources, 'jpo')?.error?.kind, JSON.stringify(result.sources)).toBe('bad-response');
    expect(result.status).toBeUndefined();
  });

  it('no credentials: surfaced per office without a request', async () => {
    sandbox = await freshSandbox(h, []);
    const result = await h.hook('lookup', 'JP2020123456');
    expect(outcome(result.sources, 'jpo')?.error?.kind).toBe('no-credentials');
    expect(sandbox.requests).toEqual([]);
  });

  it('rate limit: surfaced with retry-after', async () => {
    sandbox = await freshSandbox(h, ['epo-ops']);
    sandbox.setFailure('epo-ops', 'rate-limit', { times: 20 });
    const result = await h.hook('lookup', 'EP2400812A1');
    const error = outcome(result.sources, 'epo-ops')?.error;
    expect(error?.kind).toBe('rate-limit');
    expect(error?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('quota: the office says it is spent; the next lookup shows the reset time and sends no request', async () => {
    sandbox = await freshSandbox(h, ['jpo']);
    sandbox.setFailure('jpo', 'quota');
    const first = await h.hook('lookup', 'JP2020123456');
    const firstError = outcome(first.sources, 'jpo')?.error;
    expect(firstError?.kind).toBe('quota');
    expect(Date.parse(firstError?.resetsAt ?? '')).toBeGreaterThan(Date.now());
    const before = seen(sandbox, 'jpo').length;
    const second = await h.hook('lookup', 'JP2020123456');
    const secondError = outcome(second.sources, 'jpo')?.error;
    expect(secondError).toMatchObject({ kind: 'quota', resetsAt: firstError?.resetsAt });
    expect(seen(sandbox, 'jpo').length).toBe(before);
    const spent = (await h.hook('quota')).filter((r) => r.office === 'jpo' && r.remaining === 0);
    expect(spent.length).toBeGreaterThan(0);
    expect(spent.every((r) => r.resetsAt === firstError?.resetsAt)).toBe(true);
  });

  it('OPS fair-use quota (403 RegisteredQuotaPerWeek): every OPS call stops until the weekly reset', async () => {
    // Its own browser: the rate-limit test above has paused OPS in this worker for a minute.
    const own = await startHarness();
    try {
      sandbox = await freshSandbox(own, ['epo-ops']);
      sandbox.setFailure('epo-ops', 'quota');
      const first = await own.hook('lookup', 'EP2400812A1');
      const error = outcome(first.sources, 'epo-ops')?.error;
      expect(error?.kind).toBe('quota');
      expect(Date.parse(error?.resetsAt ?? '')).toBeGreaterThan(Date.now());
      const before = sandbox.requests.length;
      const other = await own.hook('lookup', 'EP1000000A1');
      expect(outcome(other.sources, 'epo-ops')?.error).toMatchObject({ kind: 'quota', resetsAt: error?.resetsAt });
      expect(sandbox.requests.length).toBe(before);
    } finally {
      await own.close();
    }
  });
});
