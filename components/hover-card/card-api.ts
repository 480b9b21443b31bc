/**
 * The seam between the always-loaded content script and the hover card, which is a separate
 * script loaded on first hover (entrypoints/hover-card.ts) so the content script stays small
 * (aesthetics.md §16.5). The card registers itself under a global symbol of the content script's
 * isolated world; page scripts cannot see it.
 */
import type { Match } from '../../lib/model/contracts';

export const CARD_MODULE_KEY = Symbol.for('patentpeek.hover-card');

/** What the scanner found (contract C1 fields plus the engine's ref fields when present). */
export interface CardFound extends Omit<Match, 'start' | 'end'> {
  kind?: string | null;
  number?: string;
  label?: string;
  original?: string;
}

export interface AnchorRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardRequest {
  found: CardFound;
  anchor: AnchorRect;
  /** Opened from the keyboard: move focus into the card. */
  focus: boolean;
}

export interface CardCallbacks {
  /** The card closed itself (Esc, close button). */
  onClose(): void;
  /** The pointer entered (true) or left (false) the card. */
  onPointerInside(inside: boolean): void;
}

export interface CardInstance {
  open(request: CardRequest): void;
  close(): void;
  isOpen(): boolean;
  isPinned(): boolean;
}

export interface CardModule {
  mount(shadow: ShadowRoot, callbacks: CardCallbacks): CardInstance;
}
