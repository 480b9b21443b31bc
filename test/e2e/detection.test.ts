import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { GIANT_PAGE } from './hostile/giant-page';
import { compactOf, GOOGLE_PATENTS_PAGE, IsolatedWorld, sameDocument, type Ref } from './on-page-helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function findingsOn(path: string): Promise<{ url: string; findings: Ref[] }> {
  const page = await h.context.newPage();
  const url = `${h.pages.origin}${path}`;
  await page.goto(url);
  const findings = await h.hook('findings', url);
  return { url, findings };
}

describe('detection on saved real pages', () => {
  it('Google Patents detail page: ≥ 99% of the microdata publication numbers, and extras listed', async () => {
    const page = await h.context.newPage();
    const url = `${h.pages.origin}${GOOGLE_PATENTS_PAGE}`;
    await page.goto(url);
    const findings = await h.hook('findings', url);
    const micro = [...new Set(await page.$$eval('[itemprop="publicationNumber"]', (els) => els.map((e) => (e.textContent ?? '').trim())))];
    const missed = micro.filter((m) => !findings.some((f) => sameDocument(f, m)));
    const extras = findings.filter((f) => !micro.some((m) => sameDocument(f, m)));
    console.log(`[detection] microdata ${micro.length}, findings ${findings.length}, missed ${missed.length}: ${missed.join(' ')}`);
    console.log(`[detection] extras ${extras.length}: ${extras.map((f) => `${f.raw.replace(/\s+/g, ' ')}=${compactOf(f)}`).join(' | ')}`);
    expect(micro.length).toBeGreaterThan(1000);
    expect(1 - missed.length / micro.length).toBeGreaterThanOrEqual(0.99);
    // The page's text also names the US applications of this family (continuations, a provisional);
    // they are the only findings outside the microdata (checked by hand; listed in the issue note).
    expect(extras.length).toBeLessThanOrEqual(12);
    expect(extras.every((f) => f.country === 'US' && f.type === 'application')).toBe(true);
  });
});

describe('marks near the viewport only (issue 5: paint cost independent of page length)', () => {
  it('registers the marks around the viewport, and those further down once scrolled to', async () => {
    const page = await h.context.newPage();
    const url = `${h.pages.origin}${GOOGLE_PATENTS_PAGE}`;
    await page.goto(url);
    const findings = await h.hook('findings', url);
    expect(findings.length).toBeGreaterThan(1000);
    const size = () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('patentpeek')?.size ?? 0);
    await expect.poll(size).toBeGreaterThan(0);
    expect(await size()).toBeLessThan(findings.length / 4);
    // The last cited publication, far below the first screen: not marked until scrolled to.
    const markedInLast = () =>
      page.evaluate(() => {
        const all = document.querySelectorAll('[itemprop="publicationNumber"]');
        const last = all[all.length - 1]!;
        const ranges = [...((CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('patentpeek') ?? [])];
        return ranges.some((r) => last.contains(r.startContainer));
      });
    expect(await markedInLast()).toBe(false);
    await page.evaluate(() => {
      const all = document.querySelectorAll('[itemprop="publicationNumber"]');
      all[all.length - 1]!.scrollIntoView({ block: 'center' });
    });
    await expect.poll(markedInLast).toBe(true);
    await page.close();
  });
});

