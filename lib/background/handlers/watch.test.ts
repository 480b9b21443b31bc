import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { dispatch, type SenderInfo } from '../../messaging/router';
import { handlers } from './index';

// The watch messages behind the real router, with the in-memory browser (alarms, storage) and
// fake-indexeddb; no office has keys, so nothing goes out.
const content: SenderInfo = { kind: 'content', tabId: 7, frameId: 0, url: 'https://patents.google.com/patent/US1' };
const ui: SenderInfo = { kind: 'ui', url: 'chrome-extension://id/sidepanel.html' };
const ask = async <T = unknown>(name: string, request: unknown, sender: SenderInfo = ui) => {
  const envelope = (await dispatch(handlers, { name, request }, sender)) as { ok: boolean; value?: T; error?: { kind: string } };
  return envelope;
};
const value = async <T>(name: string, request: unknown) => {
  const e = await ask<T>(name, request);
  if (!e.ok) throw new Error(`${name}: ${JSON.stringify(e.error)}`);
  return e.value as T;
};

beforeEach(() => {
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => key);
});

describe('watch messages', () => {
  it('only extension pages may change watchlists', async () => {
    expect(await ask('watch/add', { items: [{ text: 'EP 2400812 A1' }] }, content)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });

  it('adds, says what is watched, schedules the list, and keeps the state in one overview', async () => {
    const added = await value<{ added: unknown[]; rejected: { text: string }[] }>('watch/add', { items: [{ text: 'EP 2400812 A1' }, { text: 'US 10,902,286 B2' }, { text: 'nope' }] });
    expect(added.added).toHaveLength(2);
    expect(added.rejected.map((r) => r.text)).toEqual(['nope']);
    expect(await value('watch/status', { text: 'EP2400812A1' })).toEqual({ watched: [{ key: 'default|publication:EP.2400812.A1', list: 'default' }] });
    expect((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.periodInMinutes])).toContainEqual(['watch:list:default', 1440]);

    const overview = await value<{ lists: { id: string }[]; cases: { text: string }[]; quotaShare: number; searchOffices: { office: string; ready: boolean }[] }>('watch/overview', {});
    expect(overview.lists.map((l) => l.id)).toEqual(['default']);
    expect(overview.cases.map((c) => c.text)).toEqual(['EP 2400812 A1', 'US 10,902,286 B2']);
    expect(overview.quotaShare).toBe(0.5);
    expect(overview.searchOffices).toEqual([{ office: 'epo-ops', ready: false }, { office: 'lens', ready: false }, { office: 'uspto-odp', ready: false }, { office: 'kipris', ready: false }]);
  });

  it('a run without any key reads nothing and says why on each case, instead of reporting a change', async () => {
    expect(await value('watch/run', {})).toEqual([]);
    const overview = await value<{ cases: { lastError?: string; latest?: unknown }[] }>('watch/overview', {});
    expect(overview.cases.every((c) => c.lastError && !c.latest)).toBe(true);
  });

  it('a new list gets its own alarm at its interval; deleting it removes the alarm', async () => {
    const list = await value<{ id: string }>('watch/list-save', { name: 'Rivals', intervalMinutes: 10080 });
    expect((await fakeBrowser.alarms.get(`watch:list:${list.id}`))?.periodInMinutes).toBe(10080);
    await value('watch/list-save', { id: list.id, name: 'Rivals', intervalMinutes: 60 });
    expect((await fakeBrowser.alarms.get(`watch:list:${list.id}`))?.periodInMinutes).toBe(60);
    await value('watch/list-delete', { id: list.id });
    expect(await fakeBrowser.alarms.get(`watch:list:${list.id}`)).toBeUndefined();
  });

  it('the quota share is kept in the settings, between 0 and 1', async () => {
    expect(await value('watch/share', { share: 0.25 })).toEqual({ share: 0.25 });
    expect((await value<{ quotaShare: number }>('watch/overview', {})).quotaShare).toBe(0.25);
    expect(await ask('watch/share', { share: 2 })).toMatchObject({ ok: false });
  });

  it('exports deadlines as a calendar file even before any office named one', async () => {
    const { deadlines, file } = await value<{ deadlines: unknown[]; file: { fileName: string; mediaType: string; text: string } }>('watch/deadlines', { format: 'ics' });
    expect(deadlines).toEqual([]);
    expect(file.mediaType).toBe('text/calendar');
    expect(file.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });
});
