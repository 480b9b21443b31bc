// @vitest-environment node
// The TIPO provider through the real pipeline against the sandbox (every TIPO reply there is
// RECONSTRUCTED — lib/offices/tipo/fixtures/SOURCES.md): a grant, its application, a publication and an
// unpublished application; sample mode as an auth error; the annuity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../test/sandbox/server';
import { sandboxCredentials } from '../../../test/sandbox/credentials';
import { sandboxContext } from '../../../test/support/sandbox-pipeline';
import { parseNumber, type PatentRef } from '../../numbers';
import { AuthError, NotFound } from '../../transport/errors';
import { tipoAnnuity, tipoProvider } from './provider';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox?.close();
});

const ctx = (token: string = sandboxCredentials.tipo.token) => sandboxContext(sandbox, tipoProvider, { token });
const ref = (text: string): PatentRef => {
  const r = parseNumber(text);
  if (!r.ok) throw new Error(r.reason);
  return r.ref;
};

describe('TIPO open data', () => {
  it('a TW invention patent: granted, its title, applicant, dates and IPC from PatentRights', async () => {
    const r = await tipoProvider.lookup(ref('TW I651234 B'), ['status', 'biblio', 'classification'], ctx());
    expect(r.status).toMatchObject({ state: 'granted', officeDetail: 'I651234 專利權存續，年費繳至 2027-06-29（第 10 年）', since: '2019-03-01' });
    expect(r.biblio).toMatchObject({
      ref: { docdb: 'TW.I651234.B' },
      title: 'PLACEHOLDER 重建範例發明（非官方資料）',
      parties: [{ name: 'PLACEHOLDER 申請人股份有限公司', role: 'applicant' }, { name: 'PLACEHOLDER 發明人', role: 'inventor' }],
      dates: { filing: '2017-06-30', publication: '2018-04-01', grant: '2019-03-01', expiry: '2037-06-29' },
      numbers: [{ type: 'application', ref: { docdb: 'TW.106123456.A' } }],
    });
    expect(r.classifications).toEqual([{ scheme: 'IPC', symbol: 'H01M 10/0525' }]);
    const query = sandbox.requests.find((q) => q.path.endsWith('/PatentRights'))?.query;
    expect(query).toMatchObject({ patentno: 'I651234', applclass: '1', format: 'JSON' });
  });

  it('its ROC-year application answers the same; a publication is published; an unpublished filing is pending', async () => {
    expect((await tipoProvider.lookup(ref('中華民國專利申請號 106123456'), ['status'], ctx())).status?.state).toBe('granted');
    const pub = await tipoProvider.lookup(ref('TW 202012345 A'), ['status', 'biblio'], ctx());
    expect(pub.status).toMatchObject({ state: 'published', since: '2020-04-01' });
    expect(pub.biblio?.numbers?.[0]?.ref.docdb).toBe('TW.108134567.A');
    const filed = await tipoProvider.lookup(ref('中華民國專利申請號 110100001'), ['status', 'biblio'], ctx());
    expect(filed.status).toMatchObject({ state: 'pending', since: '2021-01-04' });
  });

  it('an unknown number is not found; a wrong token gets TIPO’s sample data, which is an auth error, never data', async () => {
    await expect(tipoProvider.lookup(ref('TW I999999 B'), ['status'], ctx())).rejects.toBeInstanceOf(NotFound);
    const error = await tipoProvider.lookup(ref('TW I651234 B'), ['status'], ctx('wrong/token+=')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as Error).message).toContain('驗證碼不通過');
  });

  it('the related cases of a grant, asked by its application: the JP priority, a divisional and the Art. 32 twin', async () => {
    const r = await tipoProvider.lookup(ref('TW I651234 B'), ['related'], ctx());
    expect(r.related?.map((x) => [x.relation, x.ref.docdb, x.source.endpoint])).toEqual([
      ['priority', 'JP.2016131234.A', 'PatentPriority'],
      ['divisional', 'TW.108100123.A', 'PatentDivide'],
      ['twin', 'TW.106209876.A', 'PatentTwins'],
    ]);
    const asked = sandbox.requests.filter((q) => /Patent(Priority|Divide|Twins)$/.test(q.path)).map((q) => q.query);
    expect(asked.every((q) => q.applno === '106123456' && q.applclass === '1')).toBe(true);
    // An application TIPO knows no relatives of: no answer, so the route asks the next office.
    expect((await tipoProvider.lookup(ref('中華民國專利申請號 110100001'), ['related'], ctx())).related).toBeUndefined();
  });

  it('the annuity: paid until the end of year 10, two payments', async () => {
    const a = await tipoAnnuity(ref('TW I651234 B'), ctx());
    expect(a).toMatchObject({ patentNo: 'I651234', paidUntil: '2027-06-29', paidYear: 10, payments: [{ date: '2019-02-20', fromYear: 1, toYear: 3 }, { date: '2026-06-15', fromYear: 9, toYear: 10 }] });
  });
});
