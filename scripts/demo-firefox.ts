/**
 * `npm run demo -- --browser firefox`: the demo in Debian's firefox-esr over WebDriver BiDi
 * (scripts/launch-firefox.ts) — the production build with loopback access for the bundled sandbox,
 * pointed at it through the product's own settings message, the same pages and views as the Chromium
 * demo, screenshots in demo-output/firefox/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sandboxCredentials } from '../test/sandbox/credentials';
import { startSandbox } from '../test/sandbox/server';
import { startStaticServer } from '../test/support/static-server';
import { EXTENSION_ORIGIN, type FirefoxSession, launchFirefox } from './launch-firefox';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'demo-output', 'firefox');

/** The demo waits longer than a test: the JPO's 10 calls a minute make some lookups queue. */
const waitFor = (ff: FirefoxSession, context: string, check: string, timeoutMs = 60_000) => ff.waitFor(context, check, timeoutMs);

async function shot(ff: FirefoxSession, context: string, name: string): Promise<string> {
  const { data } = await ff.bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context });
  const file = path.join(outDir, name);
  writeFileSync(file, Buffer.from(data, 'base64'));
  return file;
}

const viewport = (ff: FirefoxSession, context: string, width: number, height: number) =>
  ff.bidi.send('browsingContext.setViewport', { context, viewport: { width, height } });

/** Rest the pointer on the first occurrence of `text` and wait for the card's frame to show its number. */
async function hover(ff: FirefoxSession, tab: string, text: string): Promise<void> {
  const at = await ff.evaluate<{ x: number; y: number }>(tab, `
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.data.indexOf(${JSON.stringify(text)});
      if (i < 0) continue;
      node.parentElement.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + ${text.length});
      const box = range.getBoundingClientRect();
      return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
    }
    throw new Error('text not found');`);
  await ff.bidi.send('input.performActions', { context: tab, actions: [{ type: 'pointer', id: 'mouse', actions: [{ type: 'pointerMove', x: at.x, y: at.y, duration: 50 }] }] });
  await ff.cardFrame(tab, `document.querySelector('[data-field="normalised"]') && !document.querySelector('[data-state="loading"]')`, 30_000);
  await new Promise((r) => setTimeout(r, 400));
}

