import { defineWxtModule } from 'wxt/modules';

/**
 * The hover card's data is shown in an extension page the content script puts in an iframe
 * (issue 16 §2), so that page must be web-accessible. Only the page itself: the scripts it loads
 * come from the extension's own origin. Declared here, beside the feature, not in wxt.config.ts.
 */
export default defineWxtModule((wxt) => {
  wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
    manifest.web_accessible_resources ??= [];
    (manifest.web_accessible_resources as { resources: string[]; matches: string[] }[]).push({
      resources: ['card.html'],
      matches: ['http://*/*', 'https://*/*'],
    });
  });
});
