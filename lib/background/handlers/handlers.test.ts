import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { dispatch, type SenderInfo } from '../../messaging/router';
import { handlers } from './index';

// The background's dispatch table behind the real router: what a content script or an extension
// page gets back for each message, with no network (no office has credentials here).
const content: SenderInfo = { kind: 'content', tabId: 7, frameId: 0, url: 'https://patents.google.com/patent/US1' };
const ui: SenderInfo = { kind: 'ui', url: 'chrome-extension://id/options.html' };
const ask = (name: string, request: unknown, sender: SenderInfo) => dispatch(handlers, { name, request }, sender);

beforeEach(() => {
  fakeBrowser.reset();
  // The in-memory browser has no i18n; the lookup service asks for the UI language.
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => key);
});

describe('background handlers', () => {
  it('tells a content script whether PatentPeek is on for its site', async () => {
    expect(await ask('content/hello', { url: content.url }, content)).toEqual({ ok: true, value: { enabled: true, hoverDelayMs: 300 } });
    await ask('site/set', { host: 'patents.google.com', siteEnabled: false }, ui);
    expect(await ask('content/hello', { url: content.url }, content)).toMatchObject({ ok: true, value: { enabled: false } });
    expect(await ask('content/hello', { url: 'https://worldwide.espacenet.com/' }, content)).toMatchObject({ ok: true, value: { enabled: true } });
  });

  it('saves credentials from an extension page and never sends them back', async () => {
    const saved = await ask('settings/save', { offices: { lens: { credentials: { token: 'lens-secret-token-9z' } } } }, ui);
    expect(saved).toMatchObject({ ok: true, value: { offices: { lens: { credentials: { token: { set: true, hint: '9z' } } } } } });
    expect(JSON.stringify(await ask('settings/get', {}, ui))).not.toContain('lens-secret-token-9z');
    expect(await ask('settings/get', {}, content)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });

  it('looks a number up without keys: the number, its office outcomes, and nothing sent', async () => {
    const answer = await ask('lookup', { text: '特開平7-234567' }, ui);
    expect(answer.ok).toBe(true);
    const value = (answer as { value: { ref: { docdb: string }; sources: { ok: boolean; error?: { kind: string } }[] } }).value;
    expect(value.ref.docdb).toBe('JP.H07234567.A');
    expect(value.sources.length).toBeGreaterThan(0);
    expect(value.sources.every((s) => !s.ok && s.error?.kind === 'no-credentials')).toBe(true);
  });

  it('says why a text is not a number', async () => {
    const answer = (await ask('lookup', { text: 'TEL 03-1234-5678' }, ui)) as { ok: true; value: { ref: null; reason?: string } };
    expect(answer.value.ref).toBeNull();
    expect(answer.value.reason).toBeTruthy();
  });

  it('a content script cannot look anything up: it opens a card session, which only the card frame of its tab claims, once', async () => {
    expect(await ask('lookup', { text: 'EP 2 400 812 A1' }, content)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    const reading = { raw: 'EP 2 400 812 A1', country: 'EP', type: 'publication', docdb: 'EP.2400812.A1', epodoc: 'EP2400812', kind: 'A1', number: '2400812' };
    const opened = (await ask('card/open', { reading, focus: false }, content)) as { ok: true; value: { session: string } };
    expect(opened.value.session).toMatch(/^[0-9a-f]{32}$/);
    const cardFrame = { ...ui, tabId: content.tabId };
    const otherTab = { ...ui, tabId: (content.tabId ?? 0) + 1 };
    expect(await ask('card/claim', { session: opened.value.session }, otherTab)).toEqual({ ok: true, value: null });
    expect(await ask('card/claim', { session: opened.value.session }, cardFrame)).toEqual({ ok: true, value: { reading, focus: false } });
    expect(await ask('card/claim', { session: opened.value.session }, cardFrame)).toEqual({ ok: true, value: null });
    expect(await ask('card/claim', { session: '0'.repeat(32) }, cardFrame)).toEqual({ ok: true, value: null });
    // A reading is checked field by field, like every message from a page.
    expect(await ask('card/open', { reading: { ...reading, docdb: '<img src=x>' }, focus: false }, content)).toMatchObject({ ok: false, error: { kind: 'invalid-message' } });
  });

  it('"Test connection" without credentials says they are missing', async () => {
    expect(await ask('office/test', { office: 'jpo' }, ui)).toMatchObject({ ok: true, value: { office: 'jpo', ok: false, error: { kind: 'no-credentials' } } });
  });
});
