/// <reference types="chrome" />
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startSandbox } from '../test/sandbox/server';
import { startStaticServer } from '../test/support/static-server';
import { findChrome, installHint } from './find-chrome';
import { launchExtension } from './launch-extension';
import { centreOfText } from './text-position';
import { configureForSandbox } from './configure-sandbox';
import { firefoxDemo } from './demo-firefox';

// `npm run demo [-- --headed] [-- --browser firefox]`: build, start the sandbox office server, point the extension at it,
// open a demo page and a real saved page in Chromium, hover a number, open the side panel, and save
// screenshots. Offline, no keys.
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'demo-output');
const headed = process.argv.includes('--headed');
const browserArg = process.argv.indexOf('--browser');
const browserName = browserArg >= 0 ? process.argv[browserArg + 1] : 'chromium';

async function main(): Promise<void> {
  if (browserName === 'firefox') return firefoxDemo();
  if (!findChrome()) {
    console.error(`PatentPeek's demo needs Chrome or Chromium and found none.\n${installHint()}`);
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  console.log('Building the extension…');
  // The production code, built with loopback host access for the bundled sandbox (wxt.config.ts).
  execFileSync('npx', ['wxt', 'build', '--mode', 'sandbox'], { cwd: root, stdio: 'ignore', shell: process.platform === 'win32' });

  const sandbox = await startSandbox();
  const site = await startStaticServer({ '/': path.join(root, 'demo/pages') });
  const extension = await launchExtension({ extensionDir: path.join(root, '.output/chrome-mv3-sandbox'), headed });
  console.log(`Sandbox office server: ${sandbox.baseUrl}\nDemo pages: ${site.origin}/`);

  try {
    const options = await openExtensionPage(extension.context, extension.extensionId, 'options.html');
    await configureForSandbox(options, sandbox.baseUrl);
    await options.reload();
    await options.locator('form.office').first().waitFor();
    const shots = [await shot(options, 'options.png')];

    const memo = await extension.context.newPage();
    await memo.goto(`${site.origin}/index.html`);
    await settle(memo);
    await hoverText(memo, 'EP 2 400 812 A1');
    shots.push(await shot(memo, 'demo-page-hover-card.png'));
    // A US patent, answered by the USPTO Open Data Portal (sandbox).
    await memo.mouse.move(5, 5);
    await memo.waitForTimeout(900);
    await hoverText(memo, '10,765,880');
    shots.push(await shot(memo, 'demo-page-hover-card-us.png'));

    // The popup, opened in a tab of its own and describing the memo's tab (site switch, quotas).
    const worker = await extension.serviceWorker();
    const memoTabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, memo.url());
    const popup = await openExtensionPage(extension.context, extension.extensionId, `popup.html?tabId=${memoTabId}`);
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.waitForTimeout(800);
    shots.push(await shot(popup, 'popup.png'));

    const register = await extension.context.newPage();
    await register.goto(`${site.origin}/ep-register-EP19871250-main.html`);
    await settle(register);
    // Scroll to the search-report citations and hover one: marks and a card on a page nobody wrote for us.
    await register.evaluate(() => window.scrollBy(0, 1));
    await hoverText(register, 'US2009306730', { scroll: true });
    shots.push(await shot(register, 'real-page-ep-register.png'));

    const panel = await openExtensionPage(extension.context, extension.extensionId, 'sidepanel.html');
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.locator('form[role=search] input').fill('特願2020-123456');
    await panel.locator('form[role=search] button[type=submit]').click();
    await panel.waitForLoadState('networkidle');
    await panel.waitForTimeout(1_500);
    shots.push(await shot(panel, 'side-panel-lookup.png'));
    shots.push(...(await workbenchShots(extension, 'en')));
    shots.push(...(await officeShots(extension)));

    // The same workbench in Japanese: a second browser whose UI language is ja.
    const ja = await launchExtension({ extensionDir: path.join(root, '.output/chrome-mv3-sandbox'), lang: 'ja' });
    try {
      const jaOptions = await openExtensionPage(ja.context, ja.extensionId, 'options.html');
      await configureForSandbox(jaOptions, sandbox.baseUrl);
      shots.push(...(await workbenchShots(ja, 'ja')));
      shots.push(...(await watchShots(ja, sandbox.baseUrl, 'ja')));
    } finally {
      await ja.close();
    }
    // Last, as it moves the sandbox's cases on to their later state (and back after each language).
    shots.push(...(await watchShots(extension, sandbox.baseUrl, 'en')));

    console.log('\nScreenshots:');
    for (const file of shots) console.log(`  ${file}`);
    if (headed) {
      console.log('\nThe browser stays open; press Ctrl-C to quit.');
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    }
  } finally {
    await extension.close();
    await site.close();
    await sandbox.close();
  }
}

