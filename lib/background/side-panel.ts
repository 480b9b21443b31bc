import { browser } from 'wxt/browser';
import type { Reading } from '../messaging/reading';

/** What the side panel should show when it opens (or right away, when it is already open). */
export interface PanelRequest {
  mode: 'lookup' | 'terms' | 'classify' | 'watch';
  text: string;
  /** The number as read on the page (hover card): looked up as read, not parsed again. */
  reading?: Reading;
}

export const PANEL_REQUEST_KEY = 'panelRequest';

/**
 * Open the side panel (Chrome) or sidebar (Firefox) with a request. The request goes through
 * storage.session, which the panel reads on start and watches while open. Opening must happen
 * inside the user's gesture, so the caller awaits nothing before calling this.
 */
export async function openSidePanel(tabId: number | undefined, request: PanelRequest): Promise<void> {
  const opening = openPanelUi(tabId).catch(() => {
    // No gesture or no panel support: the request still waits in storage.session for the next open.
  });
  await browser.storage.session.set({ [PANEL_REQUEST_KEY]: { ...request, at: Date.now() } });
  await opening;
}

/** Chrome's side panel for the tab, or Firefox's sidebar; rejects when the browser refuses (no user gesture). */
export async function openPanelUi(tabId: number | undefined): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel && tabId !== undefined) await api.sidePanel.open({ tabId });
  else if (api.sidebarAction) await api.sidebarAction.open();
}
