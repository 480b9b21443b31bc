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
  async main(ctx) {
    let session: AbortController | null = null;
    const apply = async () => {
      const { enabled, hoverDelayMs } = await send('content/hello', { url: location.href });
      if (ctx.isInvalid) return;
      if (enabled && !session) {
        session = new AbortController();
        ctx.onInvalidated(() => session?.abort());
        startOnPage({
          findBatch: async (texts) => (await send('scan/find', { texts })).found,
          report: (r) => send('findings/report', r),
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
