/**
 * KIPRIS Plus in Chromium through the sandbox (issue 17 §1): a KR application answered by KIPRIS —
 * status in plain words and its title (the nil summary asked once more) — in the lookup hook and the
 * side panel; the documents cited against an application; a KIPRIS saved search; a wrong key in KIPRIS's words; the key in no network-log entry.
 */
import { describe, expect, it } from 'vitest';
import { sandboxCredentials } from '../sandbox/credentials';
import { panelLookup, perFile } from './per-file';

const run = perFile();
const KEY = sandboxCredentials.kipris.accessKey;

describe('KIPRIS Plus', () => {
  it('answers a KR application: status, title and legal history, from KIPRIS', async () => {
    await run.sandbox(['kipris']);
    const r = await run.h.hook('lookup', '10-2019-0100885');
    expect(r.ref?.docdb).toBe('KR.20190100885.A');
    expect(r.sources.find((s) => s.office === 'kipris')).toMatchObject({ ok: true });
    expect(r.status).toMatchObject({ label: 'Pending', office: 'kipris' });
    expect(r.biblio?.title).toMatch(/^사용자의 상태를 보여주는 가상현실/);
    const panel = await panelLookup(run.h, '10-2019-0100885');
    expect(await panel.textContent('.lookup-result')).toContain('Pending');
    await panel.click('[data-tab="biblio"]');
    await panel.locator('.lookup-result', { hasText: '사용자의 상태를 보여주는 가상현실' }).waitFor({ timeout: 10_000 });
    await panel.click('[data-tab="legal"]');
    await panel.locator('.lookup-result', { hasText: 'Decision to Refuse a Patent' }).waitFor({ timeout: 10_000 });
    const log = JSON.stringify(await run.h.hook('networkLog'));
    expect(log).toContain('getBibliographyDetailInfoSearch');
    expect(log).not.toContain(KEY);
    expect(log).not.toContain(encodeURIComponent(KEY));
    await panel.close();
  });

  it('the DOCDB family of a KR application, from KIPRIS', async () => {
    await run.sandbox(['kipris']);
    const r = await run.h.hook('lookup', '10-2005-0082226');
    expect(r.family?.map((m) => m.docdb)).toEqual(['KR.100724977', 'CN.1749772']);
  });

  it('the documents cited against a KR application, in the Citations tab, each with the stage that cited it', async () => {
    await run.sandbox(['kipris']);
    const panel = await panelLookup(run.h, '10-2018-0133527');
    await panel.click('[data-tab="citations"]');
    await panel.waitForSelector('.citations-tab [data-cited-by="search-report"]', { timeout: 10_000 });
    expect(await panel.textContent('.citations-tab')).toMatch(/10-2015-0034235.*search report.*선행기술조사보고서.*10-2015-0034235.*applicant.*출원서인용문헌이력정보/s);
    const log = JSON.stringify(await run.h.hook('networkLog'));
    expect(log).toContain('CitationService/citationInfoV3');
    expect(log).not.toContain(encodeURIComponent(KEY));
    await panel.close();
  });

  it('a wrong key says so in KIPRIS\u2019s words', async () => {
    await run.sandbox(['kipris'], { kipris: { accessKey: 'wrong/key+=' } });
    const r = await run.h.hook('lookup', '10-2019-0100885');
    expect(r.sources.find((s) => s.office === 'kipris')?.error).toMatchObject({ kind: 'auth' });
    expect(r.sources.find((s) => s.office === 'kipris')?.error?.message).toContain('Invalid AccessKey Error');
  });

  it('runs a KIPRIS saved search from the Watchlist tab', async () => {
    await run.sandbox(['kipris']);
    const panel = await run.h.openExtensionPage('sidepanel.html');
    await panel.click('[data-tab="watch"]');
    await panel.click('[data-tab="searches"]');
    await panel.selectOption('[data-field="search-office"]', 'kipris');
    await panel.fill('[data-field="search-name"]', 'HMD');
    await panel.fill('[data-field="search-query"]', 'head mounted display');
    await panel.click('[data-action="search-save"]');
    const row = panel.locator('.search-list > li', { hasText: 'HMD' });
    await row.locator('[data-action="search-run"]').click();
    await row.locator('[data-field="last-run"]', { hasText: '1 hits' }).waitFor({ timeout: 20_000 });
    await row.locator('[data-action="search-hits"]').click();
    await row.locator('.search-hits li[data-hit="KR.20190100885.A"]').waitFor();
    await panel.close();
  });

  it('options: Test connection proves the KIPRIS key; the popup counts the month’s calls', async () => {
    await run.sandbox(['kipris']);
    const page = await run.h.openExtensionPage('options.html');
    await page.click('.test-connection[data-office="kipris"] button');
    await page.waitForSelector('.office[data-office="kipris"] [data-chip="ok"]', { timeout: 15_000 });
    const rows = await run.h.hook('quota');
    expect(rows.find((r) => r.office === 'kipris' && r.endpoint === 'monthly')).toMatchObject({ unit: 'calls', limit: 1000 });
    // A paid plan: the allowance is the user's to set.
    await page.fill('#kipris-plan', '5000');
    await page.click('form.kipris-plan button[type="submit"]');
    await page.waitForSelector('form.kipris-plan .ok');
    expect((await run.h.hook('quota')).find((r) => r.office === 'kipris' && r.endpoint === 'monthly')).toMatchObject({ limit: 5000 });
    await page.fill('#kipris-plan', '1000');
    await page.click('form.kipris-plan button[type="submit"]');
    await page.close();
  });
});

describe('KIPRIS Plus, a KR registration', () => {
  it('20-0364512: the application behind it found by number, its status and title from KIPRIS', async () => {
    await run.sandbox(['kipris']);
    const r = await run.h.hook('lookup', '20-0364512');
    expect(r.ref).toMatchObject({ type: 'grant', docdb: 'KR.200364512' });
    expect(r.sources.find((s) => s.office === 'kipris')).toMatchObject({ ok: true });
    expect(r.status).toMatchObject({ label: 'Expired', office: 'kipris' });
    expect(r.biblio?.title).toBe('미래목 표시구');
    const log = JSON.stringify(await run.h.hook('networkLog'));
    expect(log).toContain('registerNumber=2003645120000');
    expect(log).not.toContain(KEY);
  });
});
