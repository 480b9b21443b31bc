import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../settings';
import { createTestHook } from './test-hook';
import { useEnglishMessages } from '../../components/lookup/fake-i18n';

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
    expect(Object.keys(createTestHook()).sort()).toEqual(['configure', 'convertClassification', 'findings', 'lookup', 'networkLog', 'quota', 'terms', 'watch']);
    expect(Object.keys(createTestHook().watch!).sort()).toEqual(['add', 'list', 'runNow']);
  });

  it('watch.add takes any written form and refuses text that is not a number with the reason', async () => {
    useEnglishMessages();
    const watch = createTestHook().watch!;
    await watch.add('特願2020-123456');
    await watch.add('JP2020-123456A');
    const listed = await watch.list();
    expect(listed.map((c) => [c.ref.docdb, c.ref.type, c.lastChecked])).toEqual([['JP.2020123456.A', 'application', null], ['JP.2020123456.A', 'publication', null]]);
    await expect(watch.add('hello')).rejects.toThrow(/./);
  });

  it('terms answers what the Terms tab shows: without keys or a document, the PEARL links and what keys would add', async () => {
    fakeBrowser.i18n.getUILanguage = () => 'ja';
    const answer = (await createTestHook().terms!('配線')) as import('../terms/terms-service').TermsAnswer;
    expect(answer.language.used).toBe('ja');
    expect(answer.sections.map((s) => s.kind)).toEqual(['pearl-links', 'pearl-api', 'family']);
    expect(answer.sections[1].source.error?.kind).toBe('no-credentials');
    expect(answer.sections[2].document).toBeNull();
  });
});
