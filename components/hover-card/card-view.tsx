import type { ComponentChildren } from 'preact';
import { i18n } from '../../lib/i18n';
import type { Reading } from '../../lib/messaging/reading';
import { CardResult, type LookupState } from './card-result';
import { countryName, typeName } from './card-text';

export interface ViewerLink {
  viewer: string;
  url: string;
}

export interface CardViewProps {
  found: Reading;
  normalised: string;
  links: ViewerLink[];
  state: LookupState;
  pinned: boolean;
  copied: boolean;
  onCopy(): void;
  onPin(): void;
  onOpenPanel(): void;
  onClose(): void;
  onRetry(): void;
  /** The watch star (the frame wires it to the background; the view only places it). */
  watch?: ComponentChildren;
}

/** The hover card: the number as written and normalised, office and type, viewers, looked-up facts, actions. */
export function CardView(p: CardViewProps) {
  const { found } = p;
  return (
    <section class="card" role="dialog" aria-label={i18n('hover_card_label', p.normalised)}>
      <header>
        <div class="numbers">
          <p class="normalised" data-field="normalised">
            {p.normalised}
          </p>
          {p.normalised !== found.raw.trim() && (
            <p class="raw muted" data-field="raw">
              {i18n('hover_as_written', found.raw.trim())}
            </p>
          )}
          <p class="office muted" data-field="office">
            {countryName(found.country)} · {typeName(found.type, found.right)}
            {found.docdb && <span data-field="docdb"> · {found.docdb}</span>}
          </p>
        </div>
        <button type="button" class="icon" data-action="close" aria-label={i18n('hover_close')} title={i18n('hover_close')} onClick={p.onClose}>
          ×
        </button>
      </header>
      <CardResult state={p.state} onRetry={p.onRetry} />
      {p.links.length > 0 && (
        <nav class="links" aria-label={i18n('hover_viewers')}>
          {p.links.map((l) => (
            <a key={l.viewer} href={l.url} target="_blank" rel="noopener noreferrer" data-viewer={l.viewer}>
              {l.viewer}
            </a>
          ))}
        </nav>
      )}
      <footer>
        <button type="button" data-action="copy" onClick={p.onCopy}>
          {p.copied ? i18n('hover_copied') : i18n('hover_copy')}
        </button>
        <button type="button" data-action="pin" aria-pressed={p.pinned} onClick={p.onPin}>
          {p.pinned ? i18n('hover_unpin') : i18n('hover_pin')}
        </button>
        <button type="button" data-action="panel" onClick={p.onOpenPanel}>
          {i18n('hover_open_panel')}
        </button>
        {p.watch}
      </footer>
    </section>
  );
}
