/**
 * When the card opens and closes: after the pointer has rested on a number for `dwellMs`
 * (issue 5 §3: about 300 ms, from settings), and a short grace after it leaves, so the pointer
 * can travel into the card. A pinned card stays until closed.
 */
export interface HoverTimingOptions<T> {
  dwellMs: number;
  graceMs?: number;
  open(target: T): void;
  close(): void;
  isPinned(): boolean;
}

export class HoverTiming<T> {
  private dwell: ReturnType<typeof setTimeout> | undefined;
  private grace: ReturnType<typeof setTimeout> | undefined;
  private shown: T | null = null;
  private insideCard = false;

  constructor(private readonly options: HoverTimingOptions<T>) {}

  get current(): T | null {
    return this.shown;
  }

  /** The pointer is now over `target` (null: over no number). */
  pointer(target: T | null): void {
    clearTimeout(this.dwell);
    if (target !== null && target === this.shown) {
      clearTimeout(this.grace);
      return;
    }
    if (target !== null) this.dwell = setTimeout(() => this.show(target), this.options.dwellMs);
    if (this.shown !== null) this.scheduleClose();
  }

  /** Open at once (keyboard). */
  show(target: T): void {
    clearTimeout(this.dwell);
    clearTimeout(this.grace);
    this.shown = target;
    this.options.open(target);
  }

  cardPointer(inside: boolean): void {
    this.insideCard = inside;
    if (inside) clearTimeout(this.grace);
    else if (this.shown !== null) this.scheduleClose();
  }

  /** The card closed itself (Esc, close button). */
  closed(): void {
    clearTimeout(this.grace);
    this.shown = null;
    this.insideCard = false;
  }

  private scheduleClose(): void {
    clearTimeout(this.grace);
    this.grace = setTimeout(() => {
      if (this.insideCard || this.options.isPinned()) return;
      this.shown = null;
      this.options.close();
    }, this.options.graceMs ?? 300);
  }
}
