import type { Handlers } from '../../messaging/router';
import { findingsStore } from '../findings';
import { findOnPage } from '../rights-detection';
import { getSiteState, setSiteState } from '../site-toggle';

/** Messages of the on-page feature (issue 5): number search, findings, the site switches. */
export const findingsHandlers: Handlers = {
  'findings/report': async (report, sender) => {
    if (sender.tabId === undefined) return null;
    // The frame's address as the browser knows it, not as the page's script world says.
    await findingsStore.report(sender.tabId, sender.frameId ?? 0, { ...report, url: sender.url ?? report.url });
    return null;
  },
  'findings/get': ({ tabId }) => findingsStore.get(tabId),
  'site/get': ({ url }) => getSiteState(url),
  'site/set': (change) => setSiteState(change),
  // The engine runs here, warm across pages, instead of on each page's main thread (find-queue.ts).
  'scan/find': async ({ texts }) => ({ found: await findOnPage(texts) }),
};
