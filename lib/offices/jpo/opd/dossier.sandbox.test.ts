// @vitest-environment node
// One Portal Dossier through the JPO provider's pipeline against the sandbox (test/sandbox; every OPD
// reply there is RECONSTRUCTED, lib/offices/jpo/fixtures/SOURCES.md): family, document list, citations
// and classifications, a document's PDF, no data, the account without OPD, and the 5-a-minute lane.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../../test/sandbox/server';
import { sandboxCredentials } from '../../../../test/sandbox/credentials';
import { sandboxContext } from '../../../../test/support/sandbox-pipeline';
import { parseNumber, type PatentRef } from '../../../numbers';
import { AuthError, NotFound, RateLimited } from '../../../transport/errors';
import { applicationNumberOf, jpoProvider } from '../provider';
import { NO_OPD_SUFFIX } from '../sandbox';
import { fixtureBytes } from '../test-fixtures';
import { dossierCiteClass, dossierDocument, dossierDocuments, dossierFamily } from './dossier';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox?.close();
});

const ctx = (id: string = sandboxCredentials.jpo.id) => sandboxContext(sandbox, jpoProvider, { ...sandboxCredentials.jpo, id });
const ref = (text: string): PatentRef => {
  const r = parseNumber(text);
  if (!r.ok) throw new Error(r.reason);
  return r.ref;
};
const family = (text: string, c = ctx()) => dossierFamily(ref(text), c, (r) => applicationNumberOf(r, c));
const opdPaths = () => sandbox.requests.filter((q) => q.path.includes('/opdapi/')).map((q) => q.path.replace(/^\/jpo/, ''));

describe('JPO One Portal Dossier', () => {
  it("a JP application's five-office family, asked by its application in OPD's dotted form", async () => {
    const f = await family('特願2015-500001');
    expect(f.members.map((m) => `${m.country} ${m.application.number}`)).toEqual(['JP JP.2015500001.A', 'US US.201314768239.A']);
    expect(f.source.endpoint).toBe('opd.family');
    expect(opdPaths()).toContain('/opdapi/patent/v1/family/application/JP.2015500001.A');
  });

  it('a member’s documents and its citations and classifications; a document opens as its PDF', async () => {
    const docs = await dossierDocuments('JP.2007550210.A', ctx());
    expect(docs.title).toBe('核初期化因子');
    const first = docs.documents[0]!;
    const pdf = await dossierDocument('JP.2007550210.A', first.id, 'pdf', ctx());
    expect(pdf).toMatchObject({ fileName: 'Written_Amendment_51201606245_JP.pdf', mediaType: 'application/pdf' });
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
    const cite = await dossierCiteClass('JP.2007550210.A', ctx());
    expect(cite.ipc.length).toBeGreaterThan(0);
  });

  it('no data is "not found" in plain words; a number OPD cannot take is refused before any call', async () => {
    await expect(dossierDocuments('US.201314768239.A', ctx())).rejects.toThrow(/OPD has no documents for US\.201314768239\.A/);
    await expect(family('US 16/123,456')).rejects.toBeInstanceOf(NotFound);
    await expect(dossierDocuments('JP.2015500001.A/../x', ctx())).rejects.toBeInstanceOf(NotFound);
    expect(opdPaths().some((p) => p.includes('..'))).toBe(false);
  });

  it('a JPO ID without the OPD registration gets its own message; its patent API calls still work', async () => {
    const c = ctx(`${sandboxCredentials.jpo.id}${NO_OPD_SUFFIX}`);
    const error = await family('特願2015-500001', c).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as Error).message).toMatch(/not registered for One Portal Dossier/);
    expect((await jpoProvider.lookup(ref('特願2020-123456'), ['status'], c)).status?.state).toBe('granted');
  });

  it('at most 5 OPD calls a minute: the sixth waits (here: fails fast, as a hover would)', async () => {
    const c = ctx();
    const asks = ['JP.2007550210.A', 'JP.2015500001.A', 'US.201314768239.A', 'EP.06834636.A', 'KR.20087017015.A', 'CN.201010126185.A'];
    const results = await Promise.allSettled(asks.map((a) => dossierCiteClass(a, c)));
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof RateLimited)).toHaveLength(1);
  });
});

describe('OPD document contents', () => {
  it('a JP document without contents is not found; a jp_doc_cont ZIP is read as the JPO XML it holds', async () => {
    await expect(dossierDocument('JP.2007550210.A', 'Description_00000000000_JP', 'xml', ctx())).rejects.toThrow(/OPD has no contents for document Description_00000000000_JP/);
    // jp_doc_cont sends the same ZIP of Shift_JIS JPO XML as the patent API (API-NOTES-JPO-OPD §1.3 #6): the
    // recorded patent bundle app_doc_cont_opinion_amendment.2020123456.zip stands in for its bytes here.
    const zip = fixtureBytes('app_doc_cont_opinion_amendment.2020123456.zip');
    const fake = { lang: 'en' as const, request: async <T,>() => ({ status: 200, headers: { 'content-type': 'application/zip' }, body: zip as T, fetchedAt: 'x', fromCache: false, stale: false }) };
    const file = await dossierDocument('JP.2020123456.A', 'Written_Amendment_51201606245_JP', 'xml', fake);
    expect(file).toMatchObject({ fileName: 'Written_Amendment_51201606245_JP.zip', mediaType: 'application/zip' });
    expect(file.readable?.blocks.length).toBeGreaterThan(0);
    await expect(dossierDocument('US.201314768239.A', 'x', 'xml', fake)).rejects.toThrow(/Only JP documents/);
  });
});
