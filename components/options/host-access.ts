import { browser } from 'wxt/browser';
import { hostPatternOf } from '../../lib/settings/host-pattern';

/**
 * Host access for a custom office address: granted already (the manifest's office hosts), or asked
 * of the person now. Must be called from their click, before anything else is awaited — browsers
 * show the prompt only inside a user gesture.
 */
export function requestHostAccess(url: string): Promise<boolean> {
  const pattern = hostPatternOf(url);
  if (!pattern) return Promise.resolve(false);
  return browser.permissions.request({ origins: [pattern] }).catch(() => false);
}

export async function hasHostAccess(url: string): Promise<boolean> {
  const pattern = hostPatternOf(url);
  return pattern ? browser.permissions.contains({ origins: [pattern] }).catch(() => false) : false;
}
