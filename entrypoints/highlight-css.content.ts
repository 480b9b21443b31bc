import { defineContentScript } from '#imports';
import '../lib/scan/highlight.css';

// Firefox only: the ::highlight rules as manifest content-script CSS, because Firefox's content scripts
// see adoptedStyleSheets through an Xray view that cannot be set (lib/scan/highlighter.ts). A style
// sheet the browser adds, not an element in the page. Open shadow roots stay unpainted there.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_start',
  include: ['firefox'],
  cssInjectionMode: 'manifest',
  noScriptStartedPostMessage: true,
  main() {},
});