describe('a page built to stall a scanner (issue 16 §5)', () => {
  it('200,000 inline nodes in one paragraph and a 10,000-deep subtree: the scan runs in short slices, none a stall', async () => {
    h.pages.put('/stall/giant.html', GIANT_PAGE);
    const page = await h.context.newPage();
    const world = await IsolatedWorld.attach(page);
    const url = `${h.pages.origin}/stall/giant.html`;
    await page.goto(url);
    expect((await h.hook('findings', url)).map((f) => f.docdb)).toEqual(['US.10123456.B2']);
    const slices = await world.eval<[number, number][]>('globalThis.__patentpeekScan.sliceLog');
    const lengths = slices!.map(([from, to]) => to - from).sort((a, b) => b - a);
    const [longest = 0, next = 0] = lengths;
    console.log(`[detection] 200,000-node page: ${slices!.length} slices, longest ${longest.toFixed(1)} ms, next ${next.toFixed(1)} ms`);
    // Slices are 12 ms by design. One may be stretched by a garbage collection the scanner does not
    // control (51 ms seen once on a loaded 2-core CI machine); a scanner that stalls shows many long
    // slices, or one far past a collection's length.
    expect(next).toBeLessThan(50);
    expect(longest).toBeLessThan(150);
    await page.close();
  });
});

const compacts = (findings: Ref[]) => findings.map(compactOf);

describe('detection on other saved real pages', () => {
  it('JPO office action in Shift_JIS, served without a charset: full-width and era numbers', async () => {
    const page = await h.context.newPage();
    const url = `${h.pages.origin}/pages/jp/jpo-office-actions/test_oa1.shift_jis.html`;
    await page.goto(url);
    // Chromium guesses the encoding from the bytes (no header, no <meta charset>).
    expect(await page.evaluate(() => document.characterSet)).toBe('Shift_JIS');
    const found = compacts(await h.hook('findings', url));
    // 特願２０１０－２８８６４９, 特開平１０－１０１８００号公報, 特開平１１－１４７９４９号公報, 特表２００３－５２２２６５号公報,
    // 特開平０１－２７８５３２号公報, 米国特許第５９９８６５０号明細書 (text of the page)
    expect(found).toEqual(expect.arrayContaining(['JP2010288649A', 'JPH10101800A', 'JPH11147949A', 'JP2003522265A', 'JPH01278532A', 'US5998650']));
  });

  it('EPO Register family page: INPADOC family numbers of many offices', async () => {
    const { findings } = await findingsOn('/pages/epo/ep-register/cases/EP24163939/family.html');
    const found = compacts(findings);
    expect(found).toEqual(expect.arrayContaining(['EP4397970', 'WO2017174990', 'AU2017246690', 'CA3020203', 'JP7555987B', 'KR102472805B', 'US11939359']));
    expect(new Set(findings.map((f) => f.country)).size).toBeGreaterThanOrEqual(7);
  });

  it('PatFT full-text page: the prefixed publication, WO and PCT numbers', async () => {
    const { findings } = await findingsOn('/pages/uspto/patft-patent_client/pat_10000000.html');
    // Known limit: the bare numbers of the "U.S. Patent Documents" table (5093563 …) stand in cells
    // with no patent word within the finder's context window, so they are not found.
    expect(compacts(findings)).toEqual(expect.arrayContaining(['US2016266243A1', 'WO2005080928']));
    expect(findings.some((f) => f.raw.includes('PCT/US2016/019088'))).toBe(true);
  });

  it('USPTO tables: a PatFT hit list ("PAT. NO." column) and a reference table ("U.S. Patent Documents")', async () => {
    // Issue 13: each cell is read on its own; the column heading or the heading before the table names it.
    const hits = compacts((await findingsOn('/pages/uspto/patft-patent_client/pat_search.html')).findings);
    expect(hits).toEqual(expect.arrayContaining(['US9034805', 'US9034804', 'US9033045', 'US9027641']));
    expect(hits.filter((x) => /^US[0-9]{7}$/.test(x ?? '')).length).toBeGreaterThanOrEqual(45);
    const refs = compacts((await findingsOn('/pages/uspto/patft-patent_client/pat_10000000.html')).findings);
    expect(refs).toEqual(expect.arrayContaining(['US5093563', 'US5751830']));
  });

  it('Chrome view-source page of Google Patents: numbers split across <span>s in a line table', async () => {
    const { findings } = await findingsOn('/pages/google-patents/CN221936334U-chrome-view-source-saved.html');
    expect(compacts(findings)).toEqual(expect.arrayContaining(['CN221936334U', 'CN102149515B', 'US6781833B2', 'JP7131619B2', 'WO2024067794A1', 'TWI453090B']));
  });
});

