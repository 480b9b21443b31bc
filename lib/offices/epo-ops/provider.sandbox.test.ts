// @vitest-environment node
// The OPS provider through the real transport pipeline against the sandbox office server
// (test/sandbox, contract C3): token flow, classify, ZIP bodies and the pipeline's cache all together.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../test/sandbox/server';
import { sandboxCredentials } from '../../../test/sandbox/credentials';
import { sandboxContext } from '../../../test/support/sandbox-pipeline';
import type { PatentRef } from '../../numbers';
import { AuthError } from '../../transport/errors';
import { epoOpsProvider, search } from './provider';
import type { OfficeProvider } from '../provider';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox?.close();
});

const contextFor = (provider: OfficeProvider, credentials: Record<string, string>) => sandboxContext(sandbox, provider, credentials);

const EP24: PatentRef = { country: 'EP', type: 'publication', docdb: 'EP.2400812.A1', epodoc: 'EP2400812', kind: 'A1', number: '2400812' };

describe('providers against the sandbox', () => {
  it('OPS: token, biblio + register status, family, legal, search', async () => {
    const ctx = contextFor(epoOpsProvider, { ...sandboxCredentials['epo-ops'] });
    const r = await epoOpsProvider.lookup(EP24, ['status', 'biblio', 'family', 'legal'], ctx);
    expect(r.status).toMatchObject({ state: 'granted', officeDetail: 'No opposition filed within time limit' });
    expect(r.biblio?.title).toBe('BLUETOOTH NETWORKING');
    expect(r.family?.members).toHaveLength(5);
    expect(r.legal).toHaveLength(69);
    expect((await search('ti=battery', { begin: 1, end: 5 }, ctx)).hits).toHaveLength(5);
    expect((await search('ti=nothing', { begin: 1, end: 5 }, ctx)).total).toBe(0);
  });

  it("OPS: the family's own texts — every member's titles and abstracts by language, and the claims of the document asked", async () => {
    const ctx = contextFor(epoOpsProvider, { ...sandboxCredentials['epo-ops'] });
    const { texts = [] } = await epoOpsProvider.lookup(EP24, ['texts'], ctx);
    const titles = texts.filter((t) => t.part === 'title').map((t) => `${t.member.docdb} ${t.lang} ${t.text}`);
    expect(titles).toEqual(expect.arrayContaining(['EP.2400812.A1 de BLUETOOTH-VERNETZUNG', 'EP.2400812.A1 fr MISE EN RÉSEAU BLUETOOTH', 'EP.2400812.A1 en BLUETOOTH NETWORKING', 'CA.2744162.A1 fr RESEAUTAGE PAR LIEN BLUETOOTH']));
    expect(texts.filter((t) => t.part === 'abstract').every((t) => t.lang === 'en' && t.text.length > 100)).toBe(true);
    const claims = texts.filter((t) => t.part === 'claim');
    expect(claims.map((c) => c.index)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(claims[0]).toMatchObject({ member: { docdb: 'EP.2400812.A1' }, lang: 'en', source: { endpoint: 'claims' } });
  });

  it('OPS: a revoked token is renewed once; bad secret is an AuthError', async () => {
    const ctx = contextFor(epoOpsProvider, { ...sandboxCredentials['epo-ops'] });
    await epoOpsProvider.testConnection(ctx);
    sandbox.setFailure('epo-ops', 'expired-token');
    await epoOpsProvider.testConnection(ctx);
    await expect(epoOpsProvider.testConnection(contextFor(epoOpsProvider, { key: 'sandbox-ops-key', secret: 'nope' }))).rejects.toBeInstanceOf(AuthError);
  });
});
