/**
 * The card's host on the page: one element appended to <html> on first use, holding a CLOSED
 * shadow root with one iframe — an extension page (entrypoints/card) that renders the card's
 * data. The page can style, search (window.find), select, copy and measure nothing inside it:
 * the frame is another origin (issue 16 §2). The frame has a fixed size, so the page learns no
 * more from the card's geometry than that a person hovered a number.
 *
 * What the frame shows is a session the content script opened in the background
 * (lib/card/card-sessions.ts); the frame claims it by the id in its URL fragment. Close and pin
 * come back from the frame through the background (lib/card/card-event.ts).
 */
import { browser } from 'wxt/browser';
import { isCardEvent } from '../../lib/card/card-event';
import type { CardCallbacks, CardRequest } from './card-api';
import { placeCard } from './place-card';

export const HOST_TAG = 'patentpeek-card';
/** The card frame's size, the same whatever the answer (see above). */
export const CARD_SIZE = { width: 360, height: 300 } as const;

export interface HoverHostDeps {
  /** Ask the background for a card session for this reading; resolves with the session id. */
  openSession(request: CardRequest): Promise<string>;
  /** The frame's address for a session. */
  frameUrl(session: string): string;
  doc?: Document;
}

export class HoverHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private frame: HTMLIFrameElement | null = null;
  private session: string | null = null;
  private shownKey: string | null = null;
  private pinned = false;
  private generation = 0;
  private returnFocus: HTMLElement | null = null;
  private readonly doc: Document;
  private readonly onMessage = (message: unknown) => {
    if (!isCardEvent(message) || message.session !== this.session) return;
    if (message.event === 'pin' || message.event === 'unpin') this.pinned = message.event === 'pin';
    else if (message.event === 'next' || message.event === 'previous') this.callbacks.onStep(message.event === 'next' ? 1 : -1);
    else this.closedByCard();
  };

  constructor(
    private readonly callbacks: CardCallbacks,
    private readonly deps: HoverHostDeps,
  ) {
    this.doc = deps.doc ?? document;
    browser.runtime.onMessage.addListener(this.onMessage);
  }

  isOwn(el: Element): boolean {
    return el === this.host;
  }

  isOpen(): boolean {
    return this.session !== null;
  }

  open(request: CardRequest): void {
    const key = keyOf(request);
    if (this.session && key === this.shownKey) {
      this.place(request);
      if (request.focus) this.focusFrame();
      return;
    }
    const mine = ++this.generation;
    void this.deps.openSession(request).then(
      (session) => {
        // Only the latest request counts: the pointer may have moved on meanwhile.
        if (mine === this.generation) this.show(session, key, request);
      },
      (error: unknown) => console.warn('[PatentPeek] hover card unavailable', error),
    );
  }

  /** Hide the card (pointer left, Esc on the page, the page went away). */
  close(): void {
    this.generation++;
    if (!this.session) return;
    retire(this.frame);
    this.frame = null;
    this.session = null;
    this.shownKey = null;
    this.pinned = false;
    this.returnFocus?.focus?.();
    this.returnFocus = null;
  }

  isPinned(): boolean {
    return this.pinned;
  }

  destroy(): void {
    this.close();
    browser.runtime.onMessage.removeListener(this.onMessage);
    this.host?.remove();
    this.host = null;
    this.shadow = null;
  }

  private closedByCard(): void {
    this.close();
    this.callbacks.onClose();
  }

  private show(session: string, key: string, request: CardRequest): void {
    const shadow = this.ensureHost();
    retire(this.frame);
    const frame = this.doc.createElement('iframe');
    frame.src = this.deps.frameUrl(session);
    frame.title = 'PatentPeek';
    frame.setAttribute('allow', 'clipboard-write');
    frame.setAttribute(
      'style',
      `position:fixed;border:0;margin:0;padding:0;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18);background:transparent;color-scheme:normal;width:${CARD_SIZE.width}px;height:${CARD_SIZE.height}px;max-width:calc(100vw - 16px);max-height:calc(100vh - 16px);`,
    );
    const inside = (value: boolean) => (e: Event) => {
      if (e.isTrusted) this.callbacks.onPointerInside(value);
    };
    frame.addEventListener('pointerenter', inside(true));
    frame.addEventListener('pointerleave', inside(false));
    shadow.append(frame);
    this.frame = frame;
    this.session = session;
    this.shownKey = key;
    this.pinned = false;
    this.place(request);
    if (request.focus) {
      this.returnFocus ??= this.doc.activeElement as HTMLElement | null;
      this.focusFrame();
    }
  }

  private focusFrame(): void {
    const frame = this.frame;
    if (!frame) return;
    frame.focus();
    frame.addEventListener('load', () => frame.focus(), { once: true });
  }

  private place(request: CardRequest): void {
    if (!this.frame) return;
    const view = this.doc.defaultView!;
    const at = placeCard(request.anchor, CARD_SIZE, { width: view.innerWidth, height: view.innerHeight });
    this.frame.style.left = `${at.left}px`;
    this.frame.style.top = `${at.top}px`;
  }

  private ensureHost(): ShadowRoot {
    if (this.shadow) return this.shadow;
    const host = this.doc.createElement(HOST_TAG);
    // Inline styles on our own element only: out of flow, above everything, immune to page CSS.
    host.setAttribute('style', 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;');
    this.shadow = host.attachShadow({ mode: 'closed' });
    this.doc.documentElement.append(host);
    this.host = host;
    return this.shadow;
  }
}

/**
 * Take a card frame away. Hidden at once, removed a moment later: the key that closed it (Esc, or
 * Alt+Shift+N moving on) was pressed inside that frame, and removing a frame between a key's down
 * and up leaves the browser's input pipeline waiting for the frame that is gone.
 */
function retire(frame: HTMLIFrameElement | null): void {
  if (!frame) return;
  frame.style.display = 'none';
  setTimeout(() => frame.remove(), 1_000);
}

function keyOf(request: CardRequest): string {
  const f = request.found;
  return `${f.country}|${f.type}|${f.docdb ?? f.epodoc ?? f.number ?? f.raw}`;
}

/** The extension's card page for one session. */
export function cardFrameUrl(session: string): string {
  return `${browser.runtime.getURL('/card.html')}#${session}`;
}