describe('pages that change after load', () => {
  it('finds numbers a script adds later, and reports them', async () => {
    h.pages.put(
      '/on-page/dynamic.html',
      `<!doctype html><html><body><ul id="list"><li>First: US 9,876,543 B2</li></ul>
       <script>
         let n = 0;
         const timer = setInterval(() => {
           const li = document.createElement('li');
           li.innerHTML = 'Added <b>EP 1 234 ' + (567 + n) + ' A1</b>';
           document.getElementById('list').append(li);
           if (++n === 3) clearInterval(timer);
         }, 150);
         setTimeout(() => { document.getElementById('late').textContent = 'WO 2021/123456'; }, 700);
       </script><p id="late"></p></body></html>`,
    );
    const page = await h.context.newPage();
    const url = `${h.pages.origin}/on-page/dynamic.html`;
    await page.goto(url);
    await page.waitForTimeout(1_200);
    const found = compacts(await h.hook('findings', url));
    expect(found).toEqual(expect.arrayContaining(['US9876543B2', 'EP1234567A1', 'EP1234568A1', 'EP1234569A1', 'WO2021123456']));
    // The badge shows the distinct document count of the tab.
    const worker = await h.serviceWorker();
    const badge = await worker.evaluate(async (u) => {
      const [tab] = await chrome.tabs.query({ url: u });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    }, url);
    expect(badge).toBe('5');
  });
});

describe('marking cannot break a page', () => {
  it('leaves the DOM, page scripts, selection and copied text exactly as they were', async () => {
    h.pages.put(
      '/on-page/integrity.html',
      `<!doctype html><html><body>
       <p id="p">Compare US 10,123,456 B2 with <a id="link" href="#clicked">EP 3 456 789 A1</a> and 特開2021-012345.</p>
       <script>
         window.__mutations = 0;
         new MutationObserver((list) => { window.__mutations += list.length; }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
         window.__html = document.body.innerHTML;
         window.__clicks = 0;
         document.getElementById('link').addEventListener('click', (e) => { e.preventDefault(); window.__clicks++; });
         document.addEventListener('copy', () => { window.__copied = document.getSelection().toString(); });
       </script></body></html>`,
    );
    const page = await h.context.newPage();
    const url = `${h.pages.origin}/on-page/integrity.html`;
    await page.goto(url);
    const found = (await h.hook('findings', url)).map((f) => f.epodoc);
    expect(found).toEqual(expect.arrayContaining(['US10123456', 'EP3456789']));
    // The numbers are marked (CSS highlights), yet the page's DOM never changed.
    // Marks near the viewport are registered from an IntersectionObserver callback (one frame later).
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('patentpeek')?.size ?? 0)).toBe(3);
    expect(await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations)).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML === (window as unknown as { __html: string }).__html)).toBe(true);

    // Page handlers still run on a marked link.
    await page.click('#link');
    expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(1);

    // Selecting with the mouse across a marked number and copying gives exactly the page's text.
    const box = await page.evaluate(() => {
      const t = document.getElementById('p')!.firstChild as Text;
      const r = document.createRange();
      r.setStart(t, t.data.indexOf('US'));
      r.setEnd(t, t.data.indexOf(' with'));
      const b = r.getBoundingClientRect();
      return { x0: b.left + 1, x1: b.right - 1, y: b.top + b.height / 2 };
    });
    await page.mouse.move(box.x0, box.y);
    await page.mouse.down();
    await page.mouse.move(box.x1, box.y, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.press('Control+C');
    expect(await page.evaluate(() => (window as unknown as { __copied?: string }).__copied)).toBe('US 10,123,456 B2');
    expect(await page.evaluate(() => document.getSelection()!.toString())).toBe('US 10,123,456 B2');
    await page.close();
  });
});
