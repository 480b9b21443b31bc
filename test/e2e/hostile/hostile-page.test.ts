/**
 * Issue 16: what an ordinary web page can make PatentPeek do, probed on the production code with
 * keys set (the sandbox stands in for the offices). Each probe has a control that shows the same
 * path works for a person, so a probe that sees nothing cannot pass by accident.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/server';
import { centreOfText } from '../../../scripts/text-position';
import { cardFrame, cardText, openCardFrames } from '../card-frame';
import type { Harness } from '../harness';
import { GIANT_PAGE } from './giant-page';
import { officeRequests, settledFindings, startProbe } from './probe-kit';

let h: Harness;
let sandbox: Sandbox;
let ui: Page;
beforeAll(async () => {
  ({ h, sandbox, ui } = await startProbe());
  h.pages.put(
    '/hostile/page.html',
    `<!doctype html><html><body style="font:16px sans-serif;margin:40px">
     <p id="a">Prior art: <span id="n1">EP 2 400 812 A1</span> and <span id="n2">EP 1 000 000 A1</span>.</p>
     <p id="late"></p></body></html>`,
  );
});
afterAll(async () => {
  await sandbox?.close();
  await h?.close();
});

async function open(path: string): Promise<{ page: Page; url: string }> {
  const page = await h.context.newPage();
  const url = `${h.pages.origin}${path}`;
  await page.goto(url);
  await settledFindings(ui, url);
  return { page, url };
}

/** Everything a page script can do to pretend a person pointed at, or keyed to, a number. */
async function forgeGestures(page: Page, selector: string): Promise<void> {
  await page.evaluate(async (sel) => {
    const el = document.querySelector(sel)!;
    const r = el.getBoundingClientRect();
    const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, composed: true };
    for (let i = 0; i < 20; i++) {
      for (const type of ['pointerover', 'pointerenter', 'pointermove']) el.dispatchEvent(new PointerEvent(type, { ...at, pointerType: 'mouse' }));
      for (const type of ['mouseover', 'mousemove']) el.dispatchEvent(new MouseEvent(type, at));
      window.dispatchEvent(new PointerEvent('pointermove', { ...at, pointerType: 'mouse' }));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    for (const target of [document.body, window, document]) {
      target.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyN', key: 'N', altKey: true, shiftKey: true, bubbles: true }));
    }
    (el as HTMLElement).tabIndex = 0;
    (el as HTMLElement).focus();
    const range = document.createRange();
    range.selectNodeContents(el);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    window.scrollBy(0, 1);
  }, selector);
  // Longer than the hover delay (300 ms) and any lookup the sandbox answers.
  await page.waitForTimeout(1_500);
}

describe('only a person starts a lookup (issue 16 §1, §3)', () => {
  it('synthetic pointer, mouse, key, focus and selection games open no card and send no office request', async () => {
    const { page } = await open('/hostile/page.html');
    sandbox.requests.length = 0;
    await forgeGestures(page, '#n1');
    expect(openCardFrames(page)).toHaveLength(0);
    expect(officeRequests(sandbox)).toEqual([]);

    // Control: a person's pointer on the same number opens the card and asks the office.
    const { x, y } = await centreOfText(page, '2 400 812');
    await page.mouse.move(x, y);
    await cardText(await cardFrame(page), '[data-field="title"]');
    expect(officeRequests(sandbox).length).toBeGreaterThan(0);
    await page.close();
  });

  it('a number the user looked up before (cached) and one never looked up behave the same for a page: nothing happens', async () => {
    // EP 2 400 812 A1 is cached by the test above; EP 1 000 000 A1 never was.
    for (const selector of ['#n1', '#n2']) {
      const { page } = await open('/hostile/page.html');
      sandbox.requests.length = 0;
      const before = await page.evaluate(() => document.querySelector('patentpeek-card') !== null);
      await forgeGestures(page, selector);
      expect(openCardFrames(page)).toHaveLength(0);
      expect(await page.evaluate(() => document.querySelector('patentpeek-card') !== null)).toBe(before);
      expect(officeRequests(sandbox)).toEqual([]);
      await page.close();
    }
  });
});

