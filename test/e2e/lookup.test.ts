/**
 * Issue 6 "Done when", against the sandbox only (contract C3) through the C2 hooks: a JP lookup
 * returns status, biblio and related applications from JPO; an EP lookup status, biblio and family
 * from EPO OPS; a second lookup within the TTL sends nothing; keys never leave the worker.
 */
import { describe, expect, it } from 'vitest';
import { perFile } from './per-file';
import type { DocumentList, DocumentPayload, LookupDetails } from '../../lib/lookup/types';
import type { QuotaView } from '../../lib/messaging/protocol';
import { askAsUi, seen } from './lookup-helpers';

const run = perFile();

describe('lookup through the sandbox', () => {
  it('a JP application gives status, biblio and related applications from JPO', async () => {
    const sandbox = await run.sandbox(['jpo', 'epo-ops']);
    const result = await run.h.hook('lookup', '特願2020-123456');
    expect(result.ref).toMatchObject({ country: 'JP', type: 'application', docdb: 'JP.2020123456.A' });
    expect(result.sources.find((s) => s.office === 'jpo')).toMatchObject({ office: 'jpo', ok: true, capabilities: { answered: ['status', 'biblio', 'related'] } });
    expect(result.status).toMatchObject({ office: 'jpo' });
    expect(result.status?.label).toBeTruthy();
    expect(result.status?.detail).toBeTruthy();
    expect(Date.parse(result.status?.asOf ?? '')).not.toBeNaN();
    expect(result.biblio?.title).toBeTruthy();
    expect(result.biblio?.applicants.length).toBeGreaterThan(0);
    expect(result.related?.length).toBeGreaterThan(0);
    expect(seen(sandbox, 'jpo')).toContain('POST /jpo/auth/token');
    expect(seen(sandbox, 'jpo')).toContain('GET /jpo/api/patent/v1/app_progress/2020123456');
  });

  it('an EP publication gives status, biblio and family from EPO OPS', async () => {
    await run.sandbox(['epo-ops']);
    const result = await run.h.hook('lookup', 'EP 2 400 812 A1');
    expect(result.ref).toMatchObject({ country: 'EP', docdb: 'EP.2400812.A1' });
    expect(result.sources).toMatchObject([{ office: 'epo-ops', ok: true, capabilities: { answered: ['status', 'biblio', 'family'] } }]);
    expect(result.status).toMatchObject({ office: 'epo-ops' });
    expect(result.biblio?.title).toBeTruthy();
    expect(result.family?.length).toBeGreaterThan(1);
    expect(result.family?.every((m) => m.country && (m.docdb || m.epodoc))).toBe(true);
  });

  it('a second lookup within the TTL sends no request', async () => {
    const sandbox = await run.sandbox(['epo-ops', 'jpo']);
    const first = await run.h.hook('lookup', 'EP1000000A1');
    const before = sandbox.requests.length;
    expect(before).toBeGreaterThan(0);
    const second = await run.h.hook('lookup', 'EP1000000A1');
    expect(sandbox.requests.length).toBe(before);
    expect(second.status).toEqual(first.status);
    expect(second.biblio).toEqual(first.biblio);
  });

  it('without keys returns the parsed number and a no-credentials outcome, sending nothing', async () => {
    const sandbox = await run.sandbox([]);
    const result = await run.h.hook('lookup', 'EP2400812A1');
    expect(result.ref?.docdb).toBe('EP.2400812.A1');
    expect(result.sources).toContainEqual(expect.objectContaining({ office: 'epo-ops', ok: false, error: expect.objectContaining({ kind: 'no-credentials' }) }));
    expect(result.status).toBeUndefined();
    expect(sandbox.requests).toEqual([]);
  });

  it('text that is not a number says why and asks nobody', async () => {
    await run.sandbox(['epo-ops']);
    const result = await run.h.hook('lookup', 'hello world');
    expect(result.ref).toBeNull();
    expect(result.reason).toBeTruthy();
    expect(result.sources).toEqual([]);
  });

  it('networkLog lists what went out, without secrets; quota shows the office counters', async () => {
    const sandbox = await run.sandbox(['jpo', 'epo-ops']);
    await run.h.hook('lookup', 'JP2020123456');
    const log = await run.h.hook('networkLog');
    const ours = log.filter((e) => e.url.startsWith(sandbox!.baseUrl));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((e) => e.status > 0 && Date.parse(e.at) > 0 && ['GET', 'POST'].includes(e.method))).toBe(true);
    const text = JSON.stringify(log);
    expect(text).not.toContain('sandbox-jpo-password');
    expect(text).not.toContain('sandbox-ops-secret');
    const rows = await run.h.hook('quota');
    const progress = rows.find((r) => r.office === 'jpo' && r.endpoint === 'app_progress');
    expect(progress?.unit).toBe('calls');
    expect(progress?.used).toBeGreaterThan(0);
    // The remaining count is the office's own (remainAccessCount), the limit at least the handbook cap.
    expect(progress?.limit).toBeGreaterThanOrEqual(400);
    expect(progress?.remaining).toBeLessThan(progress?.limit ?? 0);
    expect(Date.parse(progress?.resetsAt ?? '')).toBeGreaterThan(Date.now());
    const weekly = rows.find((r) => r.office === 'epo-ops' && r.unit === 'bytes');
    expect(weekly?.limit).toBe(4 * 1024 ** 3);
  });

  it('side panel details carry provenance on every value; JPO documents list and download', async () => {
    await run.sandbox(['jpo']);
    const details = await askAsUi<LookupDetails>(run.h, 'lookup/details', { text: '特願2020-123456' });
    expect(details.status?.source).toMatchObject({ office: 'jpo', endpoint: 'app_progress' });
    expect(details.biblio?.source.office).toBe('jpo');
    expect(details.legal?.length).toBeGreaterThan(0);
    expect(details.legal?.every((e) => e.source.office === 'jpo' && Date.parse(e.source.fetchedAt) > 0)).toBe(true);
    expect(details.citations?.length).toBeGreaterThan(0);
    expect(details.documentOffices).toEqual(['jpo']);

    const lists = await askAsUi<DocumentList[]>(run.h, 'documents/list', { text: '特願2020-123456' });
    const jpo = lists.find((l) => l.office === 'jpo');
    expect(jpo?.source).toEqual({ office: 'jpo', ok: true });
    expect(jpo?.documents.length).toBeGreaterThan(0);
    const first = jpo!.documents[0]!;
    const doc = await askAsUi<DocumentPayload>(run.h, 'documents/get', { text: '特願2020-123456', office: 'jpo', id: first.id });
    expect(doc.fileName).toBeTruthy();
    expect(Buffer.from(doc.base64, 'base64').length).toBeGreaterThan(100);
  });

  it('the popup quota view shows token state per office without any secret', async () => {
    await run.sandbox(['jpo']);
    await run.h.hook('lookup', '特願2020-123456');
    const view = await askAsUi<QuotaView>(run.h, 'quota/get', {});
    expect(view.offices.find((o) => o.office === 'jpo')).toMatchObject({ enabled: true, configured: true, token: { state: 'valid' } });
    expect(view.offices.find((o) => o.office === 'epo-ops')?.configured ?? false).toBe(false);
    expect(JSON.stringify(view)).not.toMatch(/sandbox-jpo-password|access_token|Bearer/);
  });
});

