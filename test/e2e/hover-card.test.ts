import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { freshSandbox } from './lookup-helpers';
import { IsolatedWorld } from './on-page-helpers';
import { cardField, cardFrame, cardSettled, cardText } from './card-frame';
import { centreOfText } from '../../scripts/text-position';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.pages.put(
    '/on-page/hover.html',
    `<!doctype html><html><head><title>hover</title></head><body style="font:16px sans-serif;margin:40px">
     <p id="a">The closest art is <span id="n1">US 10,123,456 B2</span>, see also 特開2021-012345.</p>
     <p style="margin-top:1400px" id="b">Near the bottom: EP 3 456 789 A1.</p></body></html>`,
  );
});
afterAll(async () => {
  await h?.close();
});

/** The content script's view of the card (e2e build): is one open, is it pinned. */
const CARD = 'globalThis.__patentpeekCard';

async function openPage(path: string): Promise<{ page: Page; world: IsolatedWorld; url: string }> {
  const page = await h.context.newPage();
  const world = await IsolatedWorld.attach(page);
  const url = `${h.pages.origin}${path}`;
  await page.goto(url);
  await h.hook('findings', url);
  return { page, world, url };
}

async function clickInCard(page: Page, action: string): Promise<void> {
  const frame = await cardFrame(page);
  await cardSettled(frame);
  // A person's click at the button's place (Playwright's own click waits on the frame's animation frames).
  const box = await frame.locator(`[data-action="${action}"]`).boundingBox();
  if (!box) throw new Error(`no ${action} button in the card`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The card frame that replaced `previous` (each number opens its own session and frame). */
async function nextCard(page: Page, previous: Frame): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const frame = await cardFrame(page);
    if (frame !== previous) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('the card did not move on');
}

describe('hover card', () => {
  it('loads only on first hover, then shows the number, office, viewer links and the no-keys state', async () => {
    const { page, world } = await openPage('/on-page/hover.html');
    expect(await page.evaluate(() => document.querySelector('patentpeek-card'))).toBeNull();

    const { x, y } = await centreOfText(page, '10,123,456');
    await page.mouse.move(x, y);
    const frame = await cardFrame(page);
    // Shown as the USPTO writes it (here also as the page wrote it), DOCDB beside it.
    expect(await cardField(frame, 'normalised')).toBe('US 10,123,456 B2');
    expect(await cardField(frame, 'office')).toMatch(/United States.*Grant/);
    expect(await cardField(frame, 'docdb')).toContain('US.10123456.B2');
    const viewers = await frame.locator('a[data-viewer]').evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.viewer));
    expect(viewers).toEqual(expect.arrayContaining(['Espacenet', 'Google Patents']));
    // No office keys in this profile: the card still answers, and says what keys would add.
    await cardText(frame, '[data-state="no-keys"]');

    // The host is a closed shadow root: the page sees an element but cannot reach inside.
    expect(await page.evaluate(() => document.querySelector('patentpeek-card')?.shadowRoot ?? 'closed')).toBe('closed');
    // Kept inside the viewport.
    const box = (await (await frame.frameElement()).boundingBox())!;
    const view = page.viewportSize()!;
    const rect = { l: box.x, t: box.y, r: box.x + box.width, b: box.y + box.height, w: view.width, h: view.height };
    expect(rect.l).toBeGreaterThanOrEqual(0);
    expect(rect.t).toBeGreaterThanOrEqual(0);
    expect(rect.r).toBeLessThanOrEqual(rect.w);
    expect(rect.b).toBeLessThanOrEqual(rect.h);

    // Moving away closes it after the grace time.
    await page.mouse.move(5, 5);
    await world.waitFor(`${CARD}.isOpen() ? null : true`, 3_000);
    await page.close();
  });

  it('does not open when the pointer only passes over a number', async () => {
    const { page, world } = await openPage('/on-page/hover.html');
    const { x, y } = await centreOfText(page, '2021-012345');
    await page.mouse.move(x, y);
    await page.waitForTimeout(80);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(600);
    expect(await world.eval(`${CARD}?.isOpen() ? true : null`)).toBeNull();
    await page.close();
  });

  it('pins, closes with Esc, and opens the side panel on the number as read', async () => {
    const { page, world } = await openPage('/on-page/hover.html');
    const { x, y } = await centreOfText(page, '2021-012345');
    await page.mouse.move(x, y);
    expect(await cardField(await cardFrame(page), 'normalised')).toMatch(/2021-012345/);
    await clickInCard(page, 'pin');
    await world.waitFor(`${CARD}.isPinned() ? true : null`);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(900);
    expect(await world.eval(`${CARD}.isOpen() ? true : null`)).toBe(true);

    // Esc inside the card (focus is in its frame after the click) closes it.
    await page.keyboard.press('Escape');
    await world.waitFor(`${CARD}.isOpen() ? null : true`, 3_000);

    // Last, as opening the side panel takes the window's focus from the page.
    // The request as it is written: an open side panel takes it (and removes it) at once.
    const worker = await h.serviceWorker();
    await worker.evaluate(() => {
      const seen = globalThis as unknown as { __panelRequest?: unknown };
      seen.__panelRequest = null;
      chrome.storage.onChanged.addListener((changes, area) => {
        if (area === 'session' && changes.panelRequest?.newValue) seen.__panelRequest ??= changes.panelRequest.newValue;
      });
    });
    await page.mouse.move(x, y);
    await clickInCard(page, 'panel');
    const request = await (async () => {
      for (let i = 0; i < 50; i++) {
        const got = await worker.evaluate(() => (globalThis as unknown as { __panelRequest?: unknown }).__panelRequest);
        if (got) return got as { mode: string; text: string; reading?: { docdb: string | null } };
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    })();
    expect(request).toMatchObject({ mode: 'lookup' });
    expect(request!.text).toContain('2021-012345');
    // The panel gets the number as read, not text to parse again (issue 9 §1).
    expect(request!.reading?.docdb).toMatch(/^JP\.2021012345/);
    await page.close();
  });

  it('is reachable from the keyboard: Alt+Shift+N moves through the numbers and focuses the card', async () => {
    const { page, world } = await openPage('/on-page/hover.html');
    await page.keyboard.press('Alt+Shift+N');
    const first = await cardFrame(page);
    expect(await cardField(first, 'normalised')).toBe('US 10,123,456 B2');
    // Focus moved into the card: the copy button has it, inside the frame.
    await first.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.action === 'copy', undefined, { polling: 100, timeout: 5_000 });
    await page.keyboard.press('Alt+Shift+N');
    expect(await cardField(await nextCard(page, first), 'normalised')).toMatch(/2021-012345/);
    const second = await cardFrame(page);
    await page.keyboard.press('Alt+Shift+N');
    // The third number is far below: the page scrolled to it and the card is inside the viewport.
    expect(await cardField(await nextCard(page, second), 'normalised')).toMatch(/^EP 3 456 789/);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await world.waitFor(`${CARD}.isOpen() ? null : true`, 3_000);
    await page.close();
  });
});

