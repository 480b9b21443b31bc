// @vitest-environment node
// KIPRIS Plus through the real pipeline against the sandbox: the nil summary asked once more, the search,
// the monthly row, and the access key (sandbox key "sandbox/kipris+key=", with / + =) in no log line,
// cache key, error message or network-log entry.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { useSandbox } from '../../../test/unit/sandbox-helpers';
import { sandboxCredentials } from '../../../test/sandbox/credentials';
import type { PatentRef } from '../../numbers';
import { createResponseCache } from '../../transport/cache';
import { AuthError } from '../../transport/errors';
import { createNetworkLog } from '../../transport/network-log';
import { createOfficePipeline } from '../../transport/pipeline';
import { createQuotaLedger } from '../../transport/quota-ledger';
import { memoryStore } from '../../transport/storage-area';
import { kiprisProvider, kiprisSearch } from './provider';

const KEY = sandboxCredentials.kipris.accessKey;
const APP: PatentRef = { country: 'KR', type: 'application', number: '20190100885', kind: null, rightCode: '10', docdb: 'KR.20190100885.A', epodoc: 'KR20190100885' };

let n = 0;
const { sb } = useSandbox();

function pipeline(key: string) {
  const dbName = `kipris-sandbox-${++n}`;
  const log = createNetworkLog();
  const p = createOfficePipeline({
    provider: kiprisProvider,
    settings: async () => ({ baseUrl: `${sb().baseUrl}/kipris`, credentials: { accessKey: key } }),
    cache: createResponseCache({ dbName }),
    ledger: createQuotaLedger(memoryStore()),
    log,
    tokenStore: memoryStore(),
    sleep: async () => {},
  });
  return { p, log, dbName, ctx: p.context({ maxWaitMs: 2000, retries: 0 }, 'en') };
}

