/**
 * Contract C4, page scan: the main-thread cost of PatentPeek's scan of the saved Google Patents
 * detail page in Chromium, against a naive scanner (TreeWalker + one regex + a <span> around every
 * hit) injected into the same page, in the same browser run.
 *
 * The naive scanner runs where a naive extension's content script would: in an isolated world of
 * the page (created through CDP). Its cost in the page's own world is reported beside it, since
 * DOM access from an isolated world costs about twice as much (a second JS wrapper per node).
 *
 * Cost = the main-thread task time (CDP Performance.getMetrics `TaskDuration`: script, style,
 * layout and paint together) that the scan adds to the loaded page: PatentPeek is switched on for
 * the page's host with the popup's live switch and the time is counted until the scan settled and
 * the marks were painted; the naive scanner is injected into the same page (served from a host
 * where PatentPeek is off) and counted until its spans were painted. Both minus an idle stretch
 * of the same page. A task-time difference between whole page loads was tried first: the page's
 * own layout varies by ±100 ms between loads on a shared 2-core machine, more than the scan costs.
 * Medians over RUNS runs.
 * Also reported: long tasks (> 50 ms) overlapping the extension's slices, and time from
 * DOMContentLoaded to "scan settled".
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { CDPSession, Page } from 'playwright-core';
import { launchExtension } from '../scripts/launch-extension';
import type { BenchResult } from './result';
import { startStaticServer } from '../test/support/static-server';

const RUNS = 7;
const PAGE = '/pages/google-patents/US20230418876A1-detail-bs4-prettified.html';
const root = path.resolve(import.meta.dirname, '..');


/** The naive baseline, run in the page: one TreeWalker pass, one regex, wrap every hit. */
function naiveScan(): { hits: number; ms: number } {
  const t0 = performance.now();
  const re = /\b(?:US|EP|WO|JP|CN|KR|DE|GB|FR|CA|AU|TW|IN)\s?[\d][\d,/\-]{4,}[A-Z]?\d?\b/g;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let hits = 0;
  for (const node of nodes) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script,style,noscript,textarea')) continue;
    const text = node.data;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let last = 0;
    const frag = document.createDocumentFragment();
    while ((m = re.exec(text))) {
      frag.append(text.slice(last, m.index));
      const span = document.createElement('span');
      span.className = 'naive-patent';
      span.style.textDecoration = 'underline dotted';
      span.textContent = m[0];
      frag.append(span);
      last = m.index + m[0].length;
      hits++;
    }
    if (last > 0) {
      frag.append(text.slice(last));
      node.replaceWith(frag);
    }
  }
  return { hits, ms: performance.now() - t0 };
}

/** The floor: one TreeWalker pass that reads every text node of the page and does nothing else. */
function bareWalk(): { nodes: number; ms: number } {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes++;
    chars += (n as Text).data.length;
  }
  return { nodes: chars >= 0 ? nodes : 0, ms: performance.now() - t0 };
}

/**
 * What the extension itself ran on the page's main thread, from a CDP trace: the outermost trace
 * events that run a chrome-extension:// script (function calls, timers, idle callbacks, event
 * handlers, script evaluation), summed — nested events counted once (issue 13).
 */
async function traceOwnWork(cdp: CDPSession, during: () => Promise<void>): Promise<number> {
  type TraceEvent = { ph: string; name: string; ts: number; dur?: number; tid: number; args?: unknown };
  const events: TraceEvent[] = [];
  const onData = (e: { value: Record<string, unknown>[] }): void => {
    events.push(...(e.value as unknown as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await during();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  const ours = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && JSON.stringify(e.args ?? {}).includes('chrome-extension://'))
    .sort((a, b) => a.tid - b.tid || a.ts - b.ts);
  let total = 0;
  let openUntil = -1;
  let tid = -1;
  for (const e of ours) {
    if (e.tid !== tid) { tid = e.tid; openUntil = -1; }
    if (e.ts < openUntil) continue;              // inside an event already counted
    total += e.dur!;
    openUntil = e.ts + e.dur!;
  }
  return total / 1000;
}

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

async function frames(page: Page, ms: number): Promise<void> {
  await page.evaluate((wait) => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, wait)))), ms);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Long tasks, recorded from the start of the page's life (main world). */
const LONGTASK_RECORDER = `(() => { const list = []; globalThis.__longtasks = list;
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) list.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {} })();`;

interface ScanStats {
  busyMs: number;
  settledAt: number;
  slices: [number, number][];
  dcl: number;
  hits: number;
}

