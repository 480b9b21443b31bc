/**
 * The set-up most real-browser test files share: one browser with the extension for the file, and a
 * fresh sandbox office server for each test that asks for one, closed after it.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { OfficeId } from '../../lib/model/contracts';
import type { Sandbox } from '../sandbox/server';
import { startHarness, type Harness } from './harness';
import { freshSandbox } from './lookup-helpers';

export interface PerFile {
  /** The file's browser (started before its first test). */
  readonly h: Harness;
  /** A new sandbox, configured for `offices` (the others without keys), closed after this test. */
  sandbox(offices: OfficeId[], credentials?: Partial<Record<OfficeId, Record<string, string>>>): Promise<Sandbox>;
}

export function perFile(): PerFile {
  let harness: Harness | undefined;
  let open: Sandbox | undefined;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    await open?.close();
    open = undefined;
  });
  afterAll(async () => {
    await harness?.close();
  });
  return {
    get h() {
      if (!harness) throw new Error('the browser is started in beforeAll');
      return harness;
    },
    async sandbox(offices, credentials) {
      open = await freshSandbox(this.h, offices, credentials);
      return open;
    },
  };
}

/** Type a number into the side panel's lookup box and wait for the answer. */
export async function panelLookup(h: Harness, text: string): Promise<Page> {
  const page = await h.openExtensionPage('sidepanel.html');
  await page.fill('input[type="search"]', text);
  await page.press('input[type="search"]', 'Enter');
  await page.waitForSelector('.lookup-result', { timeout: 15_000 });
  return page;
}

/** Run the context-menu handler as a click on `menuItemId` with this selection would (no test can open a native menu). */
export async function menuClick(h: Harness, menuItemId: string, selectionText: string): Promise<void> {
  const sw = await h.serviceWorker();
  await sw.evaluate(
    ([id, text]) =>
      (globalThis as unknown as { __patentpeekInternals: { onMenuClick(i: object, t?: number): Promise<void> } }).__patentpeekInternals.onMenuClick({ menuItemId: id, selectionText: text }, undefined),
    [menuItemId, selectionText] as const,
  );
}
