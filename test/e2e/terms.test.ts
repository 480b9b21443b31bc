/**
 * Issue 15, "Translate term", in Chromium: the context-menu handler opens the Terms tab on the
 * selection; PEARL's links run from the term's language into each other one; without keys the tab
 * still links PEARL and says what keys would add; with the sandbox's PEARL credentials the
 * reconstructed reply shows under its "unofficial" label; with EP2400812 open, its family's titles and
 * abstracts stand side by side with the term marked; the TMX export is TMX 1.4 holding the title pairs.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TermsAnswer } from '../../lib/terms/terms-service';
import { tmx14Problems, tmxUnits } from '../support/tmx14';
import { menuClick, panelLookup, perFile } from './per-file';

const run = perFile();

async function terms(text: string, page?: Page): Promise<Page> {
  const panel = page ?? (await run.h.openExtensionPage('sidepanel.html'));
  await panel.click('[data-tab="terms"]');
  await panel.fill('input[name="term"]', text);
  await panel.press('input[name="term"]', 'Enter');
  await panel.waitForSelector('[data-section="pearl-links"]', { timeout: 20_000 });
  return panel;
}

const linkOf = async (page: Page, target: string) => new URL((await page.getAttribute(`[data-section="pearl-links"] a[data-target="${target}"]`, 'href'))!);

describe('Terms tab without any key', () => {
  it('the context-menu handler opens the Terms tab on the selection, with PEARL links ja→en', async () => {
    const panel = await run.h.openExtensionPage('sidepanel.html');
    await menuClick(run.h, 'patentpeek-translate-term', '  配線  ');
    await panel.waitForSelector('[data-section="pearl-links"]', { timeout: 20_000 });
    expect(await panel.getAttribute('[data-tab="terms"]', 'aria-selected')).toBe('true');
    expect(await panel.inputValue('input[name="term"]')).toBe('配線');
    expect(await panel.inputValue('#term-lang')).toBe('ja');
    const en = await linkOf(panel, 'en');
    expect(en.host).toBe('wipopearl.wipo.int');
    expect(Object.fromEntries(en.searchParams)).toEqual({ sourceLang: 'ja', targetLang: 'en', query: '配線' });
    expect(await panel.locator('[data-section="pearl-links"] a').count()).toBe(9);
    await panel.close();
  });

  it('en→ja links for an English term; PEARL concepts say what keys would add; no document, no family', async () => {
    const panel = await terms('semiconductor');
    expect(Object.fromEntries((await linkOf(panel, 'ja')).searchParams)).toEqual({ sourceLang: 'en', targetLang: 'ja', query: 'semiconductor' });
    expect(await panel.getAttribute('[data-section="pearl-api"]', 'data-state')).toBe('no-credentials');
    expect(await panel.textContent('[data-section="pearl-api"]')).toMatch(/Business Partner Portal client id and secret.*reliability score/);
    expect(await panel.locator('[data-section="family"] [data-empty="no-document"]').count()).toBe(1);
    const c2 = (await run.h.hook('terms', 'semiconductor')) as TermsAnswer;
    expect(c2.sections.map((s) => s.kind)).toEqual(['pearl-links', 'pearl-api', 'family']);
    expect(c2.sections[0].links.map((l) => l.url)).toEqual(await panel.locator('[data-section="pearl-links"] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)));
    expect(c2.sections[1].source.error?.kind).toBe('no-credentials');
    await panel.close();
  });
});

describe('Terms tab with the sandbox', () => {
  it('PEARL credentials: the reconstructed concept renders under its "unofficial" label', async () => {
    await run.sandbox(['pearl']);
    const panel = await terms('配線');
    await panel.waitForSelector('[data-section="pearl-api"][data-state="answered"]', { timeout: 20_000 });
    expect(await panel.textContent('[data-section="pearl-api"] [data-label="unofficial"]')).toBe('unofficial, unverified endpoint');
    expect(await panel.textContent('[data-section="pearl-api"] tr[data-lang="en"]')).toContain('wiring');
    expect(await panel.textContent('[data-section="pearl-api"] tr[data-lang="de"]')).toContain('Verdrahtung');
    expect(await panel.textContent('[data-section="pearl-api"]')).toContain('reliability 3/4');
    // The glossary keeps PEARL's equivalents.
    await panel.waitForSelector('[data-section="history"] li[data-key="ja:配線"]', { timeout: 10_000 });
    expect(await panel.textContent('[data-section="history"] li[data-key="ja:配線"]')).toContain('wiring');
    await panel.close();
  });

  it('EP2400812 open: its family\'s titles and abstracts side by side, the term marked; C2 gives the same; TMX holds the title pairs', async () => {
    await run.sandbox(['epo-ops']);
    const panel = await panelLookup(run.h, 'EP2400812A1');
    await terms('Bluetooth', panel);
    await panel.waitForSelector('[data-section="family"] .parallel-group[data-part="title"]', { timeout: 30_000 });
    const title = panel.locator('[data-section="family"] .parallel-group[data-part="title"]');
    expect(await title.locator('li[data-lang="de"]').first().textContent()).toContain('BLUETOOTH-VERNETZUNG');
    expect(await title.locator('li[data-lang="fr"]').first().textContent()).toContain('MISE EN RÉSEAU BLUETOOTH');
    expect(await title.locator('li[data-lang="en"] mark').first().textContent()).toMatch(/^bluetooth$/i);
    expect(await panel.locator('[data-section="family"] .parallel-group[data-part="abstract"] li[data-lang="en"] mark').count()).toBeGreaterThan(0);
    expect(await panel.textContent('[data-section="family"]')).toContain('Parallel text, not a dictionary');

    const c2 = (await run.h.hook('terms', 'Bluetooth')) as TermsAnswer;
    const family = c2.sections[2];
    expect(family.document?.docdb).toBe('EP.2400812.A1');
    expect(family.from).toBe('panel');
    expect(await panel.locator('[data-section="family"] .parallel-group').count()).toBe(family.groups.length);
    expect(Number(await panel.getAttribute('[data-section="family"] [data-occurrences]', 'data-occurrences'))).toBe(family.occurrences);

    const [download] = await Promise.all([panel.waitForEvent('download', { timeout: 10_000 }), panel.click('[data-section="family"] [data-export="tmx"]')]);
    const xml = await readFile((await download.path())!, 'utf8');
    expect(tmx14Problems(xml)).toEqual([]);
    const units = tmxUnits(xml);
    expect(units).toContainEqual({ en: 'BLUETOOTH NETWORKING', de: 'BLUETOOTH-VERNETZUNG' });
    expect(units).toContainEqual({ en: 'BLUETOOTH NETWORKING', fr: 'MISE EN RÉSEAU BLUETOOTH' });
    expect(units).toContainEqual({ en: 'BLUETOOTH NETWORKING', fr: 'RESEAUTAGE PAR LIEN BLUETOOTH' });
    await panel.close();
  });

  it('fits 320 px in dark mode, and is driven by the keyboard alone', async () => {
    await run.sandbox(['epo-ops']);
    const panel = await panelLookup(run.h, 'EP2400812A1');
    await panel.setViewportSize({ width: 320, height: 700 });
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.focus('[data-tab="terms"]');
    await panel.keyboard.press('Enter');
    await panel.focus('input[name="term"]');
    await panel.keyboard.type('mesh network');
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('[data-section="family"] .parallel-group mark', { timeout: 30_000 });
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const colours = await panel.evaluate(() => ({ body: getComputedStyle(document.documentElement).backgroundColor, mark: getComputedStyle(document.querySelector('mark')!).backgroundColor }));
    expect(colours.body).toBe('rgb(22, 25, 29)');
    expect(colours.mark).not.toBe(colours.body);
    // The language switch re-asks in the chosen language.
    await panel.selectOption('#term-lang', 'de');
    await panel.waitForFunction(() => {
      const href = document.querySelector<HTMLAnchorElement>('[data-section="pearl-links"] a')?.href;
      return href !== undefined && new URL(href).searchParams.get('sourceLang') === 'de';
    }, undefined, { timeout: 10_000 });
    await panel.close();
  });

  it('options: PEARL says its endpoint is unofficial, Test connection works with the sandbox keys; the popup counts its searches', async () => {
    await run.sandbox(['pearl']);
    const options = await run.h.openExtensionPage('options.html');
    await options.waitForSelector('form.office[data-office="pearl"] [data-note="options_pearl_unofficial"]', { timeout: 15_000 });
    expect(await options.textContent('form.office[data-office="pearl"] [data-note]')).toMatch(/^Unofficial, unverified endpoint/);
    await options.click('.test-connection[data-office="pearl"] button');
    await options.waitForSelector('.test-connection[data-office="pearl"] .test-result', { timeout: 15_000 });
    expect(await options.getAttribute('.test-connection[data-office="pearl"] .test-result', 'data-kind')).toBe('ok');
    await options.close();
    await run.h.hook('terms', 'semiconductor');
    const popup = await run.h.openExtensionPage('popup.html');
    await popup.waitForSelector('.quota-list [data-office="pearl"] li[data-endpoint="concepts/search"]', { timeout: 15_000 });
    expect(await popup.textContent('.quota-list [data-office="pearl"] li[data-endpoint="concepts/search"]')).toMatch(/\b50\b/);
    await popup.close();
  });
});
