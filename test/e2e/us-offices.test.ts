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
