/**
 * Detection off the page's main thread: blocks are sent in batches to the background (message
 * `scan/find`), where lib/numbers runs in the service worker — already JIT-warm from earlier pages,
 * while in a fresh page the engine's first 1,600 calls cost 26–38 ms of main-thread time
 * (bench/page-scan.ts). Answers come back as tasks; the scanner applies them in its next slice,
 * after checking that the block's text did not change meanwhile.
 *
 * Long blocks are cut into overlapping windows (as findInWindows does for the local finder).
 */
import { afterLead, headingLead } from './column-heading';
import type { Span } from './scanner';
import type { TextBlock } from './text-block';

export const WINDOW = 16_384;
export const OVERLAP = 96;

export interface TextWindow {
  /** Where the window's text starts in the block text. */
  from: number;
  to: number;
  /** Matches starting in [keepFrom, keepTo) belong to this window. */
  keepFrom: number;
  keepTo: number;
}

export function windowsOf(length: number): TextWindow[] {
  if (length <= WINDOW + OVERLAP) return [{ from: 0, to: length, keepFrom: 0, keepTo: Infinity }];
  const out: TextWindow[] = [];
  for (let s = 0; s < length; s += WINDOW) out.push({ from: Math.max(0, s - OVERLAP), to: Math.min(length, s + WINDOW + OVERLAP), keepFrom: s, keepTo: s + WINDOW });
  return out;
}

/** Shift a window's matches to block offsets, keeping those that start inside the window's own part. */
export function stitch<F extends Span>(w: TextWindow, found: F[], out: F[]): void {
  for (const f of found) {
    const start = f.start + w.from;
    if (start < w.keepFrom || start >= w.keepTo) continue;
    out.push(w.from === 0 ? f : { ...f, start, end: f.end + w.from });
  }
}

export type BatchFinder<F> = (texts: string[]) => Promise<F[][]>;

export interface Answered<F> {
  block: TextBlock;
  /** Each node's text when the block was sent. */
  data: string[];
  /** The scanner's mutation count when the block was sent (see Scanner.epoch). */
  epoch: number;
  found: F[];
}

export class FindQueue<F extends Span> {
  private batch: { block: TextBlock; data: string[]; epoch: number }[] = [];
  private chars = 0;
  private inFlight = 0;
  readonly ready: Answered<F>[] = [];

  constructor(
    private readonly findBatch: BatchFinder<F>,
    /** An answer arrived: schedule a slice to apply it. */
    private readonly onAnswer: () => void,
    // The protocol takes at most 1,000 texts per message; long blocks add a text per window.
    private readonly maxBlocks = 900,
    private readonly maxChars = 64_000,
  ) {}

  get idle(): boolean {
    return this.batch.length === 0 && this.inFlight === 0 && this.ready.length === 0;
  }

  get waiting(): boolean {
    return this.inFlight > 0;
  }

  add(block: TextBlock, epoch = 0): void {
    // The node texts read when the block was built (ownBlocks): no second read of the DOM.
    this.batch.push({ block, data: block.data ?? block.nodes.map((n) => n.data), epoch });
    this.chars += block.text.length;
    if (this.batch.length >= this.maxBlocks || this.chars >= this.maxChars) this.flush();
  }

  /** Send what is queued. */
  flush(): void {
    const batch = this.batch;
    if (batch.length === 0) return;
    this.batch = [];
    this.chars = 0;
    const texts: string[] = [];
    // Per block: the index of its one text, or its windows (only blocks over WINDOW characters).
    const plans: (number | { w: TextWindow; index: number }[])[] = [];
    const leads: number[] = [];
    for (const { block } of batch) {
      const text = block.text;
      if (text.length <= WINDOW + OVERLAP) {
        // A cell's heading goes in front (column-heading.ts); its hits are dropped and offsets shifted back.
        const lead = headingLead(block.heading);
        leads.push(lead.length);
        plans.push(texts.push(lead + text) - 1);
        continue;
      }
      leads.push(0);
      plans.push(windowsOf(text.length).map((w) => ({ w, index: texts.push(text.slice(w.from, w.to)) - 1 })));
    }
    this.inFlight++;
    this.findBatch(texts)
      .then(
        (results) => {
          for (let i = 0; i < batch.length; i++) {
            const entry = batch[i]!;
            const plan = plans[i]!;
            let found: F[];
            if (typeof plan === 'number') {
              found = afterLead(results[plan] ?? [], leads[i]!);
            } else {
              found = [];
              for (const { w, index } of plan) stitch(w, results[index] ?? [], found);
            }
            this.ready.push({ block: entry.block, data: entry.data, epoch: entry.epoch, found });
          }
        },
        (error: unknown) => console.warn('[PatentPeek] number search failed', error),
      )
      .finally(() => {
        this.inFlight--;
        this.onAnswer();
      });
  }
}

/** The block still reads as it did when it was sent (same nodes in the page, same text). */
export function unchanged(answer: Answered<unknown>): boolean {
  const { nodes } = answer.block;
  for (let i = 0; i < nodes.length; i++) if (!nodes[i]!.isConnected || nodes[i]!.data !== answer.data[i]) return false;
  return true;
}
