/**
 * Everything PatentPeek does inside a web page, wired together (the content entrypoint only
 * decides whether to call this):
 *
 *   Scanner ◀──scan/find──▶ background (lib/numbers, warm in the service worker)
 *      │
 *   Scanner ──hits──▶ MarkBatcher ──▶ Highlighter (CSS highlights, no DOM edits)
 *      │       ├────▶ HoverTracker (pointer → hit) ──▶ HoverTiming ──▶ HoverHost ──card/open──▶ background
 *      │       └────▶ KeyboardNav (Alt+Shift+N / P) ───────────────────┘        └──▶ card frame (extension page)
 *      └─settled/changed──▶ FindingsReporter ──findings/report──▶ background (badge, side panel)
 */
import type { FindingsReport } from '../../lib/model/findings';
import { Highlighter } from '../../lib/scan/highlighter';
import { MarkBatcher } from '../../lib/scan/mark-batcher';
import { HoverTracker } from '../../lib/scan/hover-tracker';
import { KeyboardNav } from '../../lib/scan/keyboard-nav';
import { FindingsReporter } from '../../lib/scan/findings-reporter';
import { Scanner, type Hit } from '../../lib/scan/scanner';
import { liveRange } from '../../lib/scan/text-block';
import { send } from '../../lib/messaging/client';
import type { FoundNumber } from '../../lib/numbers/types';
import { readingOf } from './card-api';
import { cardFrameUrl, HoverHost } from './hover-host';
import { HoverTiming } from './hover-timing';

/** One number found in a block of page text (the engine's FoundNumber). */
export type FoundOnPage = FoundNumber;

export interface PageOptions {
  /** Finds the numbers in a batch of block texts (the background's lib/numbers). */
  findBatch(texts: string[]): Promise<FoundOnPage[][]>;
  report(report: FindingsReport): Promise<unknown>;
  hoverDelayMs: number;
  signal: AbortSignal;
}

export interface PageSession {
  scanner: Scanner<FoundOnPage>;
}

export function startOnPage(options: PageOptions): PageSession {
  const { signal } = options;
  // Firefox paints the marks with the manifest's CSS: its content scripts cannot adopt a constructed sheet.
  const highlighter = new Highlighter(window, { manifestStyles: import.meta.env.FIREFOX === true });
  const shadowRoots: ShadowRoot[] = [];
  let keyboardOpened = false;

  const host = new HoverHost(
    {
      onClose: () => {
        timing.closed();
        highlighter.setActive(null);
      },
      onPointerInside: (inside) => timing.cardPointer(inside),
      onStep: (direction) => nav.step(direction),
    },
    {
      openSession: async (request) => (await send('card/open', { reading: request.found, focus: request.focus })).session,
      frameUrl: cardFrameUrl,
    },
  );

  const openCard = (hit: Hit<FoundOnPage>) => {
    const rect = liveRange(hit.range).getBoundingClientRect();
    highlighter.setActive(hit.range);
    nav.setCurrent(hit);
    host.open({ found: readingOf(hit.found), anchor: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }, focus: keyboardOpened });
    keyboardOpened = false;
  };

  const timing = new HoverTiming<Hit<FoundOnPage>>({
    dwellMs: options.hoverDelayMs,
    open: openCard,
    close: () => {
      host.close();
      highlighter.setActive(null);
    },
    isPinned: () => host.isPinned(),
  });

  const scanner: Scanner<FoundOnPage> = new Scanner<FoundOnPage>({
    findBatch: options.findBatch,
    isOwn: (el) => host.isOwn(el),
    onShadowRoot: (root) => {
      shadowRoots.push(root);
      highlighter.adopt(root);
    },
    onChange: (added, removed) => {
      marks.change(added, removed);
      reporter.changed(false);
    },
    onSettled: () => {
      marks.flush();
      reporter.changed(true);
    },
  });

  const marks = new MarkBatcher(highlighter);

  const reporter = new FindingsReporter(
    () => ({ refs: scanner.hits().map((h) => h.found), settled: scanner.settled }),
    options.report,
    () => location.href,
  );

  // Listens until `signal` aborts; nothing else needs a handle on it.
  new HoverTracker<FoundOnPage>(document, {
    hitsAt: (node) => scanner.hitsAt(node),
    shadowRoots: () => shadowRoots,
    onHover: (hit) => timing.pointer(hit),
    signal,
  });

  const nav = new KeyboardNav<FoundOnPage>(window, {
    hits: () => scanner.hits(),
    onEscape: () => {
      if (!host.isOpen()) return false;
      host.close();
      timing.closed();
      highlighter.setActive(null);
      return true;
    },
    onMove: (hit) => {
      const el = hit.range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      keyboardOpened = true;
      timing.show(hit);
    },
    signal,
  });

  signal.addEventListener('abort', () => {
    scanner.stop();
    highlighter.destroy();
    host.destroy();
  });
  scanner.start(document);
  // e2e build only: the bench and real-browser tests read the scan's timing from this world.
  if (import.meta.env.MODE === 'e2e') {
    const g = globalThis as Record<string, unknown>;
    g.__patentpeekScan = scanner;
    g.__patentpeekCard = { isOpen: () => host.isOpen(), isPinned: () => host.isPinned() };
  }
  return { scanner };
}