/** The workbench views (issue 10): the CPC↔IPC converter, a JP timeline, a document's classification tab. */
async function workbenchShots(extension: Awaited<ReturnType<typeof launchExtension>>, lang: string): Promise<string[]> {
  const panel = await openExtensionPage(extension.context, extension.extensionId, 'sidepanel.html');
  await panel.setViewportSize({ width: 420, height: 900 });
  const out: string[] = [];
  await panel.click('[data-tab="classes"]');
  await panel.fill('.converter input[type="search"]', 'A61F 2/30');
  await panel.press('.converter input[type="search"]', 'Enter');
  await panel.locator('.conversion').waitFor({ timeout: 30_000 });
  out.push(await shot(panel, `converter-${lang}.png`));

  const lookup = async (text: string, tab: string, ready: string) => {
    await panel.click('[data-tab="lookup"]');
    await panel.locator('form[role=search] input').fill(text);
    await panel.locator('form[role=search] button[type=submit]').click();
    await panel.locator('.lookup-result').waitFor({ timeout: 30_000 });
    await panel.click(`[data-tab="${tab}"]`);
    await panel.locator(ready).first().waitFor({ timeout: 30_000 });
    await panel.waitForTimeout(500);
  };
  await lookup('特願2020-123456', 'timeline', '[data-duration]');
  out.push(await shot(panel, `timeline-${lang}.png`));
  await lookup('U.S. Appl. No. 16/123,456', 'timeline', '[data-duration]');
  out.push(await shot(panel, `timeline-us-${lang}.png`));
  await lookup('EP2400812A1', 'classification', '.classification-tab [data-field="counterparts"]');
  out.push(await shot(panel, `classification-tab-${lang}.png`));

  // "Translate term" (issue 15): a Japanese term with a JP application open, then an English one with
  // the EP2400812 family's parallel text.
  const terms = async (term: string, ready: string) => {
    await panel.click('[data-tab="terms"]');
    await panel.fill('input[name="term"]', term);
    await panel.press('input[name="term"]', 'Enter');
    await panel.locator(ready).first().waitFor({ timeout: 30_000 });
    await panel.waitForTimeout(500);
  };
  await lookup('特願2020-123456', 'lookup', '.lookup-result');
  await terms('配線', '[data-section="pearl-api"][data-state="answered"]');
  out.push(await shot(panel, `terms-ja-term-${lang}.png`, { fullPage: true }));
  await lookup('EP2400812A1', 'lookup', '.lookup-result');
  await terms('Bluetooth', '[data-section="family"] .parallel-group');
  out.push(await shot(panel, `terms-family-${lang}.png`, { fullPage: true }));
  await panel.close();
  return out;
}

