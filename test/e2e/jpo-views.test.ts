/**
 * Issue 10 §4: the JPO's answers beyond the lookup, through the sandbox — PCT → JP national phase,
 * the register record, the official J-PlatPat address, applicant codes. In a file of its own: the
 * JPO allows 10 calls a minute per ID, and a fresh browser starts with a fresh allowance.
 */
import { describe, expect, it } from 'vitest';
import { panelLookup, perFile } from './per-file';

const run = perFile();


describe("the JPO's other answers", () => {
  it('PCT/US2003/021714: C2 lookup lists the JP national phase in related; the panel links it', async () => {
    await run.sandbox(['jpo']);
    const result = await run.h.hook('lookup', 'PCT/US2003/021714');
    expect(result.related).toEqual(expect.arrayContaining([expect.objectContaining({ relation: 'national-phase', ref: expect.objectContaining({ docdb: 'JP.2005505120.A' }) })]));
    const page = await panelLookup(run.h, 'PCT/US2003/021714');
    await page.click('[data-tab="related"]');
    await page.click('.ref[data-ref="JP.2005505120.A"]');
    await page.waitForFunction(() => document.querySelector('h2.lookup-ref')?.textContent === '特願2005-505120', undefined, { timeout: 15_000 });
    await page.close();
  });

  it('a JP patent: register record on request (owners, next annuity, term); the official J-PlatPat address; applicant code', async () => {
    const sandbox = await run.sandbox(['jpo']);
    const page = await panelLookup(run.h, '特願2020-123456');
    await page.waitForSelector('[data-viewer="j-platpat"][data-official="true"]', { timeout: 20_000 });
    expect(await page.getAttribute('[data-viewer="j-platpat"]', 'href')).toContain('/c1800/PU/JP-2020-123456/186AE6828C0FA152');
    expect(sandbox.requests.some((r) => r.path.includes('registration_info'))).toBe(false);       // asked only on request
    await page.click('[data-action="jp-registration"]');
    await page.waitForSelector('.jp-registration', { timeout: 20_000 });
    expect(await page.textContent('[data-field="jpo_registration_owners"]')).toBe('メイショウ株式会社');
    expect(await page.textContent('[data-field="jpo_registration_next_annuity"]')).toBe('2027-08-05');
    expect(await page.textContent('[data-field="jpo_registration_expiry"]')).toBe('2040-07-20');
    await page.click('[data-tab="biblio"]');
    await page.click('[data-party="メイショウ株式会社"] [data-action="applicant-by-code"]');
    // The sandbox holds no reply for this code: the JPO's "no data" is said, after one request.
    await page.waitForSelector('[data-party="メイショウ株式会社"] .bad', { timeout: 20_000 });
    expect(sandbox.requests.some((r) => r.path.endsWith('/applicant_attorney_cd/000114400'))).toBe(true);
    await page.close();
  });
});

