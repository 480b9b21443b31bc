// @vitest-environment node
// JP designs and trademarks (issue 17 §4) through the JPO provider, the real pipeline and the sandbox:
// the recorded design app_progress 2020015234 and trademark app_progress 2024123456 (fixtures/SOURCES.md),
// the design and trademark document ZIPs, and the reconstructed design case_number_reference for 1680736.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../test/sandbox/server';
import { sandboxCredentials } from '../../../test/sandbox/credentials';
import { sandboxContext } from '../../../test/support/sandbox-pipeline';
import { parseNumber, type PatentRef } from '../../numbers';
import { NotFound } from '../../transport/errors';
import { jpoProvider, jplatpatLink } from './provider';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox?.close();
});

const ctx = () => sandboxContext(sandbox, jpoProvider, { ...sandboxCredentials.jpo });
const ref = (text: string): PatentRef => {
  const r = parseNumber(text);
  if (!r.ok) throw new Error(r.reason);
  return r.ref;
};
const jpoPaths = () => sandbox.requests.filter((q) => q.office === 'jpo' && q.method === 'GET').map((q) => q.path.replace(/^\/jpo/, ''));

describe('JPO designs and trademarks', () => {
  it('a design application: registered, its article as title, the applicant, the design class, the registration number as a design', async () => {
    const r = await jpoProvider.lookup(ref('意願2020-015234'), ['status', 'biblio', 'legal', 'citations', 'texts'], ctx());
    expect(r.status).toMatchObject({ state: 'granted', officeDetail: '登録 意匠登録第1680736号 2021-02-19（存続期間満了予定 2045-06-24）' });
    expect(r.status?.source.endpoint).toBe('design.app_progress');
    expect(r.biblio).toMatchObject({
      title: '球体転がし用積み木',
      ref: { docdb: null, right: { law: 'design', number: '2020015234' }, raw: '意願2020-015234' },
      parties: [{ name: '大徳木管工業株式会社', role: 'applicant' }],
      dates: { filing: '2020-06-24', grant: '2021-02-19', expiry: '2045-06-24' },
      numbers: [{ type: 'grant', ref: { raw: '意匠登録第1680736号', right: { law: 'design', number: '1680736' } } }],
      classifications: [{ scheme: 'other', symbol: 'E2112' }],
    });
    expect(r.legal?.map((e) => e.officeText)).toContain('登録査定');
    // Citations and texts are the patent API's alone: nothing asked of design endpoints that do not exist.
    expect(r.citations).toBeUndefined();
    expect(jpoPaths().every((p) => p.startsWith('/api/design/v1/'))).toBe(true);
  });

  it('a design registration number goes through case_number_reference/registration of the design API', async () => {
    const r = await jpoProvider.lookup(ref('意匠登録第1680736号'), ['status', 'biblio'], ctx());
    expect(r.biblio?.title).toBe('球体転がし用積み木');
    expect(jpoPaths()).toContain('/api/design/v1/case_number_reference/registration/1680736');
  });

  it('a trademark application: refused, the mark as title, its Nice classes with goods', async () => {
    const r = await jpoProvider.lookup(ref('商願2024-123456'), ['status', 'biblio'], ctx());
    expect(r.status).toMatchObject({ state: 'refused', officeDetail: '拒絶査定 2026-01-13' });
    expect(r.biblio).toMatchObject({ title: 'メタンレス和牛', dates: { filing: '2024-11-18', publication: '2024-11-26' } });
    expect(r.biblio?.classifications?.map((c) => `${c.symbol} ${c.title}`)).toEqual([
      '第29類 牛肉',
      '第35類 商業イベントの企画・運営，牛肉の小売又は卸売の業務において行われる顧客に対する便益の提供',
    ]);
  });

  it("documents come from the law's own endpoints (HTM inside), and open", async () => {
    const tm = await jpoProvider.lookup(ref('商願2024-123456'), ['documents'], ctx());
    expect(tm.documents?.length).toBeGreaterThan(0);
    expect(jpoPaths()).toContain('/api/trademark/v1/app_doc_cont_refusal_reason_decision/2024123456');
    const first = tm.documents![0]!;
    const opened = await jpoProvider.fetchDocument!(ref('商願2024-123456'), first.id, ctx());
    expect(opened.readable?.blocks.length).toBeGreaterThan(0);
    const design = await jpoProvider.lookup(ref('意願2021-019500'), ['documents'], ctx());
    expect(design.documents?.length).toBeGreaterThan(0);
  });

  it('J-PlatPat fixed address of a design; an unknown trademark is not found', async () => {
    const link = await jplatpatLink(ref('意願2020-015234'), ctx());
    expect(link?.value).toMatch(/^https:\/\/www\.j-platpat\.inpit\.go\.jp\/c1800\/DE\/JP-2020-015234\//);
    await expect(jpoProvider.lookup(ref('商願2024-999999'), ['status'], ctx())).rejects.toBeInstanceOf(NotFound);
  });

  it('counts design and trademark calls on their own daily counters', () => {
    expect(jpoProvider.limits.daily?.perEndpoint['design.app_progress']).toBe(400);
    expect(jpoProvider.limits.daily?.perEndpoint['trademark.registration_info']).toBe(200);
    expect(jpoProvider.ttlSeconds['design.app_progress']).toBe(jpoProvider.ttlSeconds['app_progress']);
  });
});
