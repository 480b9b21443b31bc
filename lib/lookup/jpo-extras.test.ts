import { describe, expect, it } from 'vitest';
import type { OfficeRequest, OfficeResponse, ProviderContext } from '../offices/provider';
import { fixtureJson } from '../offices/jpo/test-fixtures';
import { jpoExtra } from './jpo-extras';

const ROUTES: Record<string, string> = {
  '/api/patent/v1/applicant_attorney_cd/000003207': 'applicant_attorney_cd.000003207.json',
  [`/api/patent/v1/applicant_attorney/${encodeURIComponent('トヨタ自動車株式会社')}`]: 'applicant_attorney.by-name-toyota.json',
  '/api/patent/v1/registration_info/2020123456': 'registration_info.2020123456.json',
};

function deps(configured = true) {
  const calls: string[] = [];
  const ctx: ProviderContext = {
    lang: 'en',
    async request<T>(req: OfficeRequest): Promise<OfficeResponse<T>> {
      calls.push(req.path);
      const body = fixtureJson(ROUTES[req.path] ?? 'app_progress.9999999999.status107-no-data.json');
      return { status: 200, headers: { 'content-type': 'application/json' }, body: body as T, fetchedAt: '2026-12-01T00:00:00.000Z', fromCache: false, stale: false };
    },
  };
  return { calls, deps: { context: () => ctx, officeSettings: async () => ({ enabled: true, configured }) } };
}

const APP = { country: 'JP', type: 'application' as const, docdb: 'JP.2020123456.A', epodoc: 'JP20200123456', kind: null, number: '2020123456' };

describe("the JPO's other answers", () => {
  it('applicant code → registered name, and name → codes (recorded replies)', async () => {
    const d = deps();
    expect(await jpoExtra({ kind: 'applicant-by-code', code: '000003207' }, d.deps)).toMatchObject({ value: { value: { code: '000003207', name: 'トヨタ自動車株式会社' } } });
    const byName = await jpoExtra({ kind: 'applicant-by-name', name: 'トヨタ自動車株式会社' }, d.deps);
    expect(byName.kind === 'applicant-by-name' && byName.value.value.some((a) => a.code === '000003207')).toBe(true);
  });

  it('the register record with owners and the next annuity date', async () => {
    const r = await jpoExtra({ kind: 'registration', ref: APP }, deps().deps);
    expect(r).toMatchObject({ kind: 'registration', value: { registrationNumber: '7533889', nextAnnuityDueDate: '2027-08-05', owners: [{ name: 'メイショウ株式会社' }] } });
  });

  it('says "no keys" before any call, and "not found" in words', async () => {
    const none = deps(false);
    await expect(jpoExtra({ kind: 'applicant-by-code', code: '000003207' }, none.deps)).rejects.toMatchObject({ kind: 'no-credentials' });
    expect(none.calls).toEqual([]);
    await expect(jpoExtra({ kind: 'applicant-by-code', code: '999999999' }, deps().deps)).rejects.toThrow(/no applicant with code 999999999/);
  });
});