export async function firefoxDemo(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  console.log('Building the Firefox add-on…');
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'sandbox'], { cwd: root, stdio: 'ignore', shell: process.platform === 'win32' });
  const sandbox = await startSandbox();
  const site = await startStaticServer({ '/': path.join(root, 'demo/pages') });
  const ff = await launchFirefox(path.join(root, '.output/firefox-mv2-sandbox'));
  console.log(`Sandbox office server: ${sandbox.baseUrl}\nDemo pages: ${site.origin}/`);
  const shots: string[] = [];
  try {
    const options = await ff.open(`${EXTENSION_ORIGIN}/options.html`);
    const offices = Object.fromEntries(Object.entries(sandboxCredentials).map(([id, credentials]) => [id, { enabled: true, baseUrl: `${sandbox.baseUrl}/${id}`, credentials }]));
    const saved = await ff.evaluate<{ ok: boolean }>(options, `return await browser.runtime.sendMessage({ name: 'settings/save', request: { offices: ${JSON.stringify(offices)} } });`);
    if (!saved?.ok) throw new Error('Firefox demo: could not configure the add-on');
    await ff.bidi.send('browsingContext.reload', { context: options, wait: 'complete' });
    await waitFor(ff, options, `document.querySelector('form.office')`);
    await viewport(ff, options, 1100, 900);
    shots.push(await shot(ff, options, 'options.png'));

    /** A page in front, given the scanner's first idle pass, a number hovered, the card shot. */
    const hoverShot = async (url: string, text: string, name: string) => {
      const tab = await ff.open(url);
      await ff.activate(tab);
      await viewport(ff, tab, 1100, 800);
      await new Promise((r) => setTimeout(r, 1_200));
      await hover(ff, tab, text);
      shots.push(await shot(ff, tab, name));
    };
    await hoverShot(`${site.origin}/index.html`, 'EP 2 400 812 A1', 'demo-page-hover-card.png');

    const probe = await ff.open(`${EXTENSION_ORIGIN}/popup.html`);
    const memoUrl = `${site.origin}/index.html`;
    const tabId = await ff.evaluate<number>(probe, `return (await browser.tabs.query({})).find((t) => t.url === ${JSON.stringify(memoUrl)}).id;`);
    await ff.closeTab(probe);
    const popup = await ff.open(`${EXTENSION_ORIGIN}/popup.html?tabId=${tabId}`);
    await viewport(ff, popup, 380, 560);
    await new Promise((r) => setTimeout(r, 800));
    shots.push(await shot(ff, popup, 'popup.png'));

    await hoverShot(`${site.origin}/ep-register-EP19871250-main.html`, 'US2009306730', 'real-page-ep-register.png');

    const panel = await ff.open(`${EXTENSION_ORIGIN}/sidepanel.html`);
    await viewport(ff, panel, 420, 900);
    const lookup = async (text: string, ready: string) => {
      console.log(`  lookup ${text}`);
      await ff.evaluate(panel, `document.querySelector('[data-tab="lookup"]')?.click();`);
      await waitFor(ff, panel, `document.querySelector('form[role=search] input')`);
      await ff.evaluate(panel, `const i = document.querySelector('form[role=search] input'); i.value = ${JSON.stringify(text)}; i.dispatchEvent(new Event('input', { bubbles: true }));`);
      await new Promise((r) => setTimeout(r, 100));
      await ff.evaluate(panel, `document.querySelector('form[role=search] button[type=submit]').click();`);
      await waitFor(ff, panel, `document.querySelector('.lookup-result')?.dataset.ref && document.querySelector(${JSON.stringify(ready)})`);
      await new Promise((r) => setTimeout(r, 500));
    };
    await lookup('特願2020-123456', '.lookup-result .status-tab');
    shots.push(await shot(ff, panel, 'side-panel-lookup.png'));
    await lookup('意願2020-015234', '.lookup-result .status-tab');
    shots.push(await shot(ff, panel, 'jp-design.png'));
    await lookup('TW I651234 B', '.lookup-result .status-tab');
    await ff.evaluate(panel, `document.querySelector('[data-action="tw-annuity"]').click();`);
    await waitFor(ff, panel, `document.querySelector('.tw-annuity')`);
    shots.push(await shot(ff, panel, 'tw-annuity.png'));
    const tab = async (name: string, ready: string) => {
      await ff.evaluate(panel, `document.querySelector('[data-tab="${name}"]').click();`);
      await waitFor(ff, panel, `document.querySelector(${JSON.stringify(ready)})`);
      await new Promise((r) => setTimeout(r, 500));
    };
    await tab('related', '.related-tab li[data-relation="twin"]');
    shots.push(await shot(ff, panel, 'tw-related.png'));
    await lookup('10-2018-0133527', '.lookup-result [data-tab="citations"]');
    await tab('citations', '.citations-tab [data-cited-by]');
    shots.push(await shot(ff, panel, 'kr-citations.png'));
    await lookup('特願2015-500001', '.lookup-result [data-tab="dossier"]');
    await tab('dossier', '[data-action="dossier-family"]');
    await ff.evaluate(panel, `document.querySelector('[data-action="dossier-family"]').click();`);
    await waitFor(ff, panel, `document.querySelectorAll('.dossier-members:not(.dossier-self) > li').length > 1`, 90_000);
    shots.push(await shot(ff, panel, 'dossier.png'));
    await lookup('特願2020-123456', '.lookup-result .status-tab');
    await tab('timeline', '[data-duration]');
    shots.push(await shot(ff, panel, 'timeline-en.png'));
    await lookup('U.S. Appl. No. 16/123,456', '.lookup-result .status-tab');
    await tab('timeline', '[data-duration]');
    shots.push(await shot(ff, panel, 'timeline-us-en.png'));
    await lookup('EP2400812A1', '.lookup-result .status-tab');
    await tab('classification', '.classification-tab [data-field="counterparts"]');
    shots.push(await shot(ff, panel, 'classification-tab-en.png'));
    const terms = async (term: string, ready: string) => {
      await tab('terms', 'input[name="term"]');
      await ff.evaluate(panel, `const i = document.querySelector('input[name="term"]'); i.value = ${JSON.stringify(term)}; i.dispatchEvent(new Event('input', { bubbles: true }));`);
      await new Promise((r) => setTimeout(r, 100));
      await ff.evaluate(panel, `document.querySelector('input[name="term"]').form.requestSubmit();`);
      await waitFor(ff, panel, `document.querySelector(${JSON.stringify(ready)})`);
      await new Promise((r) => setTimeout(r, 500));
    };
    await lookup('特願2020-123456', '.lookup-result .status-tab');
    await terms('配線', '[data-section="pearl-api"][data-state="answered"]');
    shots.push(await shot(ff, panel, 'terms-ja-term-en.png'));
    await lookup('EP2400812A1', '.lookup-result .status-tab');
    await terms('Bluetooth', '[data-section="family"] .parallel-group');
    shots.push(await shot(ff, panel, 'terms-family-en.png'));

    // The Watchlist: three cases checked, the sandbox moved on, checked again; then the Deadlines.
    await tab('watch', '[data-field="add-numbers"]');
    await ff.evaluate(panel, `const t = document.querySelector('[data-field="add-numbers"]'); t.value = '特願2020-123456\\nEP 2400812 A1\\nUS 10,902,286 B2'; t.dispatchEvent(new Event('input', { bubbles: true }));`);
    await new Promise((r) => setTimeout(r, 100));
    await ff.evaluate(panel, `document.querySelector('[data-action="add"]').click();`);
    await waitFor(ff, panel, `document.querySelectorAll('.watch-case-list > li').length >= 3`);
    const run = () => ff.evaluate(panel, `document.querySelector('[data-action="run"]').click();`);
    await run();
    await waitFor(ff, panel, `document.querySelector('[data-field="run-result"]')`, 120_000);
    await fetch(`${sandbox.baseUrl}/_control/advance`, { method: 'POST' });
    await run();
    await waitFor(ff, panel, `document.querySelector('.watch-changes li.unseen')`, 120_000);
    shots.push(await shot(ff, panel, 'watchlist-changes-en.png'));
    await tab('deadlines', '.deadline-table tbody tr');
    shots.push(await shot(ff, panel, 'deadlines-en.png'));
    await fetch(`${sandbox.baseUrl}/_control/reset`, { method: 'POST' });

    await ff.evaluate(panel, `document.querySelector('[data-tab="classes"]').click();`);
    await waitFor(ff, panel, `document.querySelector('.converter input[type="search"]')`);
    await ff.evaluate(panel, `const i = document.querySelector('.converter input[type="search"]'); i.value = 'A61F 2/30'; i.dispatchEvent(new Event('input', { bubbles: true }));`);
    await new Promise((r) => setTimeout(r, 100));
    await ff.evaluate(panel, `document.querySelector('.converter button[type="submit"]').click();`);
    await waitFor(ff, panel, `document.querySelector('.conversion')`);
    shots.push(await shot(ff, panel, 'converter-en.png'));

    console.log('\nScreenshots (Firefox):');
    for (const file of shots) console.log(`  ${file}`);
  } finally {
    await ff.close();
    await site.close();
    await sandbox.close();
  }
}
