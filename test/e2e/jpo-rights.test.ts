/**
 * JP designs and trademarks in Chromium through the sandbox (issue 17 §4): a design application, a
 * design registration and a trademark application each show status and title from the JPO's design
 * and trademark APIs (recorded replies; the registration's number lookup is reconstructed — see
 * lib/offices/jpo/fixtures/SOURCES.md); pages mark them only once the user switched them on.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { centreOfText } from '../../scripts/text-position';
import { cardField, cardFrame, cardSettled, cardText } from './card-frame';
import { panelLookup, perFile } from './per-file';

const run = perFile();

async function setRightsDetection(on: boolean): Promise<void> {
  const page = await run.h.openExtensionPage('options.html');
  const box = page.locator('input[name="detect-rights"]');
  await box.waitFor();
  if ((await box.isChecked()) !== on) await box.click();
  await page.waitForFunction((want) => (document.querySelector('input[name="detect-rights"]') as HTMLInputElement).checked === want, on);
  await page.close();
}

describe('JPO designs and trademarks', () => {
  it('C2 lookup: design application, design registration and trademark application, from the JPO alone', async () => {
    await run.sandbox(['jpo', 'epo-ops', 'lens']);
    const design = await run.h.hook('lookup', '意願2020-015234');
    expect(design.ref).toMatchObject({ country: 'JP', type: 'application', docdb: null, epodoc: null });
    // OPS and Lens hold no designs: they are not asked.
    expect(design.sources.map((s) => s.office)).toEqual(['jpo']);
    expect(design.status).toMatchObject({ label: 'Granted', office: 'jpo' });
    expect(design.status?.detail).toContain('意匠登録第1680736号');
    expect(design.biblio).toMatchObject({ title: '球体転がし用積み木', applicants: ['大徳木管工業株式会社'], dates: { filing: '2020-06-24', grant: '2021-02-19' } });

    const registration = await run.h.hook('lookup', '意匠登録第1680736号');
    expect(registration.ref).toMatchObject({ type: 'grant', docdb: null });
    expect(registration.biblio?.title).toBe('球体転がし用積み木');

    const mark = await run.h.hook('lookup', '商願２０２４－１２３４５６');
    expect(mark.status).toMatchObject({ label: 'Refused', detail: '拒絶査定 2026-01-13' });
    expect(mark.biblio?.title).toBe('メタンレス和牛');
    const log = JSON.stringify(await run.h.hook('networkLog'));
    expect(log).toContain('/api/design/v1/app_progress/2020015234');
    expect(log).toContain('/api/trademark/v1/app_progress/2024123456');
    // Their own counters in the quota rows.
    const rows = await run.h.hook('quota');
    // The office's own count (remainAccessCount 793 after this call) wins over the handbook's 400.
    expect(rows.find((r) => r.endpoint === 'design.app_progress')).toMatchObject({ office: 'jpo', used: 1, remaining: 793 });
    expect(rows.find((r) => r.endpoint === 'app_progress')).toMatchObject({ used: 0 });
  });

  it('side panel: the JPO written form, status, title, the trademark classes and its documents; J-PlatPat linked', async () => {
    await run.sandbox(['jpo']);
    const panel = await panelLookup(run.h, '商願2024-123456');
    expect(await panel.textContent('.lookup-ref')).toContain('商願2024-123456');
    expect(await panel.textContent('[data-field="right"]')).toBe('Trademark application');
    // No patent family, citations or related patents for a trademark: no empty tabs.
    expect(await panel.locator('[data-tab="family"], [data-tab="citations"], [data-tab="dossier"]').count()).toBe(0);
    await panel.locator('.lookup-result', { hasText: 'Refused' }).waitFor({ timeout: 10_000 });
    expect(await panel.locator('a[href*="j-platpat"]').first().getAttribute('href')).toBe('https://www.j-platpat.inpit.go.jp/c1801/PU/JP-2024-123456/40/ja');
    await panel.click('[data-tab="biblio"]');
    await panel.locator('.lookup-result', { hasText: 'メタンレス和牛' }).waitFor({ timeout: 10_000 });
    await panel.click('[data-tab="classification"]');
    await panel.locator('.lookup-result', { hasText: '第29類' }).waitFor({ timeout: 10_000 });
    await panel.click('[data-tab="documents"]');
    await panel.click('.load-documents');
    await panel.locator('.lookup-result [data-document]').first().waitFor({ timeout: 15_000 });
    await panel.close();
  });

  it('pages mark designs and trademarks only once switched on in options; the card then answers them', async () => {
    await run.sandbox(['jpo']);
    run.h.pages.put(
      '/rights/citations.html',
      `<!doctype html><html><head><meta charset="utf-8"><title>rights</title></head><body style="font:16px sans-serif;margin:40px">
       <p>引用意匠：<span id="d">意願2020-015234</span>、商標登録第6036291号。</p>
       <p>引用文献：特開2021-012345号公報</p></body></html>`,
    );
    const url = `${run.h.pages.origin}/rights/citations.html`;
    const open = async (): Promise<Page> => {
      const page = await run.h.context.newPage();
      await page.goto(url);
      return page;
    };
    let page = await open();
    const off = await run.h.hook('findings', url);
    expect(off.map((f) => f.docdb)).toEqual(['JP.2021012345.A']);
    await page.close();

    await setRightsDetection(true);
    try {
      page = await open();
      const on = await run.h.hook('findings', url);
      expect(on.map((f) => f.raw).sort()).toEqual(['意願2020-015234', '商標登録第6036291号', '特開2021-012345号'].sort());
      expect(on.find((f) => f.raw === '意願2020-015234')).toMatchObject({ docdb: null, right: { law: 'design', number: '2020015234' } });
      const { x, y } = await centreOfText(page, '意願2020-015234');
      await page.mouse.move(x, y);
      const frame = await cardFrame(page);
      expect(await cardField(frame, 'normalised')).toBe('意願2020-015234');
      expect(await cardField(frame, 'office')).toMatch(/Design application/);
      await cardSettled(frame);
      expect(await cardText(frame, '[data-field="title"]')).toContain('球体転がし用積み木');
      await page.close();
    } finally {
      await setRightsDetection(false);
    }
  });
});
