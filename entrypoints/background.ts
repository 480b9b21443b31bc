import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { createContextMenus, onMenuClick } from '../lib/background/context-menus';
import { handlers } from '../lib/background/handlers';
import { installRouter } from '../lib/background/install-router';
import { restrictStorageToTrustedContexts } from '../lib/background/restrict-storage';
import { createTestHook } from '../lib/background/test-hook';
import { installFindingsTracking } from '../lib/background/findings';
import { installCardTracking } from '../lib/background/handlers/card';
import { loadSettings } from '../lib/settings';
import { i18n } from '../lib/i18n';
import { installWatchSchedule, syncWatchAlarms, watchSelection } from '../lib/background/watch';

export default defineBackground(() => {
  void restrictStorageToTrustedContexts();
  installRouter(handlers);
  installFindingsTracking();
  installCardTracking();
  installWatchSchedule();
  browser.runtime.onInstalled.addListener(() => {
    createContextMenus(i18n);
    void syncWatchAlarms().catch(() => undefined);
    // Runs the settings migration once per install/update, so an upgrade never waits for a message.
    void loadSettings();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab?.id, watchSelection));
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel;
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);

  // Contract C2: present only in the e2e build (`wxt build --mode e2e`), never in production or dev.
  if (import.meta.env.MODE === 'e2e') {
    (globalThis as Record<string, unknown>).__patentpeek = createTestHook();
    // Not part of C2: lets real-browser tests fire the context-menu handler, which CDP cannot click.
    (globalThis as Record<string, unknown>).__patentpeekInternals = { onMenuClick: (info: Parameters<typeof onMenuClick>[0], tabId?: number) => onMenuClick(info, tabId, watchSelection) };
  }
});
