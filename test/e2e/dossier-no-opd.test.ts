/**
 * The JPO One Portal Dossier for a JPO ID that has no OPD registration (issue 17 §3): its own browser,
 * because the JPO's 10 calls a minute are shared by every lookup of a file.
 */
import { describe, expect, it } from 'vitest';
import { sandboxCredentials } from '../sandbox/credentials';
import { panelLookup, perFile } from './per-file';

const run = perFile();

describe('Dossier tab without OPD', () => {
  it('a JPO ID without the OPD registration is told so; the rest of the lookup still works', async () => {
    await run.sandbox(['jpo'], { jpo: { ...sandboxCredentials.jpo, id: `${sandboxCredentials.jpo.id}-no-opd` } });
    const panel = await panelLookup(run.h, '特願2020-123456');
    await panel.locator('.lookup-result', { hasText: 'Granted' }).waitFor({ timeout: 10_000 });
    await panel.click('[data-tab="dossier"]');
    await panel.click('[data-action="dossier-family"]');
    const failed = panel.locator('.dossier-tab [data-state="failed"]');
    await failed.waitFor({ timeout: 10_000 });
    expect(await failed.textContent()).toMatch(/not registered for the One Portal Dossier/);
    await panel.close();
  });
});
