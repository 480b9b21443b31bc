/**
 * Keeps only the marks near the viewport registered with the CSS highlight (issue 5: the page must
 * stay as fast as before). Chromium re-validates every range of a Highlight at the next frame after
 * any change and keeps a document marker per range, so registering all 1,336 marks of the Google
 * Patents detail page cost 15–30 ms of main-thread time, and more the longer the page
 * (bench/page-scan.ts). Here each range's element is watched with one IntersectionObserver (its
 * geometry work runs inside the browser's frame, not in our script) and a range is registered only
 * while its element is within a screen of the viewport; scrolling registers the next ones.
 *
 * Hover hit-testing and keyboard navigation never read the highlight (they use the scanner's hits),
 * so every number keeps working whether or not it is registered right now.
 *
 * Known limit: text whose block element has no box of its own (`display: contents`) never
 * intersects, so it is not painted (it can still be hovered).
 */
import { blockContainerOf } from './dom-rules';

export interface RangeSink {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
}

/** One screen above and below: scrolling by a page never shows an unmarked number. */
const MARGIN = '100% 0px 100% 0px';

/**
 * The element whose box stands for the range: the block (or table cell) holding its first text
 * node. A block box is cheaper for the observer to measure than an inline one (no line fragments
 * to unite), and the marks of one block share one observation.
 */
function elementOf(range: AbstractRange): Element | null {
  const node = range.startContainer;
  const block = blockContainerOf(node);
  if (block && block.nodeType === 1) return block as Element;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

export class ViewportGate {
  private readonly byElement = new Map<Element, Set<AbstractRange>>();
  private readonly elementByRange = new Map<AbstractRange, Element | null>();
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver;

  constructor(
    win: Window & typeof globalThis,
    private readonly sink: RangeSink,
  ) {
    this.observer = new win.IntersectionObserver((entries) => this.onEntries(entries), { rootMargin: MARGIN });
  }

  /** Ranges registered with the sink right now (tests, bench). */
  get registered(): number {
    let n = 0;
    for (const el of this.near) n += this.byElement.get(el)?.size ?? 0;
    return n;
  }

  add(range: AbstractRange): void {
    if (this.elementByRange.has(range)) return;
    const el = elementOf(range);
    this.elementByRange.set(range, el);
    if (!el) {
      // Nothing to watch (should not happen for text ranges): paint it always.
      this.sink.add(range);
      return;
    }
    let set = this.byElement.get(el);
    if (!set) {
      set = new Set();
      this.byElement.set(el, set);
      this.observer.observe(el);
    }
    set.add(range);
    if (this.near.has(el)) this.sink.add(range);
  }

  delete(range: AbstractRange): void {
    if (!this.elementByRange.has(range)) return;
    const el = this.elementByRange.get(range) ?? null;
    this.elementByRange.delete(range);
    this.sink.delete(range);
    if (!el) return;
    const set = this.byElement.get(el);
    if (!set) return;
    set.delete(range);
    if (set.size === 0) {
      this.byElement.delete(el);
      this.near.delete(el);
      this.observer.unobserve(el);
    }
  }

  disconnect(): void {
    this.observer.disconnect();
    this.byElement.clear();
    this.elementByRange.clear();
    this.near.clear();
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const el = entry.target;
      const set = this.byElement.get(el);
      if (!set) continue;
      if (entry.isIntersecting) {
        if (this.near.has(el)) continue;
        this.near.add(el);
        for (const r of set) this.sink.add(r);
      } else if (this.near.delete(el)) {
        for (const r of set) this.sink.delete(r);
      }
    }
  }
}
