import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../settings';
import { getSiteState, hostOf, setSiteState } from './site-toggle';

beforeEach(() => fakeBrowser.reset());

describe('site switches', () => {
  it('turns a host off and on again, remembered in settings', async () => {
    expect(await getSiteState('https://patents.google.com/patent/US1/en')).toEqual({ host: 'patents.google.com', siteEnabled: true, globalEnabled: true });
    await setSiteState({ host: 'patents.google.com', siteEnabled: false });
    expect((await loadSettings()).sites.disabledHosts).toEqual(['patents.google.com']);
    expect((await getSiteState('https://patents.google.com/x')).siteEnabled).toBe(false);
    expect((await getSiteState('https://worldwide.espacenet.com/')).siteEnabled).toBe(true);
    await setSiteState({ host: 'patents.google.com', siteEnabled: true });
    expect((await loadSettings()).sites.disabledHosts).toEqual([]);
  });

  it('has a global switch', async () => {
    const state = await setSiteState({ globalEnabled: false });
    expect(state.globalEnabled).toBe(false);
    expect((await loadSettings()).sites.enabled).toBe(false);
  });

  it('knows no host for non-web pages', () => {
    expect(hostOf('chrome://extensions')).toBeNull();
    expect(hostOf('not a url')).toBeNull();
    expect(hostOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
  });
});
