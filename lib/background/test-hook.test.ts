import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../settings';
import { createTestHook } from './test-hook';

beforeEach(() => fakeBrowser.reset());

describe('C2 test hook', () => {
  it('configure merges into the current settings, office by office', async () => {
    const hook = createTestHook();
    await hook.configure({ offices: { jpo: { baseUrl: 'http://127.0.0.1:9/jpo', credentials: { id: 'a', password: 'b' } } } });
    await hook.configure({ offices: { jpo: { enabled: false }, lens: { credentials: { token: 't' } } } });
    const settings = await loadSettings();
    expect(settings.offices.jpo).toEqual({ enabled: false, baseUrl: 'http://127.0.0.1:9/jpo', credentials: { id: 'a', password: 'b' } });
    expect(settings.offices.lens.credentials).toEqual({ token: 't' });
  });

  it('has exactly the members whose features exist', () => {
    expect(Object.keys(createTestHook()).sort()).toEqual(['configure', 'convertClassification', 'findings', 'lookup', 'networkLog', 'quota']);
  });
});
