/**
 * Which number is under the pointer, without any element of ours on the page: on pointermove
 * (at most once per animation frame) the caret position under the pointer is looked up and
 * matched against the hits on that text node, then confirmed against the text's client rects
 * (a caret position is also returned for points beside the text).
 *
 * Only a person's pointer counts (issue 16 §1): synthetic pointer events from page scripts are
 * ignored, and scrolling under a still pointer can move the hover off a number but never onto
 * one — a page scrolling numbers under an idle pointer is not a person pointing at them.
 *
 * Cheap first: only when the element under the pointer has a text child with a hit is the caret
 * looked up, so ordinary mouse moves cost a few lookups (and nothing is recorded per hit while
 * the page is scanned).
 */
import type { Hit, Span } from './scanner';
import { liveRange } from './text-block';

export interface HoverTrackerOptions<F extends Span> {
  hitsAt(node: Text): readonly Hit<F>[];
  shadowRoots(): ShadowRoot[];
  /** Called when the pointer moves onto a number (hit) or off every number (null). */
  onHover(hit: Hit<F> | null, point: { x: number; y: number }): void;
  signal: AbortSignal;
}

interface CaretPoint {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): CaretPoint | null {
  const d = doc as Document & {
    caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y, shadowRoots.length ? { shadowRoots } : undefined);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function containsPoint(range: AbstractRange, x: number, y: number): boolean {
  for (const rect of liveRange(range).getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** The hit at a viewport point, or null. */
export function hitAtPoint<F extends Span>(doc: Document, x: number, y: number, opts: Pick<HoverTrackerOptions<F>, 'hitsAt' | 'shadowRoots'>): Hit<F> | null {
  const caret = caretAt(doc, x, y, opts.shadowRoots());
  if (!caret || caret.node.nodeType !== 3) return null;
  for (const hit of opts.hitsAt(caret.node as Text)) {
    const piece = hit.pieces.find((p) => p.node === caret.node);
    if (piece && caret.offset >= piece.from && caret.offset <= piece.to && containsPoint(hit.range, x, y)) return hit;
  }
  return null;
}

/** Children looked at before giving up and asking the caret position anyway (huge paragraphs). */
const MAX_CHILDREN = 64;

export class HoverTracker<F extends Span> {
  private frame = 0;
  private last: { x: number; y: number; target: EventTarget | null; moved: boolean } | null = null;
  private current: Hit<F> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly options: HoverTrackerOptions<F>,
  ) {
    const win = doc.defaultView!;
    win.addEventListener('pointermove', (e) => this.onMove(e), { capture: true, passive: true, signal: options.signal });
    // Scrolling moves text under a still pointer.
    win.addEventListener('scroll', () => {
      if (!this.last) return;
      this.last.moved = false;
      this.request();
    }, { capture: true, passive: true, signal: options.signal });
    options.signal.addEventListener('abort', () => cancelAnimationFrame(this.frame));
  }

  /** Is a number possibly under the pointer? True when a text child of the element has a hit. */
  private mayHoldHit(el: Element): boolean {
    let n = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (++n > MAX_CHILDREN) return true;
      if (c.nodeType === 3 && this.options.hitsAt(c as Text).length > 0) return true;
    }
    return false;
  }

  private onMove(e: PointerEvent): void {
    if (!e.isTrusted || e.pointerType === 'touch') return;
    this.last = { x: e.clientX, y: e.clientY, target: e.composedPath()[0] ?? e.target, moved: true };
    this.request();
  }

  private request(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.resolve();
    });
  }

  private resolve(): void {
    const last = this.last;
    if (!last) return;
    const target = last.target as Element | null;
    let hit = target && target.nodeType === 1 && this.mayHoldHit(target) ? hitAtPoint(this.doc, last.x, last.y, this.options) : null;
    if (hit !== null && hit !== this.current && !last.moved) hit = null;
    if (hit === this.current) return;
    this.current = hit;
    this.options.onHover(hit, { x: last.x, y: last.y });
  }
}
