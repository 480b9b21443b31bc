/**
 * Keyboard access to the numbers (issue 5 §3): Alt+Shift+N / Alt+Shift+P move to the next /
 * previous number in document order and open its card. Matched on `code`, not `key`, so the
 * shortcut works on every keyboard layout (on macOS Option+Shift+N types a character in `key`).
 * Ignored while the user types in a field, and for keystrokes a page script made up: only a
 * person's key opens a card (issue 16 §1: a synthetic keydown must send no office request).
 */
import type { Hit, Span } from './scanner';

export interface KeyboardNavOptions<F extends Span> {
  hits(): Hit<F>[];
  onMove(hit: Hit<F>): void;
  /** Esc: close the card if one is open; true when it did (then the key is ours). */
  onEscape?(): boolean;
  signal: AbortSignal;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || el.nodeType !== 1) return false;
  return el.isContentEditable || el.localName === 'input' || el.localName === 'textarea' || el.localName === 'select';
}

/** Sort hits in document order by their first text node, then by offset. */
export function inDocumentOrder<F extends Span>(hits: Hit<F>[]): Hit<F>[] {
  return [...hits].sort((a, b) => {
    const na = a.range.startContainer;
    const nb = b.range.startContainer;
    if (na === nb) return a.range.startOffset - b.range.startOffset;
    return na.compareDocumentPosition(nb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

export class KeyboardNav<F extends Span> {
  private current: Hit<F> | null = null;

  constructor(
    win: Window,
    private readonly options: KeyboardNavOptions<F>,
  ) {
    win.addEventListener('keydown', (e) => this.onKey(e), { capture: true, signal: options.signal });
  }

  /** Keep the position when the card was opened by hover. */
  setCurrent(hit: Hit<F> | null): void {
    this.current = hit;
  }

  step(direction: 1 | -1): Hit<F> | null {
    const ordered = inDocumentOrder(this.options.hits().filter((h) => h.range.startContainer.isConnected));
    if (ordered.length === 0) return null;
    const at = this.current ? ordered.indexOf(this.current) : -1;
    const next = at < 0 ? (direction === 1 ? 0 : ordered.length - 1) : (at + direction + ordered.length) % ordered.length;
    this.current = ordered[next]!;
    this.options.onMove(this.current);
    return this.current;
  }

  private onKey(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    if (e.key === 'Escape') {
      if (this.options.onEscape?.()) e.stopPropagation();
      return;
    }
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
    if (e.code !== 'KeyN' && e.code !== 'KeyP') return;
    if (isTyping(e.composedPath()[0] ?? e.target)) return;
    if (this.step(e.code === 'KeyN' ? 1 : -1)) {
      e.preventDefault();
      e.stopPropagation();
    }
  }
}
