/**
 * Issue 12 in Chromium, through the sandbox office server: three watched cases (JP, EP, US) — the
 * first run records them, the sandbox moves on (`_control/advance`, reconstructed later states), the
 * second run says each change in plain words, fires a notification and sets the badge, and the
 * Watchlist tab shows them; a saved OPS search shows only its new hits on the second run; the
 * Deadlines view exports a valid iCalendar file; a run that would cross the quota share is skipped
 * with its reason; a JSON export re-imports to the same lists.
 */
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import { askAsUi } from './lookup-helpers';
import { menuClick, panelLookup, perFile } from './per-file';
import { cardFrame, cardSettled } from './card-frame';
import { centreOfText } from '../../scripts/text-position';

const run = perFile();
const advance = (sandbox: Sandbox) => fetch(`${sandbox.baseUrl}/_control/advance`, { method: 'POST' });

async function worker<T>(fn: () => Promise<T>): Promise<T> {
  return (await run.h.serviceWorker()).evaluate(fn);
}

async function watchTab() {
  const panel = await run.h.openExtensionPage('sidepanel.html');
  await panel.click('[data-tab="watch"]');
  await panel.waitForSelector('section.watch');
  return panel;
}

describe('Watchlists', () => {
  it('JP, EP and US cases: no change on the first run; after the offices move on, each change in plain words, a notification and the badge', async () => {
    const sandbox = await run.sandbox(['jpo', 'epo-ops', 'uspto-odp']);
    for (const text of ['特願2020-123456', 'EP 2400812 A1', 'US 10,902,286 B2']) await run.h.watch('add', text, 'three');
    expect(await run.h.watch('runNow', 'three')).toEqual([]);
    const listed = await run.h.watch('list', 'three');
    expect(listed.map((c) => [c.ref.country, c.status?.label])).toEqual([['JP', 'Granted'], ['EP', expect.any(String)], ['US', 'Granted']]);
    expect(listed.every((c) => c.lastChecked !== null)).toBe(true);
    // Each list has its alarm, at its interval (daily by default).
    const alarms = await worker(async () => (await (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string; periodInMinutes?: number }[]> } } }).chrome.alarms.getAll()).map((a) => [a.name, a.periodInMinutes]));
    expect(alarms).toContainEqual(['watch:list:three', 1440]);

    await advance(sandbox);
    const changes = await run.h.watch('runNow', 'three');
    const said = changes.map((c) => `${c.ref.country} ${c.kind}: ${c.summary}`);
    expect(said).toEqual(expect.arrayContaining([
      'JP legal-event: New legal event: Patent fee paid (2026-11-16)',
      'EP legal-event: New legal event: Lapsed in a contracting state: GB (2026-11-25)',
      'EP family: New family member: US.2026345678.A1',
      'US status: Status changed: Granted → Expired',
    ]));
    expect(changes.find((c) => c.kind === 'status')).toMatchObject({ before: 'Granted', after: 'Expired', office: 'uspto-odp' });

    const notes = await worker(async () => Object.keys(await (globalThis as unknown as { chrome: { notifications: { getAll(): Promise<Record<string, unknown>> } } }).chrome.notifications.getAll()));
    expect(notes.filter((id) => id.startsWith('watch-changes:'))).toHaveLength(1);
    expect(await worker(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}))).toBe(String(changes.length));

    const popup = await run.h.openExtensionPage('popup.html');
    await popup.waitForSelector('.watch-summary');
    expect(await popup.textContent('.watch-summary')).toContain(`${changes.length} new changes in 3 watched cases`);
    await popup.close();

    const panel = await watchTab();
    await panel.waitForSelector('.watch-changes li.unseen');
    expect(await panel.locator('.watch-changes li.unseen').count()).toBe(changes.length);
    expect(await panel.textContent('.watch-changes')).toContain('Status changed: Granted → Expired');
    await panel.selectOption('[data-filter="country"]', 'US');
    expect(await panel.locator('.watch-case-list > li').count()).toBe(1);
    await panel.click('.watch-case-list > li [data-action="history"]');
    await panel.waitForSelector('.case-history li');
    expect(await panel.locator('.case-history li').count()).toBe(2);
    await panel.click('[data-action="seen"]');
    await panel.waitForFunction(() => document.querySelectorAll('.watch-changes li.unseen').length === 0);
    expect(await worker(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}))).toBe('');
    await panel.close();
  });

  it('a saved OPS search shows only the hits that are new on its second run', async () => {
    const sandbox = await run.sandbox(['epo-ops']);
    const panel = await watchTab();
    await panel.click('[data-tab="searches"]');
    await panel.selectOption('[data-field="search-office"]', 'epo-ops');
    await panel.fill('[data-field="search-name"]', 'Batteries');
    await panel.fill('[data-field="search-query"]', 'ti=battery');
    await panel.click('[data-action="search-save"]');
    const row = panel.locator('.search-list > li', { hasText: 'Batteries' });
    await row.waitFor();
    await row.locator('[data-action="search-run"]').click();
    await row.locator('[data-field="last-run"]', { hasText: '10000 hits' }).waitFor({ timeout: 20_000 });
    await row.locator('[data-action="search-hits"]').click();
    await row.locator('.search-hits li').first().waitFor();
    expect(await row.locator('.search-hits li').count()).toBe(5);
    expect(await row.locator('.search-hits li.unseen').count()).toBe(0);

    await advance(sandbox);
    await row.locator('[data-action="search-run"]').click();
    await row.locator('[data-field="last-run"]', { hasText: '10002 hits' }).waitFor({ timeout: 20_000 });
    await row.locator('.search-hits li.unseen').first().waitFor();
    expect(await row.locator('.search-hits li.unseen').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-hit')))).toEqual(['EP.4712345.A1', 'JP.2026187654.A']);
    await panel.close();
  });

  it('Deadlines: the JPO register dates of a watched JP patent, exported as a valid iCalendar file', async () => {
    await run.sandbox(['jpo']);
    await run.h.watch('add', '特願2020-123456', 'deadlines');
    await run.h.watch('runNow', 'deadlines');
    const panel = await watchTab();
    await panel.click('[data-tab="deadlines"]');
    await panel.waitForSelector('.deadline-table tbody tr');
    expect(await panel.locator('.deadline-table tbody tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-kind'), r.querySelector('td')?.textContent]))).toEqual(
      expect.arrayContaining([['annuity', '2027-08-05'], ['expiry', '2040-07-20']]),
    );
    const [download] = await Promise.all([panel.waitForEvent('download', { timeout: 10_000 }), panel.click('[data-action="export-ics"]')]);
    const ics = await readFile((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual(expect.arrayContaining([['2027-08-05', '特願2020-123456: Annuity for year 4 due'], ['2040-07-20', '特願2020-123456: Term ends']]));
    await panel.close();
  });

  it('a run that would cross the quota share is skipped, with the reason and when it can run', async () => {
    await run.sandbox(['jpo']);
    await askAsUi(run.h, 'watch/share', { share: 0 });
    try {
      await run.h.watch('add', '特願2020-123456', 'share');
      expect(await run.h.watch('runNow', 'share')).toEqual([]);
      const [c] = await run.h.watch('list', 'share');
      expect(c!.lastChecked).toBeNull();
      const panel = await watchTab();
      await panel.selectOption('[data-filter="list"]', 'share');
      const skipped = await panel.textContent('.watch-case-list [data-field="skipped"]');
      expect(skipped).toMatch(/^Not checked: this run would need 1 of JPO Patent Information API's \S+ allowance, and only 0 is left within your share — the allowance resets /);
      await panel.close();
    } finally {
      await askAsUi(run.h, 'watch/share', { share: 0.5 });
    }
  });

  it('a JSON export re-imports to the same lists; the import asks before it changes anything', async () => {
    const exported = await askAsUi<{ fileName: string; text: string }>(run.h, 'watch/export', { format: 'json' });
    const before = JSON.parse(exported.text) as { lists: { id: string; cases: unknown[] }[] };
    // Empty the lists, then import: every list and case comes back.
    for (const list of before.lists) if (list.id !== 'default') await askAsUi(run.h, 'watch/list-delete', { id: list.id });
    const panel = await watchTab();
    await panel.click('.watch-transfer summary');
    await panel.setInputFiles('[data-field="import"]', { name: exported.fileName, mimeType: 'application/json', buffer: Buffer.from(exported.text) });
    await panel.waitForSelector('[data-field="import-report"] [data-action="import-apply"]');
    expect(await panel.textContent('[data-field="import-report"]')).toMatch(/^Would add \d+ cases/);
    await panel.click('[data-action="import-apply"]');
    await panel.waitForSelector('[data-field="import-report"]:not(:has([data-action="import-apply"]))');
    const again = JSON.parse((await askAsUi<{ text: string }>(run.h, 'watch/export', { format: 'json' })).text) as { lists: { id: string; name: string; cases: { text: string }[] }[] };
    const shape = (doc: { lists: { id: string; cases: unknown[] }[] }) => doc.lists.map((l) => [l.id, (l.cases as { text: string }[]).map((c) => c.text)]).sort();
    expect(shape(again)).toEqual(shape(before));
    await panel.close();
  });

  it('stars a number from the hover card and from a lookup, and takes a pasted list with every rejected line and its reason', async () => {
    run.h.pages.put('/watch/star.html', '<!doctype html><html><body style="font:16px sans-serif;margin:40px"><p>See WO 2009/085664 A2 for the art.</p></body></html>');
    const page = await run.h.context.newPage();
    const url = `${run.h.pages.origin}/watch/star.html`;
    await page.goto(url);
    await run.h.hook('findings', url);
    const { x, y } = await centreOfText(page, '2009/085664');
    await page.mouse.move(x, y);
    const frame = await cardFrame(page);
    await cardSettled(frame);
    const star = frame.locator('[data-action="watch"]');
    await star.waitFor();
    await frame.locator('[data-action="watch"]:not([disabled])').waitFor();
    const box = (await star.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await frame.locator('[data-action="watch"][aria-pressed="true"]').waitFor();
    expect((await run.h.watch('list')).map((c) => c.ref.docdb)).toContain('WO.2009085664.A2');
    await page.close();

    const panel = await panelLookup(run.h, 'EP 1000000 A1');
    await panel.click('.lookup-result [data-action="watch"]:not([disabled])');
    await panel.waitForSelector('.lookup-result [data-action="watch"][aria-pressed="true"]');
    expect((await run.h.watch('list')).map((c) => c.ref.docdb)).toContain('EP.1000000.A1');
    await panel.click('.lookup-result [data-action="watch"]');
    await panel.waitForSelector('.lookup-result [data-action="watch"][aria-pressed="false"]');
    expect((await run.h.watch('list')).map((c) => c.ref.docdb)).not.toContain('EP.1000000.A1');

    await panel.click('[data-tab="watch"]');
    await panel.fill('[data-field="add-numbers"]', 'JP 2005-533465 A\nnot a number at all\nWO 2009/085664 A2');
    await panel.click('[data-action="add"]');
    await panel.waitForSelector('[data-field="add-result"]');
    expect(await panel.textContent('[data-field="add-result"]')).toBe('1 added, 1 already watched');
    expect(await panel.textContent('[data-field="add-rejected"]')).toMatch(/^not a number at all: ./);
    await panel.close();
  });

  it('"Add to watchlist" on a selection watches each number in it and shows them in the open Watchlist', async () => {
    const panel = await run.h.openExtensionPage('sidepanel.html');
    await menuClick(run.h, 'patentpeek-watch', 'D1: EP 1 000 000 A1; D2: JP 2005-533465 A');
    await panel.waitForSelector('[data-tab="watch"][aria-selected="true"]');
    await panel.locator('.watch-case-list li[data-case="EP.1000000.A1"]').waitFor({ timeout: 10_000 });
    expect((await run.h.watch('list')).map((c) => c.ref.docdb)).toEqual(expect.arrayContaining(['EP.1000000.A1', 'JP.2005533465.A']));
    await panel.close();
  });
});
