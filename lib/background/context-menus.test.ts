import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { MENU_CLASSIFY, MENU_LOOKUP, MENU_TRANSLATE, onMenuClick } from './context-menus';
import { PANEL_REQUEST_KEY } from './side-panel';

beforeEach(() => fakeBrowser.reset());

const pending = async () => (await browser.storage.session.get(PANEL_REQUEST_KEY))[PANEL_REQUEST_KEY] as { mode: string; text: string } | undefined;

describe('context-menu handler', () => {
  it('hands a selected number to the side panel as a lookup', async () => {
    await onMenuClick({ menuItemId: MENU_LOOKUP, selectionText: '  特開平7-234567  ' }, 3);
    expect(await pending()).toMatchObject({ mode: 'lookup', text: '特開平7-234567' });
  });

  it('hands a selected term to the side panel as a translation request', async () => {
    await onMenuClick({ menuItemId: MENU_TRANSLATE, selectionText: 'wafer' }, 3);
    expect(await pending()).toMatchObject({ mode: 'terms', text: 'wafer' });
  });

  it('hands a selected classification symbol to the converter', async () => {
    await onMenuClick({ menuItemId: MENU_CLASSIFY, selectionText: ' H04W 4/00 ' }, 3);
    expect(await pending()).toMatchObject({ mode: 'classify', text: 'H04W 4/00' });
  });

  it('ignores empty selections and other menus', async () => {
    await onMenuClick({ menuItemId: MENU_LOOKUP, selectionText: '   ' }, 3);
    await onMenuClick({ menuItemId: 'someone-else', selectionText: 'x' }, 3);
    expect(await pending()).toBeUndefined();
  });
});
