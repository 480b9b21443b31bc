/**
 * Issue 11 in Chromium, through the sandbox: US numbers answered by the USPTO Open Data Portal — a
 * patent number, a publication number and an application serial each give status, title, applicant,
 * continuity and transactions — with ODP's errors in specific words and the cache in front.
 */
import { describe, expect, it } from 'vitest';
import { centreOfText } from '../../scripts/text-position';
import { cardField, cardFrame, cardText } from './card-frame';
import { panelLookup, perFile } from './per-file';

const run = perFile();
const odp = (sources: { office: string; error?: { kind: string; message: string; retryAfterSeconds?: number } }[]) => sources.find((s) => s.office === 'uspto-odp');

describe('US numbers answered by the USPTO (ODP)', () => {
  it('options: Test connection for ODP and Lens says Ready, or what is wrong', async () => {
    await run.sandbox(['uspto-odp', 'lens'], { lens: { token: 'wrong' } });
    const page = await run.h.openExtensionPage('options.html');
    for (const [office, kind] of [['uspto-odp', 'ok'], ['lens', 'auth']] as const) {
      await page.click(`.test-connection[data-office="${office}"] button`);
      await page.waitForSelector(`.test-connection[data-office="${office}"] .test-result[data-kind="${kind}"]`, { timeout: 15_000 });
    }
    expect(await page.textContent('.test-connection[data-office="lens"] .test-result')).toMatch(/Lens refused the access token/);
    expect(await page.textContent('.office[data-office="uspto-odp"] [data-chip]')).toBe('Ready');
    await page.close();
  });

  it.each([
    ['US 10,765,880 B2', 'Device For Repetitive Nerve Stimulation', 'BTL Medical Technologies S.R.O.'],
    ['US 2015/0157873 A1', 'Device For Repetitive Nerve Stimulation', 'BTL Medical Technologies S.R.O.'],
    ['U.S. Appl. No. 16/123,456', 'LEARNING ASSISTANCE DEVICE', 'FUJIFILM Corporation'],
  ])('%s: status, title, applicant; continuity and transactions in the panel', async (text, title, applicant) => {
    const sandbox = await run.sandbox(['uspto-odp']);
    const result = await run.h.hook('lookup', text);
    expect(result.status).toMatchObject({ label: 'Granted', office: 'uspto-odp' });
    expect(result.status?.detail).toContain('Patented Case');
    expect(result.biblio?.title).toContain(title);
    expect(result.biblio?.applicants).toContain(applicant);
    expect(result.related?.length).toBeGreaterThan(0);
    expect(sandbox.requests.every((r) => r.office === 'uspto-odp')).toBe(true);

    const page = await panelLookup(run.h, text);
    await page.click('[data-tab="legal"]');
    expect(await page.locator('.legal-tab li, .legal-tab tr').count()).toBeGreaterThan(10);
    await page.click('[data-tab="related"]');
    expect(await page.locator('.related-tab .ref, .related-tab li').count()).toBeGreaterThan(0);
    await page.click('[data-tab="timeline"]');
    await page.waitForSelector('[data-duration]', { timeout: 15_000 });
    await page.close();
  });

  it('a repeat lookup within the TTL sends nothing', async () => {
    const sandbox = await run.sandbox(['uspto-odp']);
    await run.h.hook('lookup', 'US 10,765,880 B2');
    const before = sandbox.requests.length;
    const again = await run.h.hook('lookup', 'US 10,765,880 B2');
    expect(again.biblio?.title).toContain('Device For Repetitive');
    expect(sandbox.requests.length).toBe(before);
  });

  it('the hover card of a US patent on a page shows the USPTO data', async () => {
    await run.sandbox(['uspto-odp']);
    run.h.pages.put('/on-page/us.html', '<!doctype html><html><body style="font:16px sans-serif;margin:40px"><p>See U.S. Pat. No. 10,765,880 for the coil.</p></body></html>');
    const page = await run.h.context.newPage();
    const url = `${run.h.pages.origin}/on-page/us.html`;
    await page.goto(url);
    await run.h.hook('findings', url);
    const { x, y } = await centreOfText(page, '10,765,880');
    await page.mouse.move(x, y);
    const frame = await cardFrame(page);
    expect(await cardText(frame, '[data-field="title"]')).toContain('Device For Repetitive');
    expect(await cardField(frame, 'status')).toMatch(/Granted.*USPTO/);
    await page.close();
  });
  it('errors in specific words: refused key, office down (a cached answer stays), rate limit with its wait', async () => {
    let sandbox = await run.sandbox(['uspto-odp'], { 'uspto-odp': { apiKey: 'not-the-key' } });
    expect(odp((await run.h.hook('lookup', 'U.S. Appl. No. 16/123,456')).sources)?.error).toMatchObject({ kind: 'auth', message: expect.stringContaining('USPTO ODP refused the API key') });

    sandbox = await run.sandbox(['uspto-odp']);
    const first = await run.h.hook('lookup', 'U.S. Appl. No. 16/123,456');
    expect(first.biblio?.title).toContain('LEARNING ASSISTANCE');
    sandbox.setFailure('uspto-odp', 'server-error', { times: 20 });
    const cached = await run.h.hook('lookup', 'U.S. Appl. No. 16/123,456');
    expect(cached.biblio?.title).toContain('LEARNING ASSISTANCE');
    // An uncached case meets the outage.
    expect(odp((await run.h.hook('lookup', 'US 10,765,880 B2')).sources)?.error?.kind).toBe('office-down');

    // Last: ODP's Retry-After holds every ODP call of this browser for its 60 s, as it should.
    sandbox = await run.sandbox(['uspto-odp']);
    sandbox.setFailure('uspto-odp', 'rate-limit', { times: 20 });
    expect(odp((await run.h.hook('lookup', 'U.S. Appl. No. 17/130,468')).sources)?.error).toMatchObject({ kind: 'rate-limit', retryAfterSeconds: 60 });
  });

});

