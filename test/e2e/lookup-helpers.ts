import type { OfficeId } from '../../lib/model/contracts';
import { sandboxCredentials } from '../sandbox/credentials';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { sandboxOffices, type Harness } from './harness';

/**
 * A fresh sandbox per test: a new base URL means new cache keys and new tokens in the extension,
 * so each test sees the office's first reply. Offices not named are configured without keys.
 */
export async function freshSandbox(h: Harness, offices: OfficeId[], credentials: Partial<Record<OfficeId, Record<string, string>>> = {}): Promise<Sandbox> {
  const sandbox = await startSandbox();
  const creds: Partial<Record<OfficeId, Record<string, string>>> = {};
  for (const office of ['jpo', 'epo-ops', 'uspto-odp', 'kipris', 'tipo', 'lens', 'pearl'] as OfficeId[]) {
    creds[office] = offices.includes(office)
      ? (credentials[office] ?? sandboxCredentials[office])
      : Object.fromEntries(Object.keys(sandboxCredentials[office]).map((k) => [k, '']));
  }
  await h.hook('configure', sandboxOffices(sandbox.baseUrl, creds));
  return sandbox;
}

/** Requests the sandbox saw for one office, as 'METHOD /path'. */
export function seen(sandbox: Sandbox, office?: OfficeId): string[] {
  return sandbox.requests.filter((r) => !office || r.office === office).map((r) => `${r.method} ${r.path}`);
}

type Runtime = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }> } };

/** Send one protocol message from an extension page (sender 'ui'), the way the side panel does. */
export async function askAsUi<T>(h: Harness, name: string, request: unknown): Promise<T> {
  const page = await h.openExtensionPage('popup.html');
  try {
    const envelope = await page.evaluate(
      ([n, r]) => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage({ name: n, request: r }),
      [name, request] as [string, unknown],
    );
    if (!envelope.ok) throw new Error(`${name} failed: ${JSON.stringify(envelope.error)}`);
    return envelope.value as T;
  } finally {
    await page.close();
  }
}
