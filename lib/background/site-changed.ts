/** Message the background sends content scripts when a site switch changed (site-toggle.ts). */
export const SITE_CHANGED = 'patentpeek/site-changed';