describe('KIPRIS Plus provider', () => {
  it('asks once more when the summary came back nil, and answers status, title, legal history, IPC and claims', async () => {
    const { ctx } = pipeline(KEY);
    const r = await kiprisProvider.lookup(APP, ['status', 'biblio', 'legal', 'classification', 'texts', 'family'], ctx);
    expect(r.biblio?.title).toMatch(/^사용자의 상태를 보여주는 가상현실 헤드 마운트 디스플레이/);
    expect(r.status).toMatchObject({ state: 'pending', source: { office: 'kipris', endpoint: 'getBibliographyDetailInfoSearch' } });
    expect(r.legal).toHaveLength(8);
    expect(r.classifications?.[0]?.symbol).toBe('G06F 3/01');
    expect(r.texts?.filter((t) => t.part === 'claim')).toHaveLength(3);
    expect(r.family?.members).toHaveLength(2);
    expect(sb().requests.filter((q) => q.office === 'kipris').map((q) => q.path)).toEqual([
      '/kipris/kipo-api/kipi/patFamInfoSearchService/getAppNoPatFamInfoSearch',
      '/kipris/kipo-api/kipi/patUtiModInfoSearchSevice/getBibliographyDetailInfoSearch',
      '/kipris/kipo-api/kipi/patUtiModInfoSearchSevice/getBibliographyDetailInfoSearch',
    ]);
  });

  it('a KR registration: its application found by registerNumber; the search hit answers where no bibliography comes', async () => {
    const { ctx } = pipeline(KEY);
    const grant: PatentRef = { country: 'KR', type: 'grant', number: '200364512', kind: null, docdb: 'KR.200364512', epodoc: null, label: '20-0364512' };
    const r = await kiprisProvider.lookup(grant, ['status', 'biblio'], ctx);
    expect(r.status).toMatchObject({ state: 'expired', officeDetail: '소멸', source: { endpoint: 'getAdvancedSearch' } });
    expect(r.biblio).toMatchObject({
      title: '미래목 표시구',
      parties: [{ name: '김태현', role: 'applicant' }],
      dates: { filing: '2004-07-22', grant: '2004-10-01' },
      numbers: [{ type: 'application', ref: { docdb: 'KR.20040020989.U' } }],
    });
    const asked = sb().requests.filter((q) => q.office === 'kipris').map((q) => `${q.path.split('/').pop()} ${q.query.registerNumber ?? q.query.applicationNumber ?? ''}`);
    expect(asked).toEqual(['getAdvancedSearch 2003645120000', 'getBibliographyDetailInfoSearch 2020040020989']);
    expect(kiprisProvider.accepts({ ...grant, docdb: 'KR.20200012345', type: 'publication', rightCode: '10' })).toBe(true);
    await expect(kiprisProvider.lookup({ ...grant, docdb: 'KR.101234567', number: '101234567' }, ['status'], ctx)).rejects.toThrow(/no case with registerNumber 1012345670000/);
  });

  it('the DOCDB family of a KR application (KR and CN members), and the domestic family numbers where DOCDB has none', async () => {
    const { ctx } = pipeline(KEY);
    const other: PatentRef = { country: 'KR', type: 'application', number: '20050082226', kind: null, rightCode: '10', docdb: 'KR.20050082226.A', epodoc: 'KR20050082226' };
    const f = (await kiprisProvider.lookup(other, ['family'], ctx)).family!;
    expect(f).toMatchObject({ kind: 'simple', familyId: '35462403', source: { office: 'kipris', endpoint: 'getAppNoPatFamInfoSearch' } });
    expect(f.members.map((m) => [m.ref.docdb, m.application?.docdb, m.dates.publication])).toEqual([
      ['KR.100724977', 'KR.20050082226.A', '2007-03-21'],
      ['CN.1749772', 'CN.200510103162.A', '2006-03-22'],
    ]);
    const domestic = (await kiprisProvider.lookup(APP, ['family'], ctx)).family!;
    expect(domestic).toMatchObject({ kind: 'domestic' });
    expect(domestic.members.map((m) => m.ref.docdb)).toEqual(['KR.20190100885.A', 'KR.20180014945.A']);
  });

  it('the documents cited against an application, from gateway A with the key under its name there (accessKey)', async () => {
    const { ctx } = pipeline(KEY);
    const citing: PatentRef = { country: 'KR', type: 'application', number: '20180133527', kind: null, rightCode: '10', docdb: 'KR.20180133527.A', epodoc: 'KR20180133527' };
    const r = await kiprisProvider.lookup(citing, ['citations'], ctx);
    expect(r.citations?.map((c) => [c.ref?.raw, c.citedBy])).toEqual([['10-2015-0034235', 'search-report'], ['10-2015-0034235', 'applicant']]);
    const [asked] = sb().requests.filter((q) => q.office === 'kipris');
    expect(asked).toMatchObject({ path: '/kipris/openapi/rest/CitationService/citationInfoV3', status: 200 });
    expect(Object.keys(asked!.query).sort()).toEqual(['accessKey', 'applicationNumber']);
    // None listed (the recorded empty gateway-A reply): no answer, so the route asks the next office.
    expect((await kiprisProvider.lookup(APP, ['citations'], ctx)).citations).toBeUndefined();
  });

  it('runs a search, and counts each call against the monthly allowance', async () => {
    const { ctx, p } = pipeline(KEY);
    const page = await kiprisSearch('head mounted display', ctx);
    expect(page.hits.map((h) => h.ref.docdb)).toEqual(['KR.20190100885.A']);
    expect(await kiprisSearch('nothing like it', ctx)).toEqual({ total: 0, hits: [] });
    expect((await p.quotaRows()).find((r) => r.endpoint === 'monthly')).toMatchObject({ used: 2, limit: 1000, remaining: 998 });
  });

  it('a wrong key is an AuthError in KIPRIS\u2019s own words; no key appears in logs, cache keys or messages', async () => {
    const wrong = 'wrong/key+with=signs';
    const bad = pipeline(wrong);
    const error = await kiprisProvider.lookup(APP, ['status'], bad.ctx).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as Error).message).toContain('Invalid AccessKey Error');

    const good = pipeline(KEY);
    await kiprisProvider.lookup(APP, ['status'], good.ctx);
    await kiprisSearch('head mounted display', good.ctx);
    for (const secret of [KEY, encodeURIComponent(KEY), wrong, encodeURIComponent(wrong)]) {
      const logged = JSON.stringify([...(await good.log.entries()), ...(await bad.log.entries())]);
      expect(logged).not.toContain(secret);
      expect((error as Error).message).not.toContain(secret);
      for (const dbName of [good.dbName, bad.dbName]) {
        const db = await openDB(dbName);
        const keys = db.objectStoreNames.contains('responses') ? await db.getAllKeys('responses') : [];
        db.close();
        expect(JSON.stringify(keys)).not.toContain(secret);
      }
    }
    // The key did reach the office, encoded (it holds / + =).
    expect(sb().requests.some((q) => q.office === 'kipris' && q.status === 200)).toBe(true);
  });

  it('Test connection proves the key with one fresh call', async () => {
    await expect(kiprisProvider.testConnection(pipeline(KEY).ctx)).resolves.toBeUndefined();
    await expect(kiprisProvider.testConnection(pipeline('nope').ctx)).rejects.toBeInstanceOf(AuthError);
  });
});
