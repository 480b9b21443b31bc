import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { startOnPage } from '../../components/hover-card/page-controller';
import { SITE_CHANGED } from '../../lib/background/site-changed';
import { send } from '../../lib/messaging/client';

// Wiring only (aesthetics.md §16.5): ask whether PatentPeek is on for this site, then scan,
// mark and listen for hovers; start or stop when the popup's switches change. The number engine
// runs in the background (scan/find) and the card is a separate script loaded on first hover.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT would announce every start with window.postMessage, whose type names the extension id: any
  // page could read it (issue 16). Its document event stays; see `orphaned` for why it cannot stop us.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    let session: AbortController | null = null;
    // WXT stops a script when a document event says a newer copy started. A page can forge that
    // event, so it counts only when this copy really lost its extension (an update or removal
    // leaves the old copy without runtime.id); a forged one is ignored and we keep running.
    const orphaned = () => !browser.runtime?.id;
    const stopIfOrphaned = () => {
      if (orphaned()) session?.abort();
    };
    ctx.onInvalidated(stopIfOrphaned);
    // After a forged event WXT no longer tells us; the first message that fails then does.
    const checked = <T>(promise: Promise<T>): Promise<T> => promise.catch((error: unknown) => {
      stopIfOrphaned();
      throw error;
    });
    const apply = async () => {
      const { enabled, hoverDelayMs } = await send('content/hello', { url: location.href });
      if (orphaned()) return;
      if (enabled && !session) {
        session = new AbortController();
        startOnPage({
          findBatch: async (texts) => (await checked(send('scan/find', { texts }))).found,
          report: (r) => checked(send('findings/report', r)),
          hoverDelayMs,
          signal: session.signal,
        });
      } else if (!enabled && session) {
        session.abort();
        session = null;
        void send('findings/report', { url: location.href, settled: true, items: [] }).catch(() => undefined);
      }
    };
    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: unknown } | null)?.type === SITE_CHANGED) void apply();
    });
    await apply();
  },
});
