// @vitest-environment node
// The PEARL provider through the real transport pipeline against the sandbox (its replies are
// reconstructed: lib/offices/pearl/sandbox.ts): token flow, search, renewal, refusal, budget.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../test/sandbox/server';
import { sandboxCredentials } from '../../../test/sandbox/credentials';
import { sandboxContext } from '../../../test/support/sandbox-pipeline';
import { pearlProvider, searchPearl } from './provider';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox?.close();
});

describe('PEARL against the sandbox', () => {
  it('a client-credentials token, then the concepts for a Japanese term in the target languages', async () => {
    const ctx = sandboxContext(sandbox, pearlProvider, { ...sandboxCredentials.pearl });
    const entries = await searchPearl({ term: '配線', source: 'ja', targets: ['en', 'de'] }, ctx);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.terms.map((t) => `${t.lang}:${t.term}`)).toEqual(['en:wiring', 'ja:配線', 'de:Verdrahtung']);
    expect(await searchPearl({ term: 'no such term', source: 'en', targets: ['ja'] }, ctx)).toEqual([]);
    await pearlProvider.testConnection(ctx);
  });

  it('renews a revoked token once; a wrong secret is an auth error', async () => {
    const ctx = sandboxContext(sandbox, pearlProvider, { ...sandboxCredentials.pearl });
    await searchPearl({ term: 'wiring', source: 'en', targets: ['ja'] }, ctx);
    sandbox.setFailure('pearl', 'expired-token', { times: 1 });
    expect(await searchPearl({ term: 'semiconductor', source: 'en', targets: ['ja'] }, ctx)).toHaveLength(1);
    const bad = sandboxContext(sandbox, pearlProvider, { ...sandboxCredentials.pearl, clientSecret: 'wrong' });
    await expect(searchPearl({ term: 'wiring', source: 'en', targets: ['ja'] }, bad)).rejects.toMatchObject({ kind: 'auth' });
  });

  it('is never routed a patent number', () => {
    expect(pearlProvider.accepts({ country: 'EP', type: 'publication', docdb: 'EP.2400812.A1', epodoc: 'EP2400812', kind: 'A1', number: '2400812' })).toBe(false);
  });
});
