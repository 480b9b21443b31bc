/**
 * The seam between the content script (which knows where the number is) and the card frame
 * (which shows what the offices say about it): a reading, where to put the card, and whether a
 * keystroke opened it.
 */
import type { Reading } from '../../lib/messaging/reading';

export interface AnchorRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardRequest {
  found: Reading;
  anchor: AnchorRect;
  /** Opened from the keyboard: move focus into the card. */
  focus: boolean;
}

export interface CardCallbacks {
  /** The card closed itself (Esc or the close button inside the card). */
  onClose(): void;
  /** The pointer entered (true) or left (false) the card. */
  onPointerInside(inside: boolean): void;
  /** Alt+Shift+N / P pressed while focus is inside the card. */
  onStep(direction: 1 | -1): void;
}

export { readingOf } from '../../lib/messaging/reading';
