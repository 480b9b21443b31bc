// @vitest-environment node
/**
 * The whole background stack without a browser: settings → lookup service → registry providers →
 * pipelines (cache, quota ledger, limiter, tokens, fetch) → the sandbox office server (contract C3)
 * on a loopback port. The real-browser tests (test/e2e/lookup.test.ts) repeat the key cases in Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import { saveSettings } from '../settings';
import { sandboxCredentials } from '../../test/sandbox/credentials';
import { startSandbox, type Sandbox } from '../../test/sandbox/server';
import { providers } from '../offices';
import { officeServices } from './services';

let sandbox: Sandbox;

beforeAll(async () => {
  const messages = en as Record<string, { message: string }>;
  fakeBrowser.i18n.getMessage = ((key: string) => messages[key]?.message ?? '') as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
  sandbox = await startSandbox();
  const offices: Record<string, { baseUrl: string; credentials: Record<string, string> }> = {};
  for (const p of providers) offices[p.id] = { baseUrl: `${sandbox.baseUrl}/${p.id}`, credentials: { ...sandboxCredentials[p.id] } };
  await saveSettings({ offices });
});
afterAll(() => sandbox?.close());

describe('lookup service against the sandbox', () => {
  it('answers a JP application from JPO with plain-words status and provenance', async () => {
    const result = await officeServices().lookup.lookup('特願2020-123456');
    expect(result.sources.find((s) => s.office === 'jpo')).toMatchObject({ office: 'jpo', ok: true, capabilities: { answered: ['status', 'biblio', 'related'] } });
    expect(result.status?.office).toBe('jpo');
    expect(Object.values(en as Record<string, { message: string }>).map((m) => m.message)).toContain(result.status?.label);
    expect(result.biblio?.title).toBeTruthy();
    expect(result.related?.length).toBeGreaterThan(0);
  });

  it('serves the second lookup from the cache and counts quota from the office replies', async () => {
    const before = sandbox.requests.length;
    await officeServices().lookup.lookup('特願2020-123456');
    expect(sandbox.requests.length).toBe(before);
    const rows = await officeServices().lookup.quota();
    expect(rows.find((r) => r.office === 'jpo' && r.endpoint === 'app_progress')?.used).toBe(1);
    const log = await officeServices().networkLog.entries();
    expect(log.map((e) => `${e.method} ${new URL(e.url).pathname}`)).toContain('POST /jpo/auth/token');
  });

  it('tests the connection with a fresh token', async () => {
    sandbox.requests.length = 0;
    expect(await officeServices().lookup.testOffice('jpo')).toEqual({ office: 'jpo', ok: true });
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)[0]).toBe('POST /jpo/auth/token');
  });
});
