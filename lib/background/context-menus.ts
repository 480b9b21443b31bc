import { browser } from 'wxt/browser';
import { openSidePanel } from './side-panel';

export const MENU_LOOKUP = 'patentpeek-lookup';
export const MENU_TRANSLATE = 'patentpeek-translate-term';
export const MENU_CLASSIFY = 'patentpeek-convert-classification';

/** Context-menu items are re-created on install/update (Chrome keeps them across SW restarts). */
export function createContextMenus(title: (key: string) => string): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_LOOKUP, title: title('menu_lookup'), contexts: ['selection'] });
    browser.contextMenus.create({ id: MENU_TRANSLATE, title: title('menu_translate_term'), contexts: ['selection'] });
    browser.contextMenus.create({ id: MENU_CLASSIFY, title: title('menu_convert_classification'), contexts: ['selection'] });
  });
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

/** Each item hands the selected text to the side panel, on the tab that answers it. */
export async function onMenuClick(info: MenuClick, tabId: number | undefined): Promise<void> {
  const text = (info.selectionText ?? '').trim().slice(0, 500);
  if (!text) return;
  if (info.menuItemId === MENU_LOOKUP) await openSidePanel(tabId, { mode: 'lookup', text });
  else if (info.menuItemId === MENU_TRANSLATE) await openSidePanel(tabId, { mode: 'terms', text });
  else if (info.menuItemId === MENU_CLASSIFY) await openSidePanel(tabId, { mode: 'classify', text: text.slice(0, 200) });
}
