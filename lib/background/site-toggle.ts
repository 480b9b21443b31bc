/**
 * The popup's off switches (issue 5 §5): one per host and one global, kept in settings.sites so
 * they are remembered; `content/hello` (site-enabled.ts) reads the same fields.
 */
import { browser } from 'wxt/browser';
import type { SiteState } from '../messaging/protocol';
import { SITE_CHANGED } from './site-changed';
import { loadSettings, saveSettings, type Settings } from '../settings';

export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

function stateOf(host: string | null, settings: Settings): SiteState {
  return {
    host,
    siteEnabled: host === null ? true : !settings.sites.disabledHosts.includes(host),
    globalEnabled: settings.sites.enabled,
  };
}

export async function getSiteState(url: string): Promise<SiteState> {
  return stateOf(hostOf(url), await loadSettings());
}

export async function setSiteState(change: { host?: string; siteEnabled?: boolean; globalEnabled?: boolean }): Promise<SiteState> {
  const current = await loadSettings();
  const sites: Partial<Settings['sites']> = {};
  if (change.globalEnabled !== undefined) sites.enabled = change.globalEnabled;
  if (change.host && change.siteEnabled !== undefined) {
    const others = current.sites.disabledHosts.filter((h) => h !== change.host);
    sites.disabledHosts = change.siteEnabled ? others : [...others, change.host];
  }
  const next = await saveSettings({ sites });
  await tellTabs(change.globalEnabled !== undefined ? null : (change.host ?? null));
  return stateOf(change.host ?? null, next);
}

/** Tell the tabs on `host` (every tab, for the global switch), so the change applies without a reload. */
async function tellTabs(host: string | null): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((t) => t.id !== undefined && t.url && (host === null || hostOf(t.url) === host))
      .map((t) => browser.tabs.sendMessage(t.id!, { type: SITE_CHANGED }).catch(() => undefined)),
  );
}
