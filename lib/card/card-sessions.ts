/**
 * Hover-card sessions (issue 16 §2). The card's data is rendered in an extension page inside an
 * iframe (entrypoints/card), which the page can neither script, search nor select into. What
 * that frame shows must come from the extension, never from its URL or a postMessage — the page
 * can create the same frame itself and post anything to it. So the content script asks for a
 * session when a person hovers a number; the frame is given the session's id in its URL
 * fragment and claims the reading here. An id is random, works once, only from the tab whose
 * content script asked for it, and expires; ids the page guesses or replays get nothing.
 */
import type { Reading as CardReading } from '../messaging/reading';

export interface CardSession {
  reading: CardReading;
  /** Opened from the keyboard: the card takes focus. */
  focus: boolean;
  tabId: number;
  frameId: number;
}

interface Entry extends CardSession {
  createdAt: number;
  claimed: boolean;
}

/** A card frame loads within a second; a minute is generous and keeps the table tiny. */
const CLAIM_WINDOW_MS = 60_000;
/** Cards open one at a time; a tab asking for more than this is not a person hovering. */
const MAX_PER_TAB = 16;

export class CardSessions {
  private readonly open = new Map<string, Entry>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly newId: () => string = randomId,
  ) {}

  /** A content script opens a card for `reading` in its frame; returns the id the frame claims with. */
  start(session: CardSession): string {
    this.prune();
    const ofTab = [...this.open].filter(([, e]) => e.tabId === session.tabId);
    // The oldest of the tab goes first: only the newest card of a tab can be on screen.
    for (const [id] of ofTab.slice(0, Math.max(0, ofTab.length - MAX_PER_TAB + 1))) this.open.delete(id);
    const id = this.newId();
    this.open.set(id, { ...session, createdAt: this.now(), claimed: false });
    return id;
  }

  /** The card frame asks what to show. Only once, only from the same tab. */
  claim(id: string, tabId: number | undefined): CardSession | null {
    this.prune();
    const entry = this.open.get(id);
    if (!entry || entry.claimed || entry.tabId !== tabId) return null;
    entry.claimed = true;
    const { createdAt: _c, claimed: _d, ...session } = entry;
    return session;
  }

  /** Where to relay the card frame's events (close, pin): the frame that opened it. */
  owner(id: string, tabId: number | undefined): { tabId: number; frameId: number } | null {
    const entry = this.open.get(id);
    return entry && entry.claimed && entry.tabId === tabId ? { tabId: entry.tabId, frameId: entry.frameId } : null;
  }

  /** The tab navigated or closed. */
  dropTab(tabId: number): void {
    for (const [id, e] of this.open) if (e.tabId === tabId) this.open.delete(id);
  }

  get size(): number {
    return this.open.size;
  }

  private prune(): void {
    const now = this.now();
    // Claimed sessions live on (their frame may still relay events) for the same window after creation.
    for (const [id, e] of this.open) if (now - e.createdAt > (e.claimed ? 30 * CLAIM_WINDOW_MS : CLAIM_WINDOW_MS)) this.open.delete(id);
  }
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
