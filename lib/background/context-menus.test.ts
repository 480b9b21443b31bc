import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { MENU_CLASSIFY, MENU_LOOKUP, MENU_TRANSLATE, MENU_WATCH, onMenuClick } from './context-menus';
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

  it('watches every number of a selection as read, and shows the Watchlist', async () => {
    const added: { text: string; reading?: { docdb: string | null } }[][] = [];
    await onMenuClick({ menuItemId: MENU_WATCH, selectionText: 'D1: JP 2005-533465 A; D2: US 10,902,286 B2, see also p. 12' }, 3, async (items) => void added.push(items));
    expect(added).toHaveLength(1);
    expect(added[0]!.map((i) => [i.text, i.reading?.docdb])).toEqual([['JP 2005-533465 A', 'JP.2005533465.A'], ['US 10,902,286 B2', 'US.10902286.B2']]);
    expect(await pending()).toMatchObject({ mode: 'watch' });
  });

  it('a selection without a number opens the lookup, which says why, and watches nothing', async () => {
    const added: unknown[] = [];
    await onMenuClick({ menuItemId: MENU_WATCH, selectionText: 'hello' }, 3, async (items) => void added.push(items));
    expect(added).toEqual([]);
    expect(await pending()).toMatchObject({ mode: 'lookup', text: 'hello' });
  });

  it('ignores empty selections and other menus', async () => {
    await onMenuClick({ menuItemId: MENU_LOOKUP, selectionText: '   ' }, 3);
    await onMenuClick({ menuItemId: 'someone-else', selectionText: 'x' }, 3);
    expect(await pending()).toBeUndefined();
  });
});