async function scanStats(page: Page): Promise<ScanStats> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: number[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (!(e.context.auxData as { isDefault?: boolean } | undefined)?.isDefault && e.context.name.includes('PatentPeek')) contexts.push(e.context.id);
  });
  await cdp.send('Runtime.enable');
  // One evaluation that waits inside the content script's world (a cheap timer every 100 ms), so
  // the measurement adds almost no tasks of its own to the page it measures.
  const expression = `new Promise((resolve, reject) => { const t0 = Date.now(); const check = () => {
    const s = globalThis.__patentpeekScan;
    if (s && s.settled) resolve({ busyMs: s.busyMs, settledAt: s.settledAt, slices: s.sliceLog, hits: s.hits().length,
      dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd });
    else if (Date.now() - t0 > 20000) reject(new Error('scan did not settle within 20 s'));
    else setTimeout(check, 100); }; check(); })`;
  const deadline = Date.now() + 5_000;
  while (contexts.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const id = contexts[contexts.length - 1];
  if (id !== undefined) {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: id, returnByValue: true, awaitPromise: true });
    await cdp.detach();
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as ScanStats;
  }
  throw new Error('no PatentPeek content script in the page');
}

/**
 * Flip the popup's site switch through its own message, from one extension page opened once at the
 * start: opening a tab per switch would hide and re-show the measured page, and that repaint would
 * be counted as scan cost.
 */
async function siteSwitcher(ext: Awaited<ReturnType<typeof launchExtension>>): Promise<(host: string, siteEnabled: boolean) => Promise<void>> {
  const ui = await ext.context.newPage();
  await ui.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  return async (host, siteEnabled) => {
    await ui.evaluate((req) => chrome.runtime.sendMessage({ name: 'site/set', request: req }), { host, siteEnabled });
  };
}

async function openPage(ext: Awaited<ReturnType<typeof launchExtension>>, url: string, initScript?: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await ext.context.newPage();
  if (initScript) await page.addInitScript(initScript);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  return { page, cdp };
}

/** Main-thread cost of the naive scanner on a fresh load of `url`, run in the given JS world. */
async function naiveCost(
  ext: Awaited<ReturnType<typeof launchExtension>>,
  url: string,
  world: 'isolated' | 'main',
): Promise<{ taskMs: number; jsMs: number; hits: number }> {
  const control = await openPage(ext, url);
  try {
    await frames(control.page, 300);
    const c0 = await taskMs(control.cdp);
    await frames(control.page, 300);
    const idle = (await taskMs(control.cdp)) - c0;
    let contextId: number | undefined;
    if (world === 'isolated') {
      const { frameTree } = await control.cdp.send('Page.getFrameTree');
      ({ executionContextId: contextId } = await control.cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'naive-content-script' }));
    }
    const n0 = await taskMs(control.cdp);
    const { result, exceptionDetails } = await control.cdp.send('Runtime.evaluate', {
      expression: `(${naiveScan.toString()})()`,
      ...(contextId !== undefined && { contextId }),
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    await frames(control.page, 300);
    const value = result.value as { hits: number; ms: number };
    return { taskMs: (await taskMs(control.cdp)) - n0 - idle, jsMs: value.ms, hits: value.hits };
  } finally {
    await control.page.close();
  }
}

/** The bare walk's JS time on a fresh load, in an isolated world like a content script's. */
async function bareWalkMs(ext: Awaited<ReturnType<typeof launchExtension>>, url: string): Promise<number> {
  const control = await openPage(ext, url);
  try {
    await frames(control.page, 300);
    const { frameTree } = await control.cdp.send('Page.getFrameTree');
    const { executionContextId } = await control.cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bare-walk' });
    const { result } = await control.cdp.send('Runtime.evaluate', { expression: `(${bareWalk.toString()})()`, contextId: executionContextId, returnByValue: true });
    return (result.value as { ms: number }).ms;
  } finally {
    await control.page.close();
  }
}

