/**
 * The hostile-page suite runs the production code (the `sandbox` build: no test hook, loopback
 * access to the sandbox office server) and drives it only as a page or a person could. Settings go
 * in through the options page's own message; findings are read as the side panel reads them.
 */
import type { Page } from 'playwright-core';
import type { TabFindings } from '../../../lib/model/findings';
import { configureForSandbox } from '../../../scripts/configure-sandbox';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { sandboxBuildDir, startHarness, type Harness } from '../harness';

export async function startProbe(): Promise<{ h: Harness; sandbox: Sandbox; ui: Page }> {
  const h = await startHarness(sandboxBuildDir);
  const sandbox = await startSandbox();
  const ui = await h.openExtensionPage('options.html');
  await configureForSandbox(ui, sandbox.baseUrl);
  return { h, sandbox, ui };
}

/** The findings of the tab showing `url`, once its scan settled (as the side panel asks for them). */
export async function settledFindings(ui: Page, url: string, ready: (f: TabFindings) => boolean = () => true): Promise<TabFindings> {
  for (let i = 0; i < 150; i++) {
    const found = await ui.evaluate(async (u) => {
      const tab = (await chrome.tabs.query({})).filter((t) => t.url === u).pop();
      if (tab?.id === undefined) return null;
      const answer = await chrome.runtime.sendMessage({ name: 'findings/get', request: { tabId: tab.id } });
      return answer?.ok ? (answer.value as TabFindings) : null;
    }, url);
    if (found?.settled && found.items.length > 0 && ready(found)) return found;
    await ui.waitForTimeout(100);
  }
  throw new Error(`the scan of ${url} did not settle`);
}

/** Office requests the sandbox saw (token requests included). */
export const officeRequests = (sandbox: Sandbox) => sandbox.requests.filter((r) => !r.path.startsWith('/_'));
