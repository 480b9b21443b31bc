/**
 * Issue 9 ("answers an examiner can trust"), through the sandbox: a partial office answer keeps
 * what arrived and each empty tab says why; the card and the panel carry the reading the page
 * gave, never text to parse again; a JPO refusal reason opens as readable text in the panel.
 */
import { describe, expect, it } from 'vitest';
import { perFile } from './per-file';
import type { LookupDetails } from '../../lib/lookup/types';
import { askAsUi } from './lookup-helpers';

const run = perFile();

describe('partial answers survive', () => {
  it('JP2005-533465A: OPS biblio shows, the family and legal tabs say why they are empty', async () => {
    await run.sandbox(['epo-ops']);
    const summary = await run.h.hook('lookup', 'JP2005-533465A');
    // This record has no title at OPS; its dates and classifications are what arrived.
    expect(summary.biblio?.dates.publication).toBe('2005-11-04');
    const details = await askAsUi<LookupDetails>(run.h, 'lookup/details', { text: 'JP2005-533465A' });
    expect(details.biblio?.source.office).toBe('epo-ops');
    // OPS has no family for it; Lens, next on the route, has no key here.
    expect(details.gaps.family?.map((g) => `${g.office}:${g.error?.kind}`)).toEqual(['epo-ops:not-found', 'lens:no-credentials']);

    const page = await run.h.openExtensionPage('sidepanel.html');
    await page.fill('input[type="search"]', 'JP2005-533465A');
    await page.press('input[type="search"]', 'Enter');
    await page.waitForSelector('.lookup-result', { timeout: 15_000 });
    // JPO has no key here, OPS answered: a quiet line, not a warning banner.
    expect(await page.getAttribute('.source-error[data-office="jpo"]', 'data-quiet')).toBe('true');
    expect(await page.locator('.source-error.warn').count()).toBe(0);
    await page.click('[data-tab="biblio"]');
    expect(await page.textContent('[data-date="publication"]')).toBe('2005-11-04');
    await page.click('[data-tab="family"]');
    expect(await page.getAttribute('.tab-gaps', 'data-gaps')).toBe('epo-ops:not-found lens:no-credentials');
    expect(await page.textContent('.tab-gaps')).toMatch(/EPO Open Patent Services/);
    await page.close();
  });

  it('WO 2009/085664 A2 shows its biblio and its family', async () => {
    await run.sandbox(['epo-ops']);
    const summary = await run.h.hook('lookup', 'WO 2009/085664 A2');
    expect(summary.ref?.docdb).toBe('WO.2009085664.A2');
    expect(summary.biblio?.title.length).toBeGreaterThan(3);
    expect(summary.family?.length).toBeGreaterThan(0);
  });

  it('Retry asks the offices again: data after the office comes back', async () => {
    const sandbox = await run.sandbox(['epo-ops']);
    sandbox.setFailure('epo-ops', 'server-error');
    const page = await run.h.openExtensionPage('sidepanel.html');
    await page.fill('input[type="search"]', 'EP2400812A1');
    await page.press('input[type="search"]', 'Enter');
    await page.waitForSelector('.source-error[data-kind="office-down"]', { timeout: 20_000 });
    sandbox.reset();
    await page.click('[data-action="retry"]');
    await page.waitForSelector('.status-tab .status-label', { timeout: 20_000 });
    expect(await page.locator('.source-error[data-kind="office-down"]').count()).toBe(0);
    await page.close();
  });
});

describe('JPO documents are read, not rendered', () => {
  it('a refusal reason opens as headings and paragraphs in the side panel; the original stays downloadable', async () => {
    await run.sandbox(['jpo']);
    const page = await run.h.openExtensionPage('sidepanel.html');
    await page.fill('input[type="search"]', '特願2020-123456');
    await page.press('input[type="search"]', 'Enter');
    await page.waitForSelector('.lookup-result', { timeout: 15_000 });
    await page.click('[data-tab="documents"]');
    await page.click('.load-documents');
    const item = page.locator('li[data-document*="app_doc_cont_refusal_reason_decision/"]').filter({ hasText: '拒絶理由通知書' }).first();
    await item.waitFor({ timeout: 15_000 });
    const tabs = run.h.context.pages().length;
    await item.locator('button').first().click();
    await page.waitForSelector('.document-reader', { timeout: 15_000 });
    expect(await page.textContent('.document-title')).toBe('拒絶理由通知書');
    expect(await page.locator('.document-body h4').count()).toBeGreaterThan(0);
    expect(await page.textContent('.document-body')).toContain('この出願は、次の理由によって拒絶をすべきものです。');
    expect(await page.locator('.document-reader iframe, .document-reader object, .document-reader form').count()).toBe(0);
    expect(run.h.context.pages().length).toBe(tabs);
    expect(await page.locator('[data-action="save-original"]').count()).toBe(1);
    await page.close();
  });
});
