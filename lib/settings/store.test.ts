import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { applyPatch, loadSettings, saveSettings } from './store';
import { defaultSettings } from './schema';
import { toPublicSettings } from './public-view';

beforeEach(() => fakeBrowser.reset());

describe('settings store', () => {
  it('upgrades an old stored object in place, once', async () => {
    await browser.storage.local.set({ settings: { version: 1, keys: { lensToken: 'abc' } } });
    const settings = await loadSettings();
    expect(settings.offices.lens.credentials.token).toBe('abc');
    const raw = (await browser.storage.local.get('settings')).settings as { schemaVersion: number };
    expect(raw.schemaVersion).toBe(2);
  });

  it('keeps both of two quick saves', async () => {
    await Promise.all([
      saveSettings({ offices: { jpo: { credentials: { id: 'a' } } } }),
      saveSettings({ offices: { jpo: { credentials: { password: 'b' } } } }),
    ]);
    expect((await loadSettings()).offices.jpo.credentials).toEqual({ id: 'a', password: 'b' });
  });

  it('clears a credential with an empty string and resets the base URL with a blank one', () => {
    let s = applyPatch(defaultSettings(), { offices: { 'epo-ops': { baseUrl: 'http://127.0.0.1:1/epo-ops/', credentials: { key: 'k', secret: 's' } } } });
    expect(s.offices['epo-ops'].baseUrl).toBe('http://127.0.0.1:1/epo-ops');
    s = applyPatch(s, { offices: { 'epo-ops': { baseUrl: ' ', credentials: { secret: '' } } } });
    expect(s.offices['epo-ops']).toEqual({ enabled: true, credentials: { key: 'k' } });
  });
});

describe('public view', () => {
  it('never contains a secret, only whether it is set and its last two characters', () => {
    const s = applyPatch(defaultSettings(), { offices: { jpo: { credentials: { id: 'user-1', password: 'hunter22xy' } } } });
    const view = toPublicSettings(s);
    expect(JSON.stringify(view)).not.toContain('hunter22xy');
    expect(view.offices.jpo.credentials).toEqual({ id: { set: true, hint: 'user-1' }, password: { set: true, hint: 'xy' } });
    expect(view.offices.lens.credentials).toEqual({ token: { set: false, hint: null } });
  });
});
