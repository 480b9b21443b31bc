/**
 * Marks numbers with the CSS Custom Highlight API: the page's DOM is never touched, so page
 * scripts, selection and copied text stay exactly as they were (issue 5 §2). Where the API is
 * missing nothing is marked; hover and the findings list still work.
 *
 * The ::highlight rules must be in the style scope of the text they paint, so the sheet is adopted
 * by the document and by every open shadow root we scan (adoptedStyleSheets, not a <style> element).
 */
import { ViewportGate } from './viewport-gate';
import CSS_TEXT from './highlight.css?raw';

export const HIGHLIGHT_NAME = 'patentpeek';
export const ACTIVE_NAME = 'patentpeek-active';

// A faint tint, not an underline: painting decorations for 1,300 highlight ranges cost about twice
// as much main-thread time as backgrounds on the Google Patents page (bench/page-scan.ts runs).

const SHEET_KEY = Symbol.for('patentpeek.highlight-sheet');

/**
 * The ::highlight sheet, created once per frame and adopted by the document. Adding a sheet to a
 * document that already has computed style makes the browser recompute every element's style
 * (about 60 ms on the Google Patents detail page), so a tiny document_start content script
 * (entrypoints/highlight-style.content.ts) calls this before the page has any style; the main
 * content script then finds the sheet here.
 */
export function ensureHighlightSheet(win: Window & typeof globalThis = window): CSSStyleSheet | null {
  const store = win as unknown as Record<symbol, CSSStyleSheet | null | undefined>;
  if (store[SHEET_KEY] !== undefined) return store[SHEET_KEY];
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
    win.document.adoptedStyleSheets = [...win.document.adoptedStyleSheets, sheet];
  } catch {
    // Constructable sheets refused (Firefox's content-script Xrays): the manifest's CSS paints instead, or nothing — never DOM edits.
    sheet = null;
  }
  store[SHEET_KEY] = sheet;
  return sheet;
}

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): unknown;
  get(name: string): unknown;
  delete(name: string): boolean;
}
interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  priority: number;
}

export class Highlighter {
  private readonly registry: HighlightRegistryLike | null;
  private readonly all: HighlightLike | null = null;
  private readonly active: HighlightLike | null = null;
  private sheet: CSSStyleSheet | null = null;
  private readonly adopted = new WeakSet<Document | ShadowRoot>();
  /** Registers only the marks near the viewport (viewport-gate.ts); null where IntersectionObserver is missing. */
  private readonly gate: ViewportGate | null = null;

  /** `manifestStyles`: the ::highlight rules also come from the manifest's content-script CSS (Firefox). */
  constructor(win: Window & typeof globalThis = window, { manifestStyles = false }: { manifestStyles?: boolean } = {}) {
    const css = (win as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
    const HighlightCtor = (win as { Highlight?: new () => HighlightLike }).Highlight;
    this.registry = css?.highlights && HighlightCtor ? css.highlights : null;
    if (!this.registry || !HighlightCtor) return;
    this.sheet = ensureHighlightSheet(win);
    if (!this.sheet && !manifestStyles) {
      this.registry = null;
      return;
    }
    this.adopted.add(win.document);
    this.all = new HighlightCtor();
    this.active = new HighlightCtor();
    this.active.priority = 1;
    this.registry.set(HIGHLIGHT_NAME, this.all);
    this.registry.set(ACTIVE_NAME, this.active);
    if (typeof win.IntersectionObserver === 'function') this.gate = new ViewportGate(win, this.all);
  }

  get supported(): boolean {
    return this.registry !== null;
  }

  /** Make the ::highlight rules apply inside a document or an open shadow root. */
  adopt(root: Document | ShadowRoot): void {
    if (!this.sheet || this.adopted.has(root)) return;
    this.adopted.add(root);
    try {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    } catch {
      // A page that froze adoptedStyleSheets keeps its own styles; we only lose the underline there.
    }
  }

  /**
   * CSS.highlights is one registry per document, shared with the page's own scripts (issue 16 §5):
   * a page can read our entries — ranges over its own text, nothing it does not have — and delete
   * them. Deleted marks are put back the next time marks change.
   */
  private reclaim(): void {
    if (!this.registry) return;
    if (this.all && this.registry.get(HIGHLIGHT_NAME) !== this.all) this.registry.set(HIGHLIGHT_NAME, this.all);
    if (this.active && this.registry.get(ACTIVE_NAME) !== this.active) this.registry.set(ACTIVE_NAME, this.active);
  }

  add(ranges: Iterable<AbstractRange>): void {
    this.reclaim();
    const target = this.gate ?? this.all;
    if (target) for (const r of ranges) target.add(r);
  }

  remove(ranges: Iterable<AbstractRange>): void {
    const target = this.gate ?? this.all;
    if (target) for (const r of ranges) target.delete(r);
  }

  /** The number the keyboard or the open card is on, drawn a little stronger. */
  setActive(range: AbstractRange | null): void {
    if (!this.active) return;
    this.reclaim();
    this.active.clear();
    if (range) this.active.add(range);
  }

  destroy(): void {
    this.gate?.disconnect();
    this.all?.clear();
    this.active?.clear();
    this.registry?.delete(HIGHLIGHT_NAME);
    this.registry?.delete(ACTIVE_NAME);
  }
}
