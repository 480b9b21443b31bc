/**
 * The hover card script's body (loaded on first hover): mounts the Preact card in the closed
 * shadow root the host made, and keeps its state — which number, lookup state, pinned.
 */
import { render } from 'preact';
import { send } from '../../lib/messaging/client';
import { viewerLinks } from '../../lib/numbers/links';
import type { PatentRef } from '../../lib/numbers/types';
import { viewerName } from '../common/viewer-names';
import { CARD_MODULE_KEY, type CardCallbacks, type CardFound, type CardInstance, type CardModule, type CardRequest } from './card-api';
import type { LookupState } from './card-result';
import { CARD_CSS } from './card-styles';
import { CardView, type ViewerLink } from './card-view';
import { copyText } from './copy-text';
import { lookupForCard } from './lookup-client';
import { placeCard } from './place-card';

/** The compact normalised form: DOCDB without dots (JP2021012345A), else EPODOC, else the office form. */
export function normalisedOf(found: CardFound): string {
  return found.docdb?.replace(/\./g, '') ?? found.epodoc ?? found.original ?? found.raw.replace(/\s+/g, ' ').trim();
}

/** The text the lookup parses: the engine's label keeps the context that classified the number. */
export function lookupTextOf(found: CardFound): string {
  return (found.label ?? found.raw).replace(/\s+/g, ' ').trim();
}

function linksOf(found: CardFound): ViewerLink[] {
  if (found.number === undefined) return [];
  return viewerLinks({ kind: null, ...found, number: found.number } as PatentRef).map((l) => ({ viewer: viewerName(l.viewer), url: l.url }));
}

export function mountCard(shadow: ShadowRoot, callbacks: CardCallbacks): CardInstance {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CARD_CSS);
  shadow.adoptedStyleSheets = [sheet];
  const root = document.createElement('div');
  shadow.append(root);

  let request: CardRequest | null = null;
  let state: LookupState = { phase: 'loading' };
  let pinned = false;
  let copied = false;
  let returnFocus: HTMLElement | null = null;
  let generation = 0;

  const cardEl = () => root.querySelector<HTMLElement>('.card');

  function draw(): void {
    if (!request) {
      render(null, root);
      return;
    }
    const found = request.found;
    render(
      <CardView
        found={found}
        normalised={normalisedOf(found)}
        links={linksOf(found)}
        state={state}
        pinned={pinned}
        copied={copied}
        onCopy={() => void copyText(normalisedOf(found), shadow).then((ok) => { copied = ok; draw(); })}
        onPin={() => { pinned = !pinned; draw(); }}
        onOpenPanel={() => void send('panel/open', { text: lookupTextOf(found) }).catch((e: unknown) => console.warn('[PatentPeek] side panel', e))}
        onClose={() => instance.close()}
        onRetry={() => lookup()}
      />,
      root,
    );
    place();
  }

  function place(): void {
    const el = cardEl();
    if (!el || !request) return;
    const size = el.getBoundingClientRect();
    const at = placeCard(request.anchor, { width: size.width, height: size.height }, { width: innerWidth, height: innerHeight });
    el.style.left = `${at.left}px`;
    el.style.top = `${at.top}px`;
  }

  function lookup(): void {
    const mine = ++generation;
    state = { phase: 'loading' };
    draw();
    void lookupForCard(lookupTextOf(request!.found)).then((next) => {
      if (mine !== generation) return;
      state = next;
      draw();
    });
  }

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && request) {
      e.stopPropagation();
      instance.close();
    }
  };
  addEventListener('keydown', onKey, true);
  root.addEventListener('pointerenter', () => callbacks.onPointerInside(true), true);
  root.addEventListener('pointerleave', () => callbacks.onPointerInside(false), true);

  const instance: CardInstance = {
    open(next) {
      const same = request && normalisedOf(request.found) === normalisedOf(next.found);
      request = next;
      copied = false;
      if (same && state.phase !== 'failed') draw();
      else lookup();
      if (next.focus) {
        returnFocus ??= document.activeElement as HTMLElement | null;
        root.querySelector<HTMLElement>('button[data-action="copy"]')?.focus();
      }
    },
    close() {
      if (!request) return;
      request = null;
      pinned = false;
      generation++;
      draw();
      returnFocus?.focus?.();
      returnFocus = null;
      callbacks.onClose();
    },
    isOpen: () => request !== null,
    isPinned: () => pinned,
  };
  return instance;
}

export function registerCardModule(): void {
  const mod: CardModule = { mount: mountCard };
  (globalThis as unknown as Record<symbol, CardModule>)[CARD_MODULE_KEY] = mod;
}
