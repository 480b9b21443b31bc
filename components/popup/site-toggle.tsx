import { browser } from 'wxt/browser';
import { i18n } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import type { SiteState } from '../../lib/messaging/protocol';
import { useAsync } from '../common/use-async';

export interface SiteApi {
  currentUrl(): Promise<string | null>;
  get(url: string): Promise<SiteState>;
  set(change: { host?: string; siteEnabled?: boolean; globalEnabled?: boolean }): Promise<SiteState>;
}

const messagingApi: SiteApi = {
  async currentUrl() {
    // popup.html?tabId=N: the popup opened in a tab of its own (keyboard users, real-browser tests)
    // speaks about tab N instead of itself.
    const asked = Number(new URLSearchParams(location.search).get('tabId'));
    if (Number.isInteger(asked) && asked > 0) return (await browser.tabs.get(asked)).url ?? null;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url ?? null;
  },
  get: (url) => send('site/get', { url }),
  set: (change) => send('site/set', change),
};

/**
 * The popup's off switches (issue 5 §5): PatentPeek on this site, and everywhere. Remembered in
 * settings; open pages follow at once (the background tells their content scripts).
 */
export function SiteToggle({ api = messagingApi }: { api?: SiteApi }) {
  const [state, setState] = useAsync(async () => {
    const url = await api.currentUrl();
    return url ? api.get(url) : null;
  }, []);
  if (state.state !== 'done' || !state.value) return null;
  const site = state.value;
  const change = (patch: { siteEnabled?: boolean; globalEnabled?: boolean }) =>
    void api.set({ ...(site.host && { host: site.host }), ...patch }).then((next) => setState({ ...next, host: site.host }));
  return (
    <fieldset class="site-toggle">
      {site.host ? (
        <label>
          <input type="checkbox" id="site-enabled" checked={site.siteEnabled} disabled={!site.globalEnabled} onChange={(e) => change({ siteEnabled: e.currentTarget.checked })} />{' '}
          {i18n('popup_site_on', site.host)}
        </label>
      ) : (
        <p class="muted">{i18n('popup_site_unavailable')}</p>
      )}
      <label>
        <input type="checkbox" id="global-enabled" checked={site.globalEnabled} onChange={(e) => change({ globalEnabled: e.currentTarget.checked })} />{' '}
        {i18n('popup_global_on')}
      </label>
    </fieldset>
  );
}
