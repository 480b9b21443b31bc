/**
 * TIPO open data in Chromium through the sandbox (issue 17 §2; every TIPO reply there is RECONSTRUCTED —
 * lib/offices/tipo/fixtures/SOURCES.md): a TW application and its grant answered by TIPO with status and
 * title, its related cases (priority, divisional, twin), the annuities in the panel and as a watched patent's deadline (issue 12), sample mode as a wrong
 * token, Test connection, and the token in no network-log entry.
 */
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../lib/watch/deadlines';
import { sandboxCredentials } from '../sandbox/credentials';
import { askAsUi } from './lookup-helpers';
import { panelLookup, perFile } from './per-file';

const run = perFile();
const TOKEN = sandboxCredentials.tipo.token;

describe('TIPO', () => {
  it('a TW grant and its ROC-year application: status, title and dates from TIPO; the annuities in the panel', async () => {
    await run.sandbox(['tipo', 'epo-ops', 'lens']);
    const grant = await run.h.hook('lookup', 'TW I651234 B');
    expect(grant.sources[0]).toMatchObject({ office: 'tipo', ok: true });
    expect(grant.status).toMatchObject({ label: 'Granted', office: 'tipo' });
    expect(grant.biblio).toMatchObject({ title: 'PLACEHOLDER 重建範例發明（非官方資料）', dates: { filing: '2017-06-30', grant: '2019-03-01' } });
    const application = await run.h.hook('lookup', '中華民國專利申請號 106123456');
    expect(application.status).toMatchObject({ label: 'Granted', office: 'tipo' });
    const published = await run.h.hook('lookup', 'TW 202012345 A');
    expect(published.status).toMatchObject({ label: 'Published, not yet examined', office: 'tipo' });

    const panel = await panelLookup(run.h, 'TW I651234 B');
    await panel.click('[data-action="tw-annuity"]');
    await panel.waitForSelector('.tw-annuity [data-field="paid-until"]', { timeout: 10_000 });
    expect(await panel.textContent('.tw-annuity [data-field="paid-until"]')).toMatch(/2027.*06.*29.*year 10/);
    expect(await panel.textContent('.tw-annuity [data-field="next-due"]')).toMatch(/year 11/);
    const log = JSON.stringify(await run.h.hook('networkLog'));
    expect(log).toContain('/api/PatentRights');
    expect(log).not.toContain(TOKEN);
    expect(log).not.toContain(encodeURIComponent(TOKEN));
    await panel.close();
  });

  it('the related cases of a TW grant from TIPO: its priority, a divisional and its Art. 32 twin, each clickable', async () => {
    await run.sandbox(['tipo']);
    const r = await run.h.hook('lookup', 'TW I651234 B');
    expect(r.related?.map((x) => [x.relation, x.ref.docdb])).toEqual([['priority', 'JP.2016131234.A'], ['divisional', 'TW.108100123.A'], ['twin', 'TW.106209876.A']]);
    const panel = await panelLookup(run.h, 'TW I651234 B');
    await panel.click('[data-tab="related"]');
    await panel.waitForSelector('.related-tab li[data-relation="twin"]', { timeout: 10_000 });
    expect(await panel.textContent('.related-tab li[data-relation="twin"]')).toMatch(/same-day invention \+ utility model/);
    await panel.click('.related-tab li[data-relation="divisional"] button.ref');
    await panel.waitForSelector('h2.lookup-ref[data-docdb="TW.108100123.A"]', { timeout: 10_000 });
    await panel.close();
  });

  it('a wrong token: TIPO answers sample data, which PatentPeek reads as a key problem, never as the case', async () => {
    await run.sandbox(['tipo'], { tipo: { token: 'wrong-token' } });
    const r = await run.h.hook('lookup', 'TW I651234 B');
    expect(r.sources.find((s) => s.office === 'tipo')?.error).toMatchObject({ kind: 'auth' });
    expect(r.status).toBeUndefined();
  });

  it('a watched TW patent: the next annuity from TIPO is a deadline', async () => {
    await run.sandbox(['tipo']);
    await run.h.watch('add', 'TW I651234 B', 'tw');
    await run.h.watch('runNow', 'tw');
    const { deadlines } = await askAsUi<{ deadlines: Deadline[] }>(run.h, 'watch/deadlines', {});
    expect(deadlines.find((d) => d.ref.docdb === 'TW.I651234.B' && d.kind === 'annuity')).toMatchObject({ due: '2027-06-29', year: 11, office: 'tipo' });
  });

  it('options: Test connection proves the TIPO token', async () => {
    await run.sandbox(['tipo']);
    const page = await run.h.openExtensionPage('options.html');
    await page.click('.test-connection[data-office="tipo"] button');
    await page.waitForSelector('.office[data-office="tipo"] [data-chip="ok"]', { timeout: 15_000 });
    await page.close();
  });
});
