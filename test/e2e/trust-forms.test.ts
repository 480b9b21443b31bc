/**
 * Issue 9 §3–5 in the browser: every form a person pastes reads; what the card and the panel show
 * and copy reads back as the same document and type; viewer links come from the right type; the EP
 * grant date is the B1's; the options chips follow real outcomes.
 */
import { describe, expect, it } from 'vitest';
import { panelLookup, perFile } from './per-file';
import { centreOfText } from '../../scripts/text-position';
import { cardField, cardFrame } from './card-frame';

const run = perFile();


describe('every pasted form reads (C2 lookup of the text as pasted)', () => {
  it.each([
    ['EP.2400812.A1', 'publication', 'EP.2400812.A1'],
    ['ep2400812a1', 'publication', 'EP.2400812.A1'],
    ['特開2003-290630号公報', 'publication', 'JP.2003290630.A'],
    ['米国特許第５９９８６５０号明細書', 'grant', 'US.5998650'],
    ['欧州特許出願公開第2063489号明細書', 'publication', 'EP.2063489'],
    ['D1: EP 2 400 812 A1', 'publication', 'EP.2400812.A1'],
    ['引用文献1：特開2003-290630号公報', 'publication', 'JP.2003290630.A'],
    ['JP-A-7-234567', 'publication', 'JP.H07234567.A'],
    ['RE43,633', 'grant', 'US.RE43633'],
    ['D645,062', 'grant', 'US.D645062'],
    ['design patent D645,062', 'grant', 'US.D645062'],
    ['U.S. Patent Application Publication No. 2019/0012345', 'publication', 'US.2019012345'],
    ['特願平7-123456', 'application', 'JP.12345695.A'],
  ])('%s', async (text, type, docdb) => {
    const result = await run.h.hook('lookup', text);
    expect(result.reason).toBeUndefined();
    expect(result.ref).toMatchObject({ type, docdb });
  });
});

describe('shown, copied and pasted back: the same document and type', () => {
  it('the card shows and copies 特願2020-123456 as the application; pasted back it is the application', async () => {
    run.h.pages.put('/on-page/application.html', '<!doctype html><html><body style="font:16px sans-serif;margin:40px"><p>本願 特願2020-123456 の審査。</p></body></html>');
    const page = await run.h.context.newPage();
    const url = `${run.h.pages.origin}/on-page/application.html`;
    await page.goto(url);
    await run.h.hook('findings', url);
    const { x, y } = await centreOfText(page, '2020-123456');
    await page.mouse.move(x, y);
    const frame = await cardFrame(page);
    const shown = await cardField(frame, 'normalised');
    expect(shown).toBe('特願2020-123456');
    expect(await cardField(frame, 'office')).toMatch(/Application/);
    await page.close();

    const back = await run.h.hook('lookup', shown!);
    expect(back.ref).toMatchObject({ type: 'application', docdb: 'JP.2020123456.A' });
    expect(back.readings).toBeUndefined();
  });

  it('the DOCDB form offers both readings and says why; the application reading looks up the application', async () => {
    const page = await panelLookup(run.h, 'JP.2020123456.A');
    expect(await page.textContent('h2.lookup-ref')).toBe('特開2020-123456');
    expect(await page.getAttribute('.readings', 'data-ambiguity')).toBe('docdb-shape');
    expect(await page.textContent('.readings')).toMatch(/DOCDB writes/);
    await page.click('.readings [data-action="reading"]');
    await page.waitForFunction(() => document.querySelector('h2.lookup-ref')?.textContent === '特願2020-123456', undefined, { timeout: 15_000 });
    expect(await page.locator('.readings').count()).toBe(0);
    await page.close();
  });

  it('an era application shows its Western year and links Global Dossier in the JPO form', async () => {
    const page = await panelLookup(run.h, '特願平7-123456');
    expect(await page.textContent('h2.lookup-ref')).toBe('特願平7-123456 (1995)');
    expect(await page.textContent('[data-field="docdb"]')).toBe('JP.12345695.A');
    expect(await page.getAttribute('[data-viewer="global-dossier"]', 'href')).toBe('https://globaldossier.uspto.gov/#/result/patent/JP/1995123456/1');
    await page.close();
  });

  it('a PCT application links PATENTSCOPE', async () => {
    const page = await panelLookup(run.h, 'PCT/JP2020/012345');
    expect(await page.textContent('h2.lookup-ref')).toBe('PCT/JP2020/012345');
    expect(await page.getAttribute('[data-viewer="patentscope"]', 'href')).toContain('PCT%2FJP2020%2F012345');
    await page.close();
  });
});

describe('dates and chips from what really happened', () => {
  it('EP2400812: granted 2019-11-27 (the B1), the no-opposition date on its own line', async () => {
    await run.sandbox(['epo-ops']);
    const result = await run.h.hook('lookup', 'EP2400812A1');
    expect(result.biblio?.dates.grant).toBe('2019-11-27');
    const page = await panelLookup(run.h, 'EP2400812A1');
    await page.waitForSelector('.status-tab .status-label', { timeout: 15_000 });
    expect(await page.textContent('.status-tab .status-label')).toContain('2019-11-27');
    expect(await page.textContent('.status-tab .status-label')).not.toContain('2020-10-02');
    expect(await page.textContent('[data-field="office-since"]')).toContain('2020-10-02');
    await page.close();
  });

  it('options chips: No key, Failed with the reason after a failed test, Ready after a good one, Off', async () => {
    await run.sandbox(['epo-ops'], { 'epo-ops': { key: 'sandbox-ops-key', secret: 'wrong' } });
    const page = await run.h.openExtensionPage('options.html');
    const chip = (office: string) => page.locator(`.office[data-office="${office}"] [data-chip]`);
    await chip('epo-ops').waitFor();
    // Every office has its provider now, so none is "Not available yet": one without a key says so.
    expect(await chip('tipo').textContent()).toBe('No key');
    await page.click('.test-connection[data-office="epo-ops"] button');
    await page.waitForSelector('.office[data-office="epo-ops"] [data-chip="bad"]', { timeout: 15_000 });
    expect(await chip('epo-ops').textContent()).toMatch(/^Failed: /);

    await run.h.hook('configure', { offices: { 'epo-ops': { credentials: { key: 'sandbox-ops-key', secret: 'sandbox-ops-secret' } } } });
    await page.click('.test-connection[data-office="epo-ops"] button');
    await page.waitForSelector('.office[data-office="epo-ops"] [data-chip="ok"]', { timeout: 15_000 });
    expect(await chip('epo-ops').textContent()).toBe('Ready');

    await page.uncheck('.office[data-office="epo-ops"] input[name="enabled"]');
    await page.waitForFunction(() => document.querySelector('.office[data-office="epo-ops"] [data-chip]')?.textContent === 'Off', undefined, { timeout: 10_000 });
    await page.close();
  });
});
