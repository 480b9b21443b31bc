import { defineContentScript } from '#imports';
import { ensureHighlightSheet } from '../lib/scan/highlighter';

// Adopts the ::highlight rules before the page has computed any style, so adding them later does
// not force a full style recalculation (see ensureHighlightSheet). Rules only; nothing is marked here.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_start',
  // No window.postMessage naming the extension id at start-up (see entrypoints/content/index.ts).
  noScriptStartedPostMessage: true,
  main() {
    ensureHighlightSheet();
  },
});