describe('Lens.org for what the other offices do not answer', () => {
  const lens = (sources: { office: string; error?: { kind: string; message: string; retryAfterSeconds?: number; resetsAt?: string } }[]) => sources.find((s) => s.office === 'lens');

  it('EP 2471949 A1 with only a Lens token: biblio, family (grouped), status; the panel names Lens as the source', async () => {
    const sandbox = await run.sandbox(['lens']);
    const result = await run.h.hook('lookup', 'EP 2 471 949 A1');
    expect(result.biblio?.title).toMatch(/^Method for the identification/);
    expect(result.family?.map((f) => f.docdb)).toEqual(expect.arrayContaining(['EP.2471949.B1', 'US.2012172239.A1']));
    expect(result.status).toMatchObject({ label: 'Granted', office: 'lens' });
    expect(sandbox.requests.filter((r) => r.office === 'lens')).toHaveLength(1);
    const page = await panelLookup(run.h, 'EP 2 471 949 A1');
    await page.click('[data-tab="biblio"]');
    expect(await page.getAttribute('.biblio-tab .as-of', 'data-office')).toBe('lens');
    await page.close();
    // Within the TTL: nothing more goes out.
    await run.h.hook('lookup', 'EP 2 471 949 A1');
    expect(sandbox.requests.filter((r) => r.office === 'lens')).toHaveLength(1);
  });

  it('Lens errors in specific words: refused token, monthly allowance with its reset, per-minute wait', async () => {
    await run.sandbox(['lens'], { lens: { token: 'wrong' } });
    expect(lens((await run.h.hook('lookup', 'EP 2 471 949 A1')).sources)?.error).toMatchObject({ kind: 'auth', message: expect.stringContaining('Lens refused the access token') });
    let sandbox = await run.sandbox(['lens']);
    sandbox.setFailure('lens', 'quota', { times: 5 });
    expect(lens((await run.h.hook('lookup', 'EP 2 471 949 A1')).sources)?.error).toMatchObject({ kind: 'quota', resetsAt: '2019-10-12T00:27:49.018Z' });
    sandbox = await run.sandbox(['lens']);
    sandbox.setFailure('lens', 'rate-limit', { times: 5 });
    expect(lens((await run.h.hook('lookup', 'EP 2 471 949 B1')).sources)?.error).toMatchObject({ kind: 'rate-limit', retryAfterSeconds: 5 });
  });
});