export async function benchPageScan(): Promise<BenchResult> {
  const extensionDir = path.join(root, '.output/chrome-mv3-e2e');
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, stdio: 'inherit' });
  const ext = await launchExtension({ extensionDir });
  const server = await startStaticServer({ '/pages/': path.resolve(root, '../shared/pages') });
  const port = new URL(server.origin).port;
  const ON = `http://localhost:${port}${PAGE}`;
  const OFF = `http://127.0.0.1:${port}${PAGE}`;
  try {
    // 127.0.0.1 stays switched off (naive baseline pages); localhost is switched per phase.
    const setSite = await siteSwitcher(ext);
    await setSite('127.0.0.1', false);
    const ours: number[] = [];
    const naive: number[] = [];
    const naiveMain: number[] = [];
    const naiveMainJs: number[] = [];
    const busy: number[] = [];
    const settle: number[] = [];
    const naiveJs: number[] = [];
    const own: number[] = [];
    const walks: number[] = [];
    let longTasks = 0;
    let longAfterDcl = 0;
    let longAfterDclControl = 0;
    let maxSlice = 0;
    let hits = 0;
    let naiveHits = 0;
    let marks = 0;
    for (let run = 0; run < RUNS; run++) {
      // 1. A normal page load with PatentPeek on: settle time, slices, long tasks.
      await setSite('localhost', true);
      const load = await openPage(ext, ON, LONGTASK_RECORDER);
      const stats = await scanStats(load.page);
      const tasks = await load.page.evaluate(() => (globalThis as unknown as { __longtasks: [number, number][] }).__longtasks);
      longTasks += tasks.filter(([s, d]) => stats.slices.some(([a, b]) => a < s + d && b > s)).length;
      // Any long task from DOMContentLoaded until the scan settled (the page itself runs no script then).
      longAfterDcl += tasks.filter(([s]) => s >= stats.dcl && s <= stats.settledAt + 300).length;
      maxSlice = Math.max(maxSlice, ...stats.slices.map(([a, b]) => b - a));
      settle.push(stats.settledAt - stats.dcl);
      await load.page.close();

      // 2. Scan cost: the same page loaded with PatentPeek off, then switched on (the popup's
      //    live switch): all main-thread task time until the scan settled and marks were painted.
      await setSite('localhost', false);
      const scan = await openPage(ext, ON, LONGTASK_RECORDER);
      await frames(scan.page, 300);
      const controlTasks = await scan.page.evaluate(() => {
        const dcl = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return (globalThis as unknown as { __longtasks: [number, number][] }).__longtasks.filter(([s]) => s >= dcl.domContentLoadedEventEnd).length;
      });
      longAfterDclControl += controlTasks;
      const idle0 = await taskMs(scan.cdp);
      await frames(scan.page, 300);
      const idle = (await taskMs(scan.cdp)) - idle0;
      const s0 = await taskMs(scan.cdp);
      let scanned!: ScanStats;
      own.push(await traceOwnWork(scan.cdp, async () => {
        await setSite('localhost', true);
        scanned = await scanStats(scan.page);
        await frames(scan.page, 300);
      }));
      ours.push((await taskMs(scan.cdp)) - s0 - idle);
      // After the measurement: how many marks are registered (viewport-gate.ts keeps those near the viewport).
      marks = await scan.page.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('patentpeek')?.size ?? 0);
      busy.push(scanned.busyMs);
      hits = scanned.hits;
      await scan.page.close();

      // 3. Naive baseline injected into the same page (PatentPeek off for that host), once where a
      //    naive extension's content script would run it (an isolated world), once in the page's
      //    own world. DOM wrappers cost about twice as much in an isolated world, so both are shown.
      walks.push(await bareWalkMs(ext, OFF));
      for (const world of ['isolated', 'main'] as const) {
        const cost = await naiveCost(ext, OFF, world);
        (world === 'isolated' ? naive : naiveMain).push(cost.taskMs);
        if (world === 'isolated') naiveJs.push(cost.jsMs);
        else naiveMainJs.push(cost.jsMs);
        naiveHits = cost.hits;
      }
    }
    const o = median(ours);
    const b = median(naive);
    return {
      name: 'page scan (Google Patents detail page, Chromium main thread)',
      unit: 'ms',
      ours: o,
      baseline: b,
      ratio: o / b,
      notes:
        `medians of ${RUNS}; ours: scan JS ${median(busy).toFixed(1)} ms in slices (max slice ${maxSlice.toFixed(1)} ms), ` +
        `${hits} hits (${marks} marks registered near the viewport), settled ${median(settle).toFixed(0)} ms after DOMContentLoaded on a normal load (max ${Math.max(...settle).toFixed(0)}), ` +
        `long tasks overlapping our slices: ${longTasks}, long tasks after DOMContentLoaded with PatentPeek on: ${longAfterDcl} (off: ${longAfterDclControl}); ` +
        `naive content script (isolated world, the baseline): JS ${median(naiveJs).toFixed(1)} ms, ${naiveHits} spans; ` +
        `naive run in the page's own world: ${median(naiveMain).toFixed(1)} ms (JS ${median(naiveMainJs).toFixed(1)} ms), ours/that = ${(o / median(naiveMain)).toFixed(2)}; ` +
        `traced own work (outermost chrome-extension:// trace events on the main thread): ${median(own).toFixed(1)} ms = ${(median(own) / median(walks)).toFixed(2)} × a bare TreeWalker text walk (${median(walks).toFixed(1)} ms), ${(median(own) / median(naiveJs)).toFixed(2)} × the naive scanner's JS; ` +
        `runs ours=[${ours.map((x) => x.toFixed(0))}] naive=[${naive.map((x) => x.toFixed(0))}] naive-main=[${naiveMain.map((x) => x.toFixed(0))}]`,
    };
  } finally {
    await server.close();
    await ext.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  console.log(JSON.stringify(await benchPageScan(), null, 2));
}
