/**
 * Test helpers for lib/scan (imported by *.test.ts only). happy-dom has no StaticRange; this
 * stand-in has the same constructor and fields, which is all the scanner uses.
 */
import type { SliceRunner } from './slices';

export function ensureStaticRange(): void {
  const g = globalThis as { StaticRange?: unknown };
  if (typeof g.StaticRange === 'function') return;
  g.StaticRange = class StaticRangeStandIn {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    readonly collapsed: boolean;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
      this.collapsed = init.startContainer === init.endContainer && init.startOffset === init.endOffset;
    }
  };
}

/** A slice runner the test drives by hand: `runAll()` runs slices until the scanner asks for none. */
export function manualSlices(budgetMs = 1_000): { runSlice: SliceRunner; runAll(): number; pending(): number } {
  const pending: ((budget: number) => void)[] = [];
  return {
    runSlice: (work) => void pending.push(work),
    runAll() {
      let n = 0;
      while (pending.length > 0 && n < 10_000) {
        pending.shift()!(budgetMs);
        n++;
      }
      return n;
    },
    pending: () => pending.length,
  };
}

/** MutationObserver callbacks are microtasks: let them run. */
export function flushMutations(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A tiny finder for scanner tests: "US" + 7–8 digits, with optional spaces/commas inside. */
export function toyFind(text: string): { start: number; end: number; raw: string; key: string }[] {
  const out: { start: number; end: number; raw: string; key: string }[] = [];
  for (const m of text.matchAll(/US\s?(\d{1,2},?\d{3},?\d{3})/g)) {
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], key: 'US' + m[1]!.replace(/,/g, '') });
  }
  return out;
}
