import { defineWxtModule } from 'wxt/modules';

/**
 * The hover card is loaded by the content script on first hover with import(runtime.getURL(...)),
 * which needs the file to be web-accessible (issue 5 §3: "the card UI loads on first hover").
 * Declared here, beside the feature, instead of in wxt.config.ts.
 */
export default defineWxtModule((wxt) => {
  wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
    manifest.web_accessible_resources ??= [];
    (manifest.web_accessible_resources as { resources: string[]; matches: string[] }[]).push({
      resources: ['hover-card.js'],
      matches: ['http://*/*', 'https://*/*'],
    });
  });
});
