/**
 * Issue 14: the add-on in Firefox (Debian's firefox-esr), driven over WebDriver BiDi — the subset of the
 * Chromium suite that differs by browser: detection on a saved page, a lookup through the sandbox (the
 * C2 hook in the MV2 background page), the sidebar's lookup, the options page saving keys and testing a
 * connection, the popup's site switch, and the context-menu handler.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LookupResult, Match } from '../../lib/model/contracts';
import { sandboxOffices } from '../e2e/harness';
import { sandboxCredentials } from '../sandbox/credentials';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { EXTENSION_ORIGIN, type FirefoxHarness, startFirefox } from './harness';

let ff: FirefoxHarness;
let sandbox: Sandbox;
let site: StaticServer;

beforeAll(async () => {
  ff = await startFirefox();
  sandbox = await startSandbox();
  site = await startStaticServer({ '/pages/': path.resolve(import.meta.dirname, '../../../shared/pages') });
  await ff.hook('configure', sandboxOffices(sandbox.baseUrl, sandboxCredentials));
});
afterAll(async () => {
  await ff?.close();
  await sandbox?.close();
  await site?.close();
});

const until = (context: string, check: string) => ff.waitFor(context, check);

describe('Firefox', () => {
  it('detects the numbers of a saved EPO Register family page', async () => {
    const url = `${site.origin}/pages/epo/ep-register/cases/EP24163939/family.html`;
    const tab = await ff.open(url);
    const found = await ff.hook<Omit<Match, 'start' | 'end'>[]>('findings', url);
    expect(found.map((f) => f.epodoc)).toEqual(expect.arrayContaining(['EP4397970', 'WO2017174990', 'US11939359']));
    // The marks: the CSS Custom Highlight API, which Firefox has from 140, in the page's one registry.
    await ff.activate(tab);
    await until(tab, `CSS.highlights.size > 0`);
    await ff.closeTab(tab);
  });

  it('hover card: a pointer resting on a number opens the card with its office form', async () => {
    site.put('/hover.html', '<!doctype html><html><head><meta charset="utf-8"><title>hover</title></head><body style="font:16px sans-serif;margin:40px"><p>The closest art is <span id="n">US 10,123,456 B2</span>.</p></body></html>');
    const url = `${site.origin}/hover.html`;
    const tab = await ff.open(url);
    await ff.activate(tab);
    await ff.hook('findings', url);
    const box = await ff.evaluate<{ x: number; y: number }>(tab, `const r = document.getElementById('n').getBoundingClientRect(); return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };`);
    await ff.bidi.send('input.performActions', { context: tab, actions: [{ type: 'pointer', id: 'mouse', actions: [{ type: 'pointerMove', x: box.x, y: box.y, duration: 50 }] }] });
    await until(tab, `document.querySelector('patentpeek-card')`);
    // The card's data lives in an extension frame inside the card's closed shadow root: read it there.
    const frame = await ff.cardFrame(tab, `document.querySelector('[data-field="normalised"]')?.textContent.includes('US 10,123,456 B2')`);
    const text = await ff.evaluate<string>(frame, `return document.querySelector('[data-field="normalised"]').textContent;`);
    expect(text).toContain('US 10,123,456 B2');
    // The page cannot reach into the card.
    expect(await ff.evaluate(tab, `return document.querySelector('patentpeek-card').shadowRoot;`)).toBeNull();
    await ff.closeTab(tab);
  });

  it('looks a JP number up through the sandbox (C2) and in the sidebar page', async () => {
    const r = await ff.hook<LookupResult>('lookup', '特願2020-123456');
    expect(r.sources.find((s) => s.office === 'jpo')).toMatchObject({ ok: true });
    expect(r.status).toMatchObject({ label: 'Granted', office: 'jpo' });
    const panel = await ff.open(`${EXTENSION_ORIGIN}/sidepanel.html`);
    await until(panel, `document.querySelector('input[type="search"]')`);
    await ff.evaluate(panel, `
      const input = document.querySelector('input[type="search"]');
      input.value = '特願2020-123456';
      input.dispatchEvent(new Event('input', { bubbles: true }));`);
    // The typed value reaches the component's state on its next render: submit after it.
    await until(panel, `true`);
    await ff.evaluate(panel, `document.querySelector('input[type="search"]').form.requestSubmit();`);
    await until(panel, `document.querySelector('.lookup-result')?.textContent.includes('立体配線構造体の製造方法') || document.querySelector('.lookup-result .status-tab')`);
    expect(await ff.evaluate<string>(panel, `return document.querySelector('.lookup-result').textContent;`)).toContain('Granted');
    await ff.closeTab(panel);
  });

  it('options: keys typed into the form are saved, shown only masked, and Test connection says Ready', async () => {
    const page = await ff.open(`${EXTENSION_ORIGIN}/options.html`);
    await until(page, `document.querySelector('form.office[data-office="jpo"] input[name="password"]')`);
    // Typed as a person would: each field's own input event, then the form's submit button.
    await ff.evaluate(page, `
      const form = document.querySelector('form.office[data-office="jpo"]');
      for (const [name, value] of [['id', ${JSON.stringify(sandboxCredentials.jpo.id)}], ['password', ${JSON.stringify(sandboxCredentials.jpo.password)}]]) {
        const input = form.querySelector('input[name="' + name + '"]');
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }`);
    await until(page, `true`);
    await ff.evaluate(page, `document.querySelector('form.office[data-office="jpo"] button[type="submit"]').click();`);
    await until(page, `document.querySelector('form.office[data-office="jpo"] .saved')`);
    await ff.bidi.send('browsingContext.reload', { context: page, wait: 'complete' });
    await until(page, `document.querySelector('form.office[data-office="jpo"] input[name="password"]')?.placeholder.includes(${JSON.stringify(sandboxCredentials.jpo.password.slice(-2))})`);
    expect(await ff.evaluate<string>(page, `return document.documentElement.outerHTML;`)).not.toContain(sandboxCredentials.jpo.password);
    await ff.evaluate(page, `document.querySelector('.test-connection[data-office="jpo"] button').click();`);
    await until(page, `document.querySelector('.office[data-office="jpo"] [data-chip="ok"]')`);
    await ff.closeTab(page);
  });

  it('popup: the site switch turns PatentPeek off for that site only', async () => {
    const url = `${site.origin}/pages/epo/ep-register/cases/EP24163939/family.html`;
    const tab = await ff.open(url);
    await ff.hook('findings', url);
    const probe = await ff.open(`${EXTENSION_ORIGIN}/popup.html`);
    // Firefox's URL match patterns take no port: find the tab by its address instead.
    const tabId = await ff.evaluate<number>(probe, `return (await browser.tabs.query({})).find((t) => t.url === ${JSON.stringify(url)}).id;`);
    await ff.closeTab(probe);
    const popup = await ff.open(`${EXTENSION_ORIGIN}/popup.html?tabId=${tabId}`);
    await until(popup, `document.querySelector('#site-enabled')`);
    await ff.evaluate(popup, `document.querySelector('#site-enabled').click();`);
    await until(popup, `!document.querySelector('#site-enabled').checked`);
    // The box unticks at the click; the switch is saved when the background answers.
    await until(popup, `(await browser.runtime.sendMessage({ name: 'site/get', request: { url: ${JSON.stringify(url)} } })).value.siteEnabled === false`);
    const state = await ff.evaluate<{ siteEnabled: boolean; globalEnabled: boolean }>(popup, `
      return (await browser.runtime.sendMessage({ name: 'site/get', request: { url: ${JSON.stringify(url)} } })).value;`);
    expect(state).toMatchObject({ siteEnabled: false, globalEnabled: true });
    await ff.evaluate(popup, `document.querySelector('#site-enabled').click();`);
    await until(popup, `document.querySelector('#site-enabled').checked`);
    await ff.closeTab(popup);
    await ff.closeTab(tab);
  });

  it('the context-menu handler hands the selection to the sidebar as a lookup', async () => {
    const page = await ff.open(`${EXTENSION_ORIGIN}/popup.html`);
    // Firefox opens the sidebar only inside a user gesture: the request is kept for it to take.
    await ff.evaluate(page, `
      const bg = await browser.runtime.getBackgroundPage();
      await bg.__patentpeekInternals.onMenuClick({ menuItemId: 'patentpeek-lookup', selectionText: 'EP 2 400 812 A1' }, undefined).catch(() => undefined);`);
    const panel = await ff.open(`${EXTENSION_ORIGIN}/sidepanel.html`);
    await until(panel, `document.querySelector('input[type="search"]')?.value === 'EP 2 400 812 A1'`);
    await ff.closeTab(panel);
    await ff.closeTab(page);
  });
});
