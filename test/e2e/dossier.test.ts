/**
 * The JPO One Portal Dossier in Chromium through the sandbox (issue 17 §3; every OPD reply there is
 * RECONSTRUCTED — lib/offices/jpo/fixtures/SOURCES.md): the five-office family of a JP application lists
 * the other offices' members; a member's documents list and open; an ID without OPD gets its own words.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { panelLookup, perFile } from './per-file';

const run = perFile();

describe('Dossier tab (JPO OPD)', () => {
  it('特願2015-500001: the family lists the US member with its publication and grant', async () => {
    await run.sandbox(['jpo']);
    const panel = await panelLookup(run.h, '特願2015-500001');
    await panel.click('[data-tab="dossier"]');
    await panel.click('[data-action="dossier-family"]');
    await panel.waitForSelector('.dossier-members:not(.dossier-self) [data-member="US.201314768239.A"]', { timeout: 15_000 });
    expect(await panel.locator('.dossier-members:not(.dossier-self) > li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.member))).toEqual(['JP.2015500001.A', 'US.201314768239.A']);
    expect(await panel.textContent('[data-member="US.201314768239.A"]')).toContain('US.9459406.B2');
    // The JPO allows 10 calls a minute, OPD 5 of them, and this file's browser keeps its limiter: few calls per file.
    const log = JSON.stringify(await run.h.hook('networkLog'));
    expect(log).toContain('/opdapi/patent/v1/family/application/JP.2015500001.A');
    expect((await run.h.hook('quota')).find((r) => r.endpoint === 'opd.family')).toMatchObject({ used: 1, limit: 100 });
    await panel.close();
  });

  it('特願2007-550210: its own documents list, one saved as its PDF; citations and classes', async () => {
    await run.sandbox(['jpo']);
    const panel = await panelLookup(run.h, '特願2007-550210');
    await panel.click('[data-tab="dossier"]');
    const own = panel.locator('.dossier-self [data-member="JP.2007550210.A"]');
    await own.locator('[data-action="dossier-documents"]').click();
    await own.locator('[data-document="Written_Amendment_51201606245_JP"]').waitFor({ timeout: 15_000 });
    expect(await own.locator('.dossier-documents').textContent()).toContain('核初期化因子');
    const download = panel.waitForEvent('download', { timeout: 10_000 });
    await own.locator('[data-document="Written_Amendment_51201606245_JP"] [data-action="dossier-pdf"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Written_Amendment_51201606245_JP.pdf');
    const bytes = await readFile(await file.path());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await own.locator('[data-action="dossier-citations"]').click();
    await own.locator('.dossier-citations, [data-state="failed"]').first().waitFor({ timeout: 10_000 });
    expect(await own.locator('.dossier-citations').textContent()).toContain('IPC PLACEHOLDER-IPC-1');
    await panel.close();
  });
});
