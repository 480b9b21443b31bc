/**
 * The seam between the content script (which knows where the number is) and the card frame
 * (which shows what the offices say about it): a reading, where to put the card, and whether a
 * keystroke opened it.
 */
import type { FoundNumber } from '../../lib/numbers/types';
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

/** The engine's finding as the reading the card and the lookup carry (only the fields the protocol checks). */
export function readingOf(found: Omit<FoundNumber, 'start' | 'end'>): Reading {
  const reading: Reading = {
    raw: found.raw.replace(/\s+/g, ' ').trim().slice(0, 200),
    country: found.country,
    type: found.type,
    docdb: found.docdb,
    epodoc: found.epodoc,
    kind: found.kind ?? null,
    number: found.number,
  };
  for (const key of ['original', 'label', 'year', 'rightCode', 'docCountry'] as const) {
    const value = found[key];
    if (value !== undefined) reading[key] = value;
  }
  return reading;
}
