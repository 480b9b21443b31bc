/// <reference types="chrome" />
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../lib/settings';
import { repoRoot, startHarness, type Harness } from './harness';
import { menuClick } from './per-file';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function storedSettings(): Promise<Settings> {
  const worker = await h.serviceWorker();
  return worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Settings);
}

describe('extension skeleton in Chromium', () => {
  it('loads the MV3 service worker with a localised name', async () => {
    const sw = await h.serviceWorker();
    const manifest = await sw.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(await sw.evaluate(() => chrome.i18n.getMessage('extName'))).toBe('PatentPeek');
    expect(manifest.side_panel).toBeTruthy();
  });

  it('runs the content script on a loopback page and its message reaches the background', async () => {
    const sw = await h.serviceWorker();
    await sw.evaluate(() => {
      const seen: { name: string; url?: string }[] = [];
      (globalThis as unknown as { __seen: typeof seen }).__seen = seen;
      chrome.runtime.onMessage.addListener((message: { name: string }, sender) => {
        seen.push({ name: message.name, url: sender.url });
      });
    });
    h.pages.put('/hello.html', '<!doctype html><title>hello</title><p>特開2021-012345号公報</p>');
    const page = await h.context.newPage();
    await page.goto(`${h.pages.origin}/hello.html`);
    await expect
      .poll(() => sw.evaluate(() => (globalThis as unknown as { __seen: { name: string; url?: string }[] }).__seen), { timeout: 10_000 })
      .toContainEqual({ name: 'content/hello', url: `${h.pages.origin}/hello.html` });
    await page.close();
  });

  it('refuses messages that fail validation or come from the wrong sender', async () => {
    const page = await h.openExtensionPage('popup.html');
    const answers = await page.evaluate(async () => [
      await chrome.runtime.sendMessage({ name: 'content/hello', request: { url: 'https://example.org/' } }),
      await chrome.runtime.sendMessage({ name: 'settings/save', request: { offices: { jpo: { enabled: 'yes' } } } }),
      await chrome.runtime.sendMessage({ name: 'no/such-message', request: {} }),
    ]);
    expect(answers.map((a) => a.error?.kind)).toEqual(['forbidden', 'invalid-message', 'invalid-message']);
    await page.close();
  });

  it('renders the popup, the side panel and the options page', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await popup.locator('#open-panel').waitFor();
    const panel = await h.openExtensionPage('sidepanel.html');
    await panel.locator('form[role=search] input').waitFor();
    const options = await h.openExtensionPage('options.html');
    await expect.poll(() => options.locator('form.office').count()).toBe(7);
    await Promise.all([popup.close(), panel.close(), options.close()]);
  });

  it('saves credentials from the options page without ever showing them again', async () => {
    const options = await h.openExtensionPage('options.html');
    const jpo = options.locator('form.office[data-office="jpo"]');
    await jpo.locator('input[name="id"]').fill('examiner-7');
    await jpo.locator('input[name="password"]').fill('s3cret-pass-xy');
    await jpo.locator('button[type="submit"]').click();
    await jpo.locator('.saved').waitFor();
    await options.reload();
    const reloaded = options.locator('form.office[data-office="jpo"]');
    await expect.poll(() => reloaded.locator('input[name="password"]').getAttribute('placeholder')).toContain('xy');
    expect(await options.content()).not.toContain('s3cret-pass-xy');
    const stored = await storedSettings();
    expect(stored.offices.jpo.credentials).toEqual({ id: 'examiner-7', password: 's3cret-pass-xy' });
    await options.close();
  });

  it('creates the context-menu items and hands a selection to the side panel', async () => {
    const sw = await h.serviceWorker();
    await sw.evaluate(() => chrome.contextMenus.update('patentpeek-lookup', {}));
    await sw.evaluate(() => chrome.contextMenus.update('patentpeek-translate-term', {}));
    await expect(sw.evaluate(() => chrome.contextMenus.update('no-such-item', {}))).rejects.toThrow();
    const panel = await h.openExtensionPage('sidepanel.html');
    await menuClick(h, 'patentpeek-translate-term', 'semiconductor wafer');
    await panel.getByText('semiconductor wafer').first().waitFor();
    await panel.close();
  });

  it('exposes the C2 test hook in the e2e build with configure merging into settings', async () => {
    const members = await h.hookMembers();
    expect(members).toContain('configure');
    const c2 = ['configure', 'findings', 'lookup', 'quota', 'networkLog', 'terms', 'convertClassification', 'watch'];
    expect(members.filter((m) => !c2.includes(m))).toEqual([]);
    await h.hook('configure', { offices: { 'epo-ops': { baseUrl: 'http://127.0.0.1:9/epo-ops', credentials: { key: 'k1', secret: 's1' } } } });
    await h.hook('configure', { offices: { 'epo-ops': { enabled: false } } });
    const stored = await storedSettings();
    expect(stored.offices['epo-ops']).toEqual({ enabled: false, baseUrl: 'http://127.0.0.1:9/epo-ops', credentials: { key: 'k1', secret: 's1' } });
  });
});

describe('builds without the test hook', () => {
  const bundleText = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
      .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
      .join('\n');

  it.each([
    ['production', [], 'chrome-mv3'],
    ['development', ['--mode', 'development'], 'chrome-mv3-dev'],
  ])('the %s build has no __patentpeek', (_label, args, out) => {
    execFileSync('npx', ['wxt', 'build', ...args], { cwd: repoRoot, stdio: 'ignore' });
    const text = bundleText(path.join(repoRoot, '.output', out));
    expect(text).toContain('content/hello');
    expect(text).not.toContain('__patentpeek');
  });

  it('the scripts injected into pages carry no office code, hosts or credential names', () => {
    // Built by the production case above. Keys must never reach a page (aesthetics.md §16.5).
    const injected = ['content-scripts'].map((p) => path.join(repoRoot, '.output/chrome-mv3', p));
    const text = injected.map((p) => (p.endsWith('.js') ? readFileSync(p, 'utf8') : bundleText(p))).join('\n');
    for (const secretish of ['ip-data.jpo.go.jp', 'ops.epo.org', 'api.uspto.gov', 'plus.kipris.or.kr', 'api.lens.org', 'password', 'accessKey', 'clientSecret', 'Authorization', 'storage.local']) {
      expect(text, secretish).not.toContain(secretish);
    }
  });

  it('the e2e build has it', () => {
    expect(bundleText(path.join(repoRoot, '.output/chrome-mv3-e2e'))).toContain('__patentpeek');
  });
});