describe('hover card with office keys (sandbox)', () => {
  it('shows title, applicant, plain-words status, key dates and family size', async () => {
    const sandbox = await freshSandbox(h, ['epo-ops']);
    try {
      h.pages.put('/on-page/keys.html', '<!doctype html><html><body style="font:16px sans-serif;margin:40px"><p>Prior art: EP 2 400 812 A1 (family).</p></body></html>');
      const { page } = await openPage('/on-page/keys.html');
      const { x, y } = await centreOfText(page, '2 400 812');
      await page.mouse.move(x, y);
      const frame = await cardFrame(page);
      expect(await cardField(frame, 'normalised')).toBe('EP 2 400 812 A1');
      const title = await cardText(frame, '[data-field="title"]');
      expect(title.length).toBeGreaterThan(3);
      console.log('[hover-card] card text:', await frame.locator('.card').innerText());
      expect((await cardField(frame, 'applicants'))?.length).toBeGreaterThan(1);
      expect(await cardField(frame, 'status')).toMatch(/EPO OPS|European|OPS/);
      expect(await cardField(frame, 'family')).toMatch(/Family: \d+ members/);
      expect(await cardField(frame, 'dates')).toMatch(/\d{4}/);
      // Granted on the B1's date from the Register, not the later no-opposition date (issue 9 §5).
      expect(await cardField(frame, 'dates')).toMatch(/Granted.*2019/);
      expect(await cardField(frame, 'dates')).not.toMatch(/2020/);
      expect(sandbox.requests.some((r) => r.office === 'epo-ops')).toBe(true);
      await page.close();
    } finally {
      await sandbox.close();
    }
  });

  it('says when the office limits requests, with the wait time', async () => {
    const sandbox = await freshSandbox(h, ['epo-ops']);
    try {
      sandbox.setFailure('epo-ops', 'rate-limit');
      h.pages.put('/on-page/limited.html', '<!doctype html><html><body style="font:16px sans-serif;margin:40px"><p>See EP 1 000 000 A1 here.</p></body></html>');
      const { page } = await openPage('/on-page/limited.html');
      const { x, y } = await centreOfText(page, '1 000 000');
      await page.mouse.move(x, y);
      const problem = await cardText(await cardFrame(page), '[data-state="partial"], [data-state="error"]', 20_000);
      expect(problem).toMatch(/too many requests|try again/i);
      await page.close();
    } finally {
      await sandbox.close();
    }
  });
});
