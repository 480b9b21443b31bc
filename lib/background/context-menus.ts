import { browser } from 'wxt/browser';
import { findNumbers } from '../numbers';
import { findRights } from '../numbers/rights';
import { readingOf, type Reading } from '../messaging/reading';
import { openSidePanel } from './side-panel';

export const MENU_LOOKUP = 'patentpeek-lookup';
export const MENU_TRANSLATE = 'patentpeek-translate-term';
export const MENU_CLASSIFY = 'patentpeek-convert-classification';
export const MENU_WATCH = 'patentpeek-watch';

/** Context-menu items are re-created on install/update (Chrome keeps them across SW restarts). */
export function createContextMenus(title: (key: string) => string): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_LOOKUP, title: title('menu_lookup'), contexts: ['selection'] });
    browser.contextMenus.create({ id: MENU_TRANSLATE, title: title('menu_translate_term'), contexts: ['selection'] });
    browser.contextMenus.create({ id: MENU_CLASSIFY, title: title('menu_convert_classification'), contexts: ['selection'] });
    browser.contextMenus.create({ id: MENU_WATCH, title: title('menu_watch'), contexts: ['selection'] });
  });
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

/** Where "Add to watchlist" puts the numbers of a selection (the watch service in the background). */
export type WatchAdder = (items: { text: string; reading?: Reading }[]) => Promise<unknown>;

/**
 * Each item hands the selected text to the side panel, on the tab that answers it. "Add to watchlist"
 * watches every number the engine finds in the selection (a citation list holds several), as read,
 * then shows the Watchlist; a selection without a number opens the lookup, which says why.
 */
export async function onMenuClick(info: MenuClick, tabId: number | undefined, watch?: WatchAdder): Promise<void> {
  const text = (info.selectionText ?? '').trim().slice(0, 500);
  if (!text) return;
  if (info.menuItemId === MENU_WATCH && watch) {
    // The engine is synchronous and the selection short: the panel still opens inside the gesture.
    // A selection is the user's own choice: its designs and trademarks are watched too.
    const found = [...findNumbers(text), ...findRights(text)].sort((a, b) => a.start - b.start).map((f) => ({ text: f.raw, reading: readingOf(f) }));
    // No number in it: the lookup says why, as it would for the same text typed.
    if (found.length === 0) return openSidePanel(tabId, { mode: 'lookup', text });
    const opening = openSidePanel(tabId, { mode: 'watch', text: '' });
    await watch(found);
    await opening;
    // Asked again once the numbers are in, so an open Watchlist shows them.
    await openSidePanel(tabId, { mode: 'watch', text: '' });
    return;
  }
  if (info.menuItemId === MENU_LOOKUP) await openSidePanel(tabId, { mode: 'lookup', text });
  else if (info.menuItemId === MENU_TRANSLATE) await openSidePanel(tabId, { mode: 'terms', text });
  else if (info.menuItemId === MENU_CLASSIFY) await openSidePanel(tabId, { mode: 'classify', text: text.slice(0, 200) });
}
