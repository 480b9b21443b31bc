import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { freshSandbox } from './lookup-helpers';
import { IsolatedWorld } from './on-page-helpers';
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

const CARD = 'globalThis.__patentpeekCard';
const field = (name: string) => `(${CARD}?.card.isOpen() ? ${CARD}.shadow.querySelector('[data-field="${name}"]')?.textContent ?? null : null)`;

async function openPage(path: string): Promise<{ page: Page; world: IsolatedWorld; url: string }> {
  const page = await h.context.newPage();
  const world = await IsolatedWorld.attach(page);
  const url = `${h.pages.origin}${path}`;
  await page.goto(url);
  await h.hook('findings', url);
  return { page, world, url };
}

async function clickInCard(page: Page, world: IsolatedWorld, action: string): Promise<void> {
  // The card grows (and may move) when its lookup answers: click only once it has settled.
  await world.waitFor(`${CARD}?.shadow.querySelector('[data-state="loading"]') ? null : true`);
  const at = await world.waitFor<{ x: number; y: number }>(
    `(() => { const b = ${CARD}?.shadow.querySelector('[data-action="${action}"]'); if (!b) return null; const r = b.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`,
  );
  await page.mouse.click(at.x, at.y);
}

describe('hover card', () => {
  it('loads only on first hover, then shows the number, office, viewer links and the no-keys state', async () => {
    const { page, world } = await openPage('/on-page/hover.html');
    expect(await world.eval(`globalThis[Symbol.for('patentpeek.hover-card')] ? 'loaded' : null`)).toBeNull();
    expect(await page.evaluate(() => document.querySelector('patentpeek-card'))).toBeNull();

    const { x, y } = await centreOfText(page, '10,123,456');
    await page.mouse.move(x, y);
    expect(await world.waitFor<string>(field('normalised'))).toBe('US10123456B2');
    expect(await world.eval<string>(field('office'))).toMatch(/United States.*Grant/);
    expect(await world.eval<string>(field('raw'))).toContain('US 10,123,456 B2');
    const viewers = await world.eval<string[]>(`[...${CARD}.shadow.querySelectorAll('a[data-viewer]')].map((a) => a.dataset.viewer)`);
    expect(viewers).toEqual(expect.arrayContaining(['Espacenet', 'Google Patents']));
    // No office keys in this profile: the card still answers, and says what keys would add.
    await world.waitFor(`${CARD}.shadow.querySelector('[data-state="no-keys"]') ? true : null`, 15_000);

    // The host is a closed shadow root: the page sees an element but cannot reach inside.
    expect(await page.evaluate(() => document.querySelector('patentpeek-card')?.shadowRoot ?? 'closed')).toBe('closed');
    // Kept inside the viewport.
    const rect = await world.waitFor<{ l: number; t: number; r: number; b: number; w: number; h: number }>(
      `(() => { const r = ${CARD}.shadow.querySelector('.card').getBoundingClientRect(); return { l: r.left, t: r.top, r: r.right, b: r.bottom, w: innerWidth, h: innerHeight }; })()`,
    );
    expect(rect.l).toBeGreaterThanOrEqual(0);
    expect(rect.t).toBeGreaterThanOrEqual(0);
    expect(rect.r).toBeLessThanOrEqual(rect.w);
    expect(rect.b).toBeLessThanOrEqual(rect.h);

    // Moving away closes it after the grace time.
    await page.mouse.move(5, 5);
    await world.waitFor(`${CARD}.card.isOpen() ? null : true`, 3_000);
    await page.close();
  });

  it('does not open when the pointer only passes over a number', async () => {
    const { page, world } = await openPage('/on-page/hover.html');
    const { x, y } = await centreOfText(page, '2021-012345');
    await page.mouse.move(x, y);
    await page.waitForTimeout(80);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(600);
    expect(await world.eval(`${CARD}?.card.isOpen() ? true : null`)).toBeNull();
    await page.close();
  });

  it('pins, opens the side panel request, and closes with Esc', async () => {
    const { page, world } = await openPage('/on-page/hover.html');
    const { x, y } = await centreOfText(page, '2021-012345');
    await page.mouse.move(x, y);
    expect(await world.waitFor<string>(field('normalised'))).toMatch(/^JP2021012345/);
    await clickInCard(page, world, 'pin');
    await world.waitFor(`${CARD}.card.isPinned() ? true : null`);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(900);
    expect(await world.eval(`${CARD}.card.isOpen() ? true : null`)).toBe(true);

    await clickInCard(page, world, 'panel');
    const worker = await h.serviceWorker();
    const request = await (async () => {
      for (let i = 0; i < 50; i++) {
        const got = await worker.evaluate(() => chrome.storage.session.get('panelRequest'));
        if (got.panelRequest) return got.panelRequest as { mode: string; text: string };
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    })();
    expect(request).toMatchObject({ mode: 'lookup' });
    expect(request!.text).toContain('2021-012345');

    await page.keyboard.press('Escape');
    await world.waitFor(`${CARD}.card.isOpen() ? null : true`, 3_000);
    await page.close();
  });

  it('is reachable from the keyboard: Alt+Shift+N moves through the numbers and focuses the card', async () => {
    const { page, world } = await openPage('/on-page/hover.html');
    await page.keyboard.press('Alt+Shift+N');
    expect(await world.waitFor<string>(field('normalised'))).toBe('US10123456B2');
    expect(await world.waitFor<string>(`${CARD}.shadow.activeElement?.dataset.action ?? null`)).toBe('copy');
    await page.keyboard.press('Alt+Shift+N');
    expect(await world.waitFor<string>(`(() => { const t = ${field('normalised')}; return t && t.startsWith('JP') ? t : null; })()`)).toMatch(/^JP2021012345/);
    await page.keyboard.press('Alt+Shift+N');
    // The third number is far below: the page scrolled to it and the card is inside the viewport.
    expect(await world.waitFor<string>(`(() => { const t = ${field('normalised')}; return t && t.startsWith('EP') ? t : null; })()`)).toMatch(/^EP3456789/);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await world.waitFor(`${CARD}.card.isOpen() ? null : true`, 3_000);
    await page.close();
  });
});

describe('hover card with office keys (sandbox)', () => {
  it('shows title, applicant, plain-words status, key dates and family size', async () => {
    const sandbox = await freshSandbox(h, ['epo-ops']);
    try {
      h.pages.put('/on-page/keys.html', '<!doctype html><html><body style="font:16px sans-serif;margin:40px"><p>Prior art: EP 2 400 812 A1 (family).</p></body></html>');
      const { page, world } = await openPage('/on-page/keys.html');
      const { x, y } = await centreOfText(page, '2 400 812');
      await page.mouse.move(x, y);
      expect(await world.waitFor<string>(field('normalised'))).toBe('EP2400812A1');
      const title = await world.waitFor<string>(field('title'), 15_000);
      expect(title.length).toBeGreaterThan(3);
      console.log('[hover-card] card text:', await world.eval<string>(`${CARD}.shadow.querySelector('.card').innerText`));
      expect((await world.eval<string>(field('applicants')))?.length).toBeGreaterThan(1);
      expect(await world.eval<string>(field('status'))).toMatch(/EPO OPS|European|OPS/);
      expect(await world.eval<string>(field('family'))).toMatch(/Family: \d+ members/);
      expect(await world.eval<string>(field('dates'))).toMatch(/\d{4}/);
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
      const { page, world } = await openPage('/on-page/limited.html');
      const { x, y } = await centreOfText(page, '1 000 000');
      await page.mouse.move(x, y);
      const problem = await world.waitFor<string>(
        `(() => { const el = ${CARD}?.shadow.querySelector('[data-state="partial"], [data-state="error"]'); return el ? el.textContent : null; })()`,
        20_000,
      );
      expect(problem).toMatch(/too many requests|try again/i);
      await page.close();
    } finally {
      await sandbox.close();
    }
  });
});
