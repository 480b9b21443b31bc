import { describe, expect, it } from 'vitest';
import { isEnabledFor } from './site-enabled';
import { defaultSettings } from '../settings';

describe('isEnabledFor', () => {
  it('honours the global switch and per-host switches', () => {
    const s = defaultSettings();
    expect(isEnabledFor('https://patents.google.com/patent/US1', s)).toBe(true);
    s.sites.disabledHosts = ['patents.google.com'];
    expect(isEnabledFor('https://patents.google.com/patent/US1', s)).toBe(false);
    expect(isEnabledFor('https://worldwide.espacenet.com/', s)).toBe(true);
    s.sites.enabled = false;
    expect(isEnabledFor('https://worldwide.espacenet.com/', s)).toBe(false);
    expect(isEnabledFor('not a url', defaultSettings())).toBe(false);
  });
});
