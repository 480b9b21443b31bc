/**
 * Hands hits to the highlighter in a few batches instead of after every slice: each change to a
 * Highlight makes the browser re-validate every range of it at the next frame, so adding 1,300
 * marks in 13 slices cost 13 full validations (bench/page-scan.ts). Changes are applied when the
 * scan settles, or at most every `maxDelayMs` while a long scan is still running.
 */
import type { Highlighter } from './highlighter';

export class MarkBatcher {
  private added = new Set<AbstractRange>();
  private removed = new Set<AbstractRange>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly highlighter: Pick<Highlighter, 'add' | 'remove'>,
    private readonly maxDelayMs = 500,
  ) {}

  change(added: Iterable<{ range: AbstractRange }>, removed: Iterable<{ range: AbstractRange }>): void {
    for (const h of removed) {
      if (!this.added.delete(h.range)) this.removed.add(h.range);
    }
    for (const h of added) this.added.add(h.range);
    this.timer ??= setTimeout(() => this.flush(), this.maxDelayMs);
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.removed.size > 0) this.highlighter.remove(this.removed);
    if (this.added.size > 0) this.highlighter.add(this.added);
    this.removed = new Set();
    this.added = new Set();
  }
}
