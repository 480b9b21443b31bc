import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.pages.put('/on-page/toggle.html', '<!doctype html><html><body><p>Cited: US 10,123,456 B2 and WO 2021/123456 A1.</p></body></html>');
});
afterAll(async () => {
  await h?.close();
});

const marks = (page: Page) => page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('patentpeek')?.size ?? 0);

async function until(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function tabIdOf(url: string): Promise<number> {
  const worker = await h.serviceWorker();
  return worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, url);
}

async function badgeOf(tabId: number): Promise<string> {
  const worker = await h.serviceWorker();
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

async function setSwitch(tabId: number, id: 'site-enabled' | 'global-enabled', on: boolean): Promise<void> {
  const popup = await h.openExtensionPage(`popup.html?tabId=${tabId}`);
  const box = popup.locator(`#${id}`);
  await box.waitFor();
  if ((await box.isChecked()) !== on) await box.click();
  await until(async () => (await box.isChecked()) === on);
  await popup.close();
}

describe('popup site switches', () => {
  it('turns PatentPeek off for a site at once, remembers it across reloads, and back on', async () => {
    const page = await h.context.newPage();
    const url = `${h.pages.origin}/on-page/toggle.html`;
    await page.goto(url);
    expect(await h.hook('findings', url)).toHaveLength(2);
    expect(await marks(page)).toBe(2);
    const tabId = await tabIdOf(url);
    expect(await badgeOf(tabId)).toBe('2');

    const popup = await h.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.locator('#site-enabled').waitFor();
    expect(await popup.locator('.site-toggle').textContent()).toContain('127.0.0.1');
    await popup.close();

    await setSwitch(tabId, 'site-enabled', false);
    await until(async () => (await marks(page)) === 0);
    await until(async () => (await badgeOf(tabId)) === '');

    await page.reload();
    await page.waitForTimeout(800);
    expect(await marks(page)).toBe(0);
    const reopened = await h.openExtensionPage(`popup.html?tabId=${tabId}`);
    await reopened.locator('#site-enabled').waitFor();
    expect(await reopened.locator('#site-enabled').isChecked()).toBe(false);
    await reopened.close();

    await setSwitch(tabId, 'site-enabled', true);
    await until(async () => (await marks(page)) === 2);
    expect(await h.hook('findings', url)).toHaveLength(2);
    await page.close();
  });

  it('has a global switch', async () => {
    const page = await h.context.newPage();
    const url = `${h.pages.origin}/on-page/toggle.html?global`;
    await page.goto(url);
    await h.hook('findings', url);
    const tabId = await tabIdOf(url);
    await setSwitch(tabId, 'global-enabled', false);
    await until(async () => (await marks(page)) === 0);
    const other = await h.context.newPage();
    await other.goto(`${h.pages.origin}/on-page/toggle.html?other`);
    await other.waitForTimeout(800);
    expect(await marks(other)).toBe(0);
    await setSwitch(tabId, 'global-enabled', true);
    await until(async () => (await marks(page)) === 2 && (await marks(other)) === 2);
    await page.close();
    await other.close();
  });
});