describe("the card's data is out of the page's reach (issue 16 §2)", () => {
  it('window.find, Selection, copy and geometry tell the page nothing of the answer', async () => {
    const { page } = await open('/hostile/page.html');
    const { x, y } = await centreOfText(page, '2 400 812');
    await page.mouse.move(x, y);
    const frame = await cardFrame(page);
    const title = (await cardText(frame, '[data-field="title"]')).trim();
    expect(title.length).toBeGreaterThan(3);
    const probe = await page.evaluate((t) => {
      const find = (window as unknown as { find(text: string): boolean }).find.bind(window);
      const found = { title: find(t.slice(0, 12)), copy: find('Copy'), pin: find('Pin') };
      document.execCommand('selectAll');
      const selected = getSelection()!.toString();
      getSelection()!.modify('extend', 'forward', 'documentboundary');
      let copied = '';
      document.addEventListener('copy', (e) => (copied = e.clipboardData?.getData('text/plain') ?? ''), { once: true });
      document.execCommand('copy');
      const host = document.querySelector('patentpeek-card') as HTMLElement;
      const rect = host.getBoundingClientRect();
      return { found, selected, copied, hostText: host.innerText + host.textContent, shadow: host.shadowRoot === null, rect: [rect.width, rect.height], html: document.documentElement.outerHTML };
    }, title);
    expect(probe.found).toEqual({ title: false, copy: false, pin: false });
    expect(probe.selected).not.toContain(title.slice(0, 12));
    expect(probe.selected).not.toMatch(/Copy|Pin|Side panel/);
    expect(probe.copied).not.toContain(title.slice(0, 12));
    expect(probe.hostText).toBe('');
    expect(probe.shadow).toBe(true);
    expect(probe.rect).toEqual([0, 0]);
    expect(probe.html).not.toContain(title.slice(0, 12));
    // The frame's size is fixed: the same for a full answer and a "not found".
    const box = await (await frame.frameElement()).boundingBox();
    expect([box?.width, box?.height]).toEqual([360, 300]);
    await page.close();
  });
});

describe('findings cannot starve the token store (issue 16 §4)', () => {
  it('a page of 30 frames full of numbers leaves storage.session small, and a token refresh still works', async () => {
    const numbers = Array.from({ length: 2_500 }, (_, i) => `EP ${1_100_000 + i} A1`).join(', ');
    for (let f = 0; f < 30; f++) h.pages.put(`/hostile/frame-${f}.html`, `<!doctype html><p>${numbers.replace(/11/g, String(10 + (f % 9)))}</p>`);
    h.pages.put('/hostile/frames.html', `<!doctype html><body>${Array.from({ length: 30 }, (_, f) => `<iframe src="/hostile/frame-${f}.html" width="200" height="60"></iframe>`).join('')}</body>`);
    const page = await h.context.newPage();
    const url = `${h.pages.origin}/hostile/frames.html`;
    await page.goto(url);
    await page.waitForTimeout(4_000);
    const findings = await settledFindings(ui, url);
    expect(findings.items.length).toBeGreaterThan(2_000);
    const bytes = await ui.evaluate(() => chrome.storage.session.getBytesInUse(null));
    expect(bytes).toBeLessThan(200_000);
    // A lookup that needs a fresh OPS token still gets one.
    await ui.evaluate(() => chrome.storage.session.clear());
    const answer = await ui.evaluate(() => chrome.runtime.sendMessage({ name: 'lookup', request: { text: 'EP 2 400 812 A1' } }));
    expect(answer.ok).toBe(true);
    expect(answer.value.sources.find((s: { office: string }) => s.office === 'epo-ops')?.ok).toBe(true);
    await page.close();
  });
});

describe('the low items (issue 16 §5)', () => {
  it("WXT's start-up handshake leaks no extension id, and a forged one does not switch PatentPeek off", async () => {
    const page = await h.context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { __messages: string[] }).__messages = [];
      addEventListener('message', (e) => (window as unknown as { __messages: string[] }).__messages.push(JSON.stringify(e.data)));
    });
    const url = `${h.pages.origin}/hostile/page.html`;
    await page.goto(url);
    await settledFindings(ui, url);
    const messages = await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);
    expect(messages.filter((m) => m.includes(h.extensionId) || m.includes('content-script-started'))).toEqual([]);
    // The page forges the event WXT uses to stop an older copy of the content script.
    await page.evaluate((id) => {
      document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
      document.getElementById('late')!.textContent = 'Added later: WO 2021/123456 A1.';
    }, h.extensionId);
    const later = await settledFindings(ui, url, (f) => f.items.some((i) => i.country === 'WO'));
    expect(later.items.some((i) => i.docdb === 'WO.2021123456.A1')).toBe(true);
    await page.close();
  });

  it('a paragraph of 200,000 inline nodes and a 10,000-deep hidden subtree: the number is found, nothing throws', async () => {
    // The slices' length on this page is asserted in test/e2e/detection.test.ts, where the e2e build shows them.
    h.pages.put('/hostile/giant.html', GIANT_PAGE);
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const url = `${h.pages.origin}/hostile/giant.html`;
    await page.goto(url);
    const found = await settledFindings(ui, url, (f) => f.items.some((i) => i.country === 'US'));
    expect(found.items.map((i) => i.docdb)).toEqual(['US.10123456.B2']);
    expect(errors.filter((e) => /RangeError|PatentPeek/.test(e))).toEqual([]);
    await page.close();
  });

  it('marks deleted from CSS.highlights by the page come back', async () => {
    const { page, url } = await open('/hostile/page.html');
    await page.evaluate(() => {
      CSS.highlights.clear();
      document.getElementById('late')!.textContent = 'And US 10,123,456 B2.';
    });
    await settledFindings(ui, url, (f) => f.items.some((i) => i.country === 'US'));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => CSS.highlights.has('patentpeek'))).toBe(true);
    await page.close();
  });
});
