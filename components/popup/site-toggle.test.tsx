import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteState } from '../../lib/messaging/protocol';
import { useEnglishMessages } from '../lookup/fake-i18n';
import { SiteToggle, type SiteApi } from './site-toggle';

beforeEach(useEnglishMessages);

function fakeApi(initial: SiteState): SiteApi & { set: ReturnType<typeof vi.fn> } {
  let state = initial;
  return {
    currentUrl: async () => 'https://patents.google.com/patent/US10000000B2/en',
    get: async () => state,
    set: vi.fn(async (change: { host?: string; siteEnabled?: boolean; globalEnabled?: boolean }) => {
      state = { ...state, ...(change.siteEnabled !== undefined && { siteEnabled: change.siteEnabled }), ...(change.globalEnabled !== undefined && { globalEnabled: change.globalEnabled }) };
      return state;
    }),
  };
}

async function mount(api: SiteApi): Promise<HTMLElement> {
  const host = document.createElement('div');
  await act(() => render(<SiteToggle api={api} />, host));
  // The effect runs after the first render; its two awaits resolve on later ticks.
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
  return host;
}

describe('popup site switches', () => {
  it('shows the site and global switches and turns the site off', async () => {
    const api = fakeApi({ host: 'patents.google.com', siteEnabled: true, globalEnabled: true });
    const host = await mount(api);
    expect(host.textContent).toContain('patents.google.com');
    const site = host.querySelector<HTMLInputElement>('#site-enabled')!;
    expect(site.checked).toBe(true);
    await act(async () => {
      site.checked = false;
      site.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(api.set).toHaveBeenCalledWith({ host: 'patents.google.com', siteEnabled: false });
    expect(host.querySelector<HTMLInputElement>('#site-enabled')!.checked).toBe(false);
  });

  it('turns PatentPeek off everywhere, which disables the site switch', async () => {
    const api = fakeApi({ host: 'patents.google.com', siteEnabled: true, globalEnabled: true });
    const host = await mount(api);
    await act(async () => {
      const global = host.querySelector<HTMLInputElement>('#global-enabled')!;
      global.checked = false;
      global.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(api.set).toHaveBeenCalledWith({ host: 'patents.google.com', globalEnabled: false });
    expect(host.querySelector<HTMLInputElement>('#site-enabled')!.disabled).toBe(true);
  });
});
