/**
 * Issue 10, the examiner's workbench, in Chromium: the offline CPC↔IPC converter both ways (C2 and
 * the side panel show the same answer), the document's classification tab, the "Convert
 * classification" context menu, and importing newer data in the options.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { menuClick, panelLookup, perFile } from './per-file';
import type { Conversion } from '../../lib/classification/convert';

const run = perFile();

const convert = (symbol: string) => run.h.hook('convertClassification', symbol) as Promise<Conversion>;

async function converter(text: string): Promise<Page> {
  const page = await run.h.openExtensionPage('sidepanel.html');
  await page.click('[data-tab="classes"]');
  await page.fill('.converter input[type="search"]', text);
  await page.press('.converter input[type="search"]', 'Enter');
  await page.waitForSelector('.conversion', { timeout: 20_000 });
  return page;
}

describe('CPC↔IPC converter', () => {
  it('C2: a CPC-only subgroup → its IPC group, with titles and the data set named', async () => {
    const c = await convert('A01B 1/022');
    expect(c).toMatchObject({ input: 'A01B 1/022', scheme: 'CPC', results: [{ symbol: 'A01B1/02', scheme: 'IPC', title: 'Spades; Shovels' }] });
    expect(c.source).toMatch(/CPC 2022\.08.*not the official concordance/);
    const back = await convert('IPC A01B1/02');
    expect(back.scheme).toBe('IPC');
    expect(back.results.map((r) => r.symbol)).toEqual(expect.arrayContaining(['A01B1/02', 'A01B1/022', 'A01B1/024']));
  });

  it('side panel: IPC → CPC with the same symbol first, the hierarchy, and the other direction one click away', async () => {
    // A61F2/30 is the IPC group with the most CPC subdivisions (473, ../shared/classification README).
    const page = await converter('ａ６１ｆ　２／３０');
    expect(await page.getAttribute('.conversion', 'data-scheme')).toBe('IPC');
    expect(await page.textContent('.class-subject')).toContain('A61F 2/30');
    const c2 = await convert('ａ６１ｆ　２／３０');
    expect(await page.locator('.class-path button').allTextContents()).toEqual(c2.subject!.path.map((p) => p.symbol.replace(/^(.{4})(?=[0-9])/, '$1 ')));
    expect(c2.subject!.path.slice(0, 4).map((p) => p.symbol)).toEqual(['A', 'A61', 'A61F', 'A61F2/00']);
    expect(await page.getAttribute('.class-results li >> nth=0', 'data-relation')).toBe('same');
    expect(await page.locator('.class-results li').count()).toBe(50);
    await page.click('[data-action="show-all"]');
    expect(await page.locator('.class-results li').count()).toBe(c2.results.length);
    await page.click('[data-action="other-direction"]');
    await page.waitForSelector('.conversion[data-scheme="CPC"]', { timeout: 10_000 });
    expect(await page.getAttribute('.class-results li >> nth=0', 'data-symbol')).toBe('A61F2/30');
    expect(await page.textContent('.class-source')).toMatch(/derived/);
    await page.close();
  });

  it('side panel: words search the titles; a CPC-only place says it has no IPC counterpart', async () => {
    const page = await converter('wireless communication networks');
    expect(await page.getAttribute('.conversion', 'data-note')).toBe('search');
    expect(await page.getAttribute('.class-results li >> nth=0', 'data-symbol')).toBe('H04W');
    await page.fill('.converter input[type="search"]', 'Y02E 10/50');
    await page.press('.converter input[type="search"]', 'Enter');
    await page.waitForSelector('.conversion[data-note="cpc-only"]', { timeout: 10_000 });
    await page.close();
  });

  it('context menu "Convert classification" opens the converter on the selection', async () => {
    const sw = await run.h.serviceWorker();
    await sw.evaluate(() => chrome.contextMenus.update('patentpeek-convert-classification', {}));
    const panel = await run.h.openExtensionPage('sidepanel.html');
    await menuClick(run.h, 'patentpeek-convert-classification', 'B29K 2001/00');
    await panel.waitForSelector('.conversion[data-scheme="CPC"] .class-results li[data-symbol="B29K1/00"]', { timeout: 20_000 });
    await panel.close();
  });
});

describe('classification tab of a document', () => {
  it('EP2400812: the office symbols with titles and counterparts, each into the converter', async () => {
    await run.sandbox(['epo-ops']);
    const page = await run.h.openExtensionPage('sidepanel.html');
    await page.fill('input[type="search"]', 'EP2400812A1');
    await page.press('input[type="search"]', 'Enter');
    await page.waitForSelector('.lookup-result', { timeout: 15_000 });
    await page.click('[data-tab="classification"]');
    const row = page.locator('.classification-tab li[data-symbol="H04W88/04"]').first();
    await row.waitFor({ timeout: 15_000 });
    await row.locator('[data-field="counterparts"]').waitFor({ timeout: 15_000 });
    expect(await row.locator('.class-title').textContent()).not.toBe('');
    await row.locator('.class-symbol').click();
    await page.waitForSelector('.conversion .class-subject', { timeout: 15_000 });
    expect(await page.textContent('.class-subject')).toContain('H04W 88/04');
    await page.close();
  });
});

describe('options: importing classification data', () => {
  it('refuses a wrong file and keeps the data; imports a concordance; goes back to the bundled data', async () => {
    const page = await run.h.openExtensionPage('options.html');
    await page.waitForFunction(() => /derived/.test(document.querySelector('[data-field="classes-source"]')?.textContent ?? ''), undefined, { timeout: 20_000 });
    await page.setInputFiles('#classes-concordance', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('these are my notes\nnothing else') });
    await page.waitForSelector('.classification-import [data-state="bad"]', { timeout: 20_000 });
    expect(await page.textContent('.classification-import [data-state="bad"]')).toMatch(/notes\.txt, line 1/);
    expect((await convert('A01B1/022')).results[0]?.symbol).toBe('A01B1/02');

    const rows = ['cpc\tipc', 'A01B1/022\tA01B1/00', ...Array.from({ length: 200 }, (_, i) => `A01B${100 + i}/00\tA01B${100 + i}/00`)].join('\n');
    await page.setInputFiles('#classes-concordance', { name: 'cpc-ipc-concordance.txt', mimeType: 'text/plain', buffer: Buffer.from(rows) });
    await page.waitForSelector('.classification-import [data-state="ok"]', { timeout: 20_000 });
    expect(await page.textContent('[data-field="classes-source"]')).toContain('cpc-ipc-concordance.txt');
    const imported = await convert('A01B1/022');
    expect(imported.results[0]?.symbol).toBe('A01B1/00');
    expect(imported.source).toContain('cpc-ipc-concordance.txt (imported)');

    await page.click('[data-action="classes-reset"]');
    await page.waitForFunction(() => /derived/.test(document.querySelector('[data-field="classes-source"]')?.textContent ?? ''), undefined, { timeout: 20_000 });
    expect((await convert('A01B1/022')).results[0]?.symbol).toBe('A01B1/02');
    await page.close();
  });
});

const days = async (page: Page, key: string) => Number(await page.getAttribute(`[data-duration="${key}"]`, 'data-days'));

describe('timeline tab: durations from recorded JPO and EP Register data', () => {
  it('特願2020-123456 (JPO app_progress): 325 days to publication, 1,003 to the request, 1,317 to the first action, 1,477 to the grant', async () => {
    await run.sandbox(['jpo']);
    const page = await panelLookup(run.h, '特願2020-123456');
    await page.click('[data-tab="timeline"]');
    await page.waitForSelector('[data-duration="filing-final"]', { timeout: 15_000 });
    expect(await days(page, 'filing-publication')).toBe(325);
    expect(await days(page, 'filing-examination-request')).toBe(1003);
    expect(await days(page, 'filing-first-action')).toBe(1317);
    expect(await days(page, 'filing-final')).toBe(1477);
    expect(await page.textContent('[data-duration="filing-first-action"]')).toMatch(/43\.3 months.*2024-02-27/);
    expect(await page.locator('.timeline-chart circle').count()).toBeGreaterThan(4);
    await page.close();
  });

  it('EP2400812 (Register events, procedural steps, INPADOC): first communication after 2,414 days, grant after 3,443', async () => {
    const sandbox = await run.sandbox(['epo-ops']);
    const page = await panelLookup(run.h, 'EP2400812A1');
    await page.click('[data-tab="timeline"]');
    await page.waitForSelector('[data-duration="filing-final"]', { timeout: 20_000 });
    expect(await days(page, 'filing-publication')).toBe(552);
    expect(await days(page, 'filing-examination-request')).toBe(722);
    expect(await days(page, 'filing-first-action')).toBe(2414);
    expect(await days(page, 'filing-final')).toBe(3443);
    expect(sandbox.requests.some((r) => r.path.includes('/register/publication/epodoc/EP2400812/procedural-steps'))).toBe(true);
    await page.close();
  });
});

describe('history tab', () => {
  it('keeps the lookups, finds them, reopens one in a click, and clears', async () => {
    const page = await run.h.openExtensionPage('sidepanel.html');
    for (const [n, shown] of [['EP2400812A1', 'EP 2 400 812 A1'], ['特願平7-123456', '特願平7-123456 (1995)']] as const) {
      await page.fill('input[type="search"]', n);
      await page.press('input[type="search"]', 'Enter');
      await page.waitForFunction((t) => document.querySelector('h2.lookup-ref')?.textContent === t, shown, { timeout: 15_000 });
    }
    await page.click('[data-tab="history"]');
    await page.waitForSelector('.history-list li');
    expect(await page.locator('.history-list li button').first().textContent()).toBe('特願平7-123456');
    await page.fill('[name="history-search"]', 'ep 2 400');
    await page.waitForFunction(() => document.querySelectorAll('.history-list li').length === 1);
    await page.click('.history-list li button');
    await page.waitForFunction(() => document.querySelector('h2.lookup-ref')?.textContent === 'EP 2 400 812 A1', undefined, { timeout: 15_000 });
    await page.click('[data-tab="history"]');
    await page.click('[data-action="history-clear"]');
    await page.waitForSelector('.history p.muted');
    await page.close();
  });
});