describe('UI surfaces show real data end to end', () => {
  it('side panel: a JP lookup shows plain-words status, biblio and related; a family member opens a new lookup', async () => {
    await run.sandbox(['jpo', 'epo-ops']);
    const page = await run.h.openExtensionPage('sidepanel.html');
    await page.fill('input[type="search"]', '特願2020-123456');
    await page.press('input[type="search"]', 'Enter');
    await page.waitForSelector('.lookup-result .status-label', { timeout: 15_000 });
    expect((await page.textContent('.status-label'))?.trim()).toBeTruthy();
    expect(await page.getAttribute('.status-tab .as-of', 'data-office')).toBe('jpo');
    await page.click('[data-tab="biblio"]');
    expect((await page.textContent('.biblio-title'))?.trim()).toBeTruthy();
    await page.click('[data-tab="related"]');
    expect(await page.locator('.related-tab li').count()).toBeGreaterThan(0);

    await page.fill('input[type="search"]', 'EP2400812A1');
    await page.press('input[type="search"]', 'Enter');
    await page.waitForSelector('.lookup-result[data-ref="EP.2400812.A1"]', { timeout: 15_000 });
    await page.click('[data-tab="family"]');
    const member = page.locator('.family-tab button.ref').nth(1);
    const target = await member.getAttribute('data-ref');
    await member.click();
    await page.waitForSelector(`.lookup-result[data-ref="${target}"]`, { timeout: 15_000 });
    await page.close();
  });

  it('side panel: a missing key says so and links to the options', async () => {
    await run.sandbox([]);
    const page = await run.h.openExtensionPage('sidepanel.html');
    await page.fill('input[type="search"]', 'EP2400812A1');
    await page.press('input[type="search"]', 'Enter');
    await page.waitForSelector('.source-error[data-kind="no-credentials"]', { timeout: 15_000 });
    // Every office on the route without a key (EPO OPS, then Lens) says so, each with the way to the options.
    const missing = page.locator('.source-error[data-kind="no-credentials"]');
    expect(await missing.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.office))).toEqual(['epo-ops', 'lens']);
    expect(await page.locator('.source-error[data-kind="no-credentials"] button').count()).toBe(2);
    await page.close();
  });

  it('popup: per-office quota and token state', async () => {
    await run.sandbox(['jpo']);
    await run.h.hook('lookup', '特願2020-123456');
    const page = await run.h.openExtensionPage('popup.html');
    await page.waitForSelector('.quota-list [data-office="jpo"] li[data-endpoint="app_progress"]', { timeout: 15_000 });
    expect(await page.textContent('.quota-list [data-office="jpo"] .token-state')).toBeTruthy();
    expect(await page.getAttribute('.quota-list [data-office="epo-ops"] .token-state', 'class')).toContain('warn');
    await page.close();
  });

  it('options: Test connection tells what is wrong', async () => {
    await run.sandbox(['epo-ops'], { 'epo-ops': { key: 'sandbox-ops-key', secret: 'wrong' } });
    const page = await run.h.openExtensionPage('options.html');
    await page.click('.test-connection[data-office="epo-ops"] button');
    await page.waitForSelector('.test-connection[data-office="epo-ops"] .test-result', { timeout: 15_000 });
    expect(await page.getAttribute('.test-connection[data-office="epo-ops"] .test-result', 'data-kind')).toBe('auth');
    await page.close();
  });
});

