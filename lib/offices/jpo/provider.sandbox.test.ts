// @vitest-environment node
// The JPO provider through the real transport pipeline against the sandbox office server
// (test/sandbox, contract C3): token flow, classify, ZIP bodies and the pipeline's cache all together.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../test/sandbox/server';
import { sandboxCredentials } from '../../../test/sandbox/credentials';
import { sandboxContext } from '../../../test/support/sandbox-pipeline';
import type { PatentRef } from '../../numbers';
import { AuthError, QuotaExceeded } from '../../transport/errors';
import type { OfficeProvider } from '../provider';
import { fetchDocuments, jpoProvider } from './provider';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox?.close();
});

const contextFor = (provider: OfficeProvider, credentials: Record<string, string>) => sandboxContext(sandbox, provider, credentials);

const APP: PatentRef = { country: 'JP', type: 'application', docdb: 'JP.2020123456.A', epodoc: 'JP20200123456', kind: 'A', number: '2020123456' };

describe('providers against the sandbox', () => {
  it('JPO: token, app_progress, cite_doc_info and the document ZIPs', async () => {
    const ctx = contextFor(jpoProvider, { ...sandboxCredentials.jpo });
    const r = await jpoProvider.lookup(APP, ['status', 'biblio', 'citations', 'documents'], ctx);
    expect(r.status?.state).toBe('granted');
    expect(r.biblio?.title).toBe('立体配線構造体の製造方法');
    expect(r.citations).toHaveLength(13);
    expect(r.documents?.map((d) => d.kind)).toEqual(['refusal-reason', 'decision', 'amendment', 'opinion']);
    const refusal = await fetchDocuments(APP, 'refusal-reasons', ctx);
    expect(refusal.bundle.kind).toBe('documents');
    const paths = sandbox.requests.filter((q) => q.office === 'jpo').map((q) => `${q.method} ${q.path}`);
    expect(paths[0]).toMatch(/^POST .*\/auth\/token$/);
  });

  it('JPO: wrong password is an AuthError; quota failure is QuotaExceeded', async () => {
    await expect(jpoProvider.lookup(APP, ['status'], contextFor(jpoProvider, { id: 'x', password: 'wrong' }))).rejects.toBeInstanceOf(AuthError);
    sandbox.setFailure('jpo', 'quota', { times: 1 });
    await expect(jpoProvider.lookup(APP, ['citations'], contextFor(jpoProvider, { ...sandboxCredentials.jpo }))).rejects.toBeInstanceOf(QuotaExceeded);
  });
});
