import type { Settings } from '../settings';

/** Is PatentPeek on for this page? Off when switched off globally or for the page's host. */
export function isEnabledFor(url: string, settings: Settings): boolean {
  if (!settings.sites.enabled) return false;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return !settings.sites.disabledHosts.includes(host);
}