/** The offices of issue 17 in the side panel: a JP design, the JPO One Portal Dossier, a TW patent's annuities and relatives, a KR application's citations. */
async function officeShots(extension: Awaited<ReturnType<typeof launchExtension>>): Promise<string[]> {
  const panel = await openExtensionPage(extension.context, extension.extensionId, 'sidepanel.html');
  await panel.setViewportSize({ width: 420, height: 900 });
  const lookup = async (text: string) => {
    await panel.locator('form[role=search] input').fill(text);
    await panel.locator('form[role=search] button[type=submit]').click();
    await panel.locator(`.lookup-result .status-tab`).waitFor({ timeout: 60_000 });
    await panel.waitForTimeout(500);
  };
  const out: string[] = [];
  await lookup('意願2020-015234');
  out.push(await shot(panel, 'jp-design.png'));
  await lookup('特願2015-500001');
  await panel.click('[data-tab="dossier"]');
  await panel.click('[data-action="dossier-family"]');
  await panel.locator('.dossier-members:not(.dossier-self) > li').nth(1).waitFor({ timeout: 90_000 });
  out.push(await shot(panel, 'dossier.png'));
  await lookup('TW I651234 B');
  await panel.click('[data-action="tw-annuity"]');
  await panel.locator('.tw-annuity').waitFor({ timeout: 60_000 });
  out.push(await shot(panel, 'tw-annuity.png'));
  await panel.click('[data-tab="related"]');
  await panel.locator('.related-tab li[data-relation="twin"]').waitFor({ timeout: 60_000 });
  out.push(await shot(panel, 'tw-related.png'));
  await panel.locator('form[role=search] input').fill('10-2018-0133527');
  await panel.locator('form[role=search] button[type=submit]').click();
  await panel.locator('.lookup-result').waitFor({ timeout: 60_000 });
  await panel.click('[data-tab="citations"]');
  await panel.locator('.citations-tab [data-cited-by]').first().waitFor({ timeout: 60_000 });
  out.push(await shot(panel, 'kr-citations.png'));
  await panel.close();
  return out;
}

/** The Watchlist (issue 12): three cases checked, the offices moved on, checked again; the Deadlines view. */
async function watchShots(extension: Awaited<ReturnType<typeof launchExtension>>, sandboxUrl: string, lang: string): Promise<string[]> {
  const panel = await openExtensionPage(extension.context, extension.extensionId, 'sidepanel.html');
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.click('[data-tab="watch"]');
  await panel.fill('[data-field="add-numbers"]', '特願2020-123456\nEP 2400812 A1\nUS 10,902,286 B2');
  await panel.click('[data-action="add"]');
  await panel.locator('.watch-case-list > li').nth(2).waitFor();
  const check = async () => {
    await panel.click('[data-action="run"]');
    await panel.locator('[data-field="run-result"]').waitFor({ timeout: 120_000 });
  };
  await check();
  await fetch(`${sandboxUrl}/_control/advance`, { method: 'POST' });
  await check();
  await panel.locator('.watch-changes li.unseen').first().waitFor({ timeout: 30_000 });
  await panel.waitForTimeout(300);
  const out = [await shot(panel, `watchlist-changes-${lang}.png`, { fullPage: true })];
  await panel.click('[data-tab="deadlines"]');
  await panel.locator('.deadline-table tbody tr').first().waitFor({ timeout: 30_000 });
  out.push(await shot(panel, `deadlines-${lang}.png`));
  await panel.close();
  await fetch(`${sandboxUrl}/_control/reset`, { method: 'POST' });
  return out;
}

async function openExtensionPage(context: BrowserContext, id: string, file: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/${file}`);
  return page;
}

/** Give the scanner its first idle pass (it settles well within a second on these pages). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(1_200);
}

/** Move the mouse onto the first occurrence of `text` and wait for the hover card. */
async function hoverText(page: Page, text: string, { scroll = false } = {}): Promise<void> {
  if (scroll) {
    const at = await centreOfText(page, text);
    await page.mouse.wheel(0, at.y - 300);
    await page.waitForTimeout(600);
  }
  const { x, y } = await centreOfText(page, text);
  await page.mouse.move(x, y);
  await page.waitForTimeout(1_500);
}

async function shot(page: Page, name: string, { fullPage = false } = {}): Promise<string> {
  const file = path.join(outDir, name);
  await page.screenshot({ path: file, fullPage });
  return file;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
