/**
 * The JPO One Portal Dossier's daily cap in Chromium (issue 17 §3): the 203 reply arrives as the JPO's
 * JSON envelope even on an XML endpoint; the Dossier tab says the cap is reached and when it resets
 * (midnight in Tokyo). Its own browser: a spent cap blocks the endpoint for the rest of the day.
 */
import { describe, expect, it } from 'vitest';
import { panelLookup, perFile } from './per-file';

const run = perFile();

describe('Dossier tab at the daily cap', () => {
  it('says the day\u2019s OPD calls are used up and when they come back, as the quota row does', async () => {
    const sandbox = await run.sandbox(['jpo']);
    const panel = await panelLookup(run.h, '特願2015-500001');
    await panel.click('[data-tab="dossier"]');
    sandbox.setFailure('jpo', 'quota', { times: 1 });
    await panel.click('[data-action="dossier-family"]');
    const failed = panel.locator('.dossier-tab [data-state="failed"]');
    await failed.waitFor({ timeout: 10_000 });
    const text = (await failed.textContent()) ?? '';
    expect(text).toMatch(/Quota used up\. It resets /);
    const row = (await run.h.hook('quota')).find((r) => r.office === 'jpo' && r.endpoint === 'opd.family');
    expect(row?.resetsAt).toMatch(/T15:00:00\.000Z$/); // 00:00 in Tokyo
    await panel.close();
  });
});
