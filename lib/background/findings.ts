/**
 * The one findings store of the service worker, wired to the browser: badge on the action icon,
 * IndexedDB mirror, and clearing when a tab navigates or closes.
 */
import { browser } from 'wxt/browser';
import type { Match } from '../model/contracts';
import type { TabFindings } from '../model/findings';
import { idbMirror } from './findings-mirror';
import { FindingsStore } from './findings-store';

export const findingsStore = new FindingsStore({
  mirror: idbMirror(),
  async setBadge(tabId, count) {
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    await action.setBadgeText({ tabId, text: count > 0 ? (count > 999 ? '999+' : String(count)) : '' });
    await action.setBadgeBackgroundColor({ tabId, color: '#5f6368' });
  },
});

/** Call once at service-worker start (listeners must be registered synchronously). */
export function installFindingsTracking(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document is loading in the tab: its content scripts will report afresh.
    if (change.status === 'loading') void findingsStore.clear(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void findingsStore.clear(tabId));
}

const sameUrl = (a: string | undefined, b: string) => a !== undefined && (a === b || a.replace(/#.*$/, '') === b.replace(/#.*$/, ''));

/**
 * Contract C2 `findings(url)`: the tab showing `url`, all frames merged, one entry per distinct
 * document, once every reporting frame (the top one included) has settled.
 */
export async function findingsForUrl(url: string, timeoutMs = 15_000): Promise<Omit<Match, 'start' | 'end'>[]> {
  const deadline = Date.now() + timeoutMs;
  let tabId: number | undefined;
  while (tabId === undefined && Date.now() < deadline) {
    const tabs = await browser.tabs.query({});
    tabId = tabs.find((t) => sameUrl(t.url, url) || sameUrl(t.pendingUrl, url))?.id;
    if (tabId === undefined) await new Promise((r) => setTimeout(r, 100));
  }
  if (tabId === undefined) throw new Error(`No tab shows ${url}`);
  const ready = (f: TabFindings) => f.settled && f.url !== null;
  const findings = await findingsStore.waitFor(tabId, ready, Math.max(0, deadline - Date.now()));
  // C1's fields, and a design's or trademark's right (found only where the user switched them on).
  return findings.items.map(({ raw, country, type, docdb, epodoc, right }) => ({ raw, country, type, docdb, epodoc, ...(right && { right }) }));
}
