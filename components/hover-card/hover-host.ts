/**
 * The card's host on the page: one element appended to <html> on first use, holding a CLOSED
 * shadow root (page scripts and page CSS cannot reach in), and the card script, imported from the
 * extension on first hover. Until then nothing of ours is in the page's DOM.
 */
import { browser } from 'wxt/browser';
import { CARD_MODULE_KEY, type CardCallbacks, type CardInstance, type CardModule, type CardRequest } from './card-api';

export const HOST_TAG = 'patentpeek-card';

/** Load entrypoints/hover-card.ts (web-accessible, see modules/hover-card-resources.ts) into this world. */
export async function loadCardModule(): Promise<CardModule> {
  const registry = globalThis as unknown as Record<symbol, CardModule | undefined>;
  if (!registry[CARD_MODULE_KEY]) await import(/* @vite-ignore */ browser.runtime.getURL('/hover-card.js'));
  const mod = registry[CARD_MODULE_KEY];
  if (!mod) throw new Error('PatentPeek hover card did not register');
  return mod;
}

export class HoverHost {
  private host: HTMLElement | null = null;
  private card: Promise<CardInstance> | null = null;
  private wanted: CardRequest | null = null;

  constructor(
    private readonly callbacks: CardCallbacks,
    private readonly load: () => Promise<CardModule> = loadCardModule,
    private readonly doc: Document = document,
  ) {}

  isOwn(el: Element): boolean {
    return el === this.host;
  }

  open(request: CardRequest): void {
    this.wanted = request;
    void this.instance().then(
      (card) => {
        // Only the latest request counts: the pointer may have moved on while the script loaded.
        if (this.wanted === request) card.open(request);
      },
      (error: unknown) => console.warn('[PatentPeek] hover card unavailable', error),
    );
  }

  close(): void {
    this.wanted = null;
    void this.card?.then((card) => card.close());
  }

  async isPinned(): Promise<boolean> {
    return this.card ? (await this.card).isPinned() : false;
  }

  destroy(): void {
    this.close();
    this.host?.remove();
    this.host = null;
  }

  private instance(): Promise<CardInstance> {
    this.card ??= this.load().then((mod) => {
      const host = this.doc.createElement(HOST_TAG);
      // Inline styles on our own element only: out of flow, above everything, immune to page CSS.
      host.setAttribute('style', 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;');
      const shadow = host.attachShadow({ mode: 'closed' });
      this.doc.documentElement.append(host);
      this.host = host;
      const card = mod.mount(shadow, this.callbacks);
      if (import.meta.env.MODE === 'e2e') exposeForTests(shadow, card);
      return card;
    });
    this.card.catch(() => {
      this.card = null;
    });
    return this.card;
  }
}

/** e2e build only: real-browser tests read the closed shadow root through this accessor. */
function exposeForTests(shadow: ShadowRoot, card: CardInstance): void {
  (globalThis as Record<string, unknown>).__patentpeekCard = { shadow, card };
}
