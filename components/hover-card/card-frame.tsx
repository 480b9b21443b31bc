/**
 * The hover card inside its frame (entrypoints/card): claims its session, looks the reading up
 * and renders it. Everything here runs in the extension's origin; the web page around the frame
 * sees a fixed-size box and nothing of what is in it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardEventName } from '../../lib/card/card-event';
import { send } from '../../lib/messaging/client';
import type { Reading } from '../../lib/messaging/reading';
import { writtenForm } from '../../lib/numbers/display';
import { viewerLinks } from '../../lib/numbers/links';
import { i18n } from '../../lib/i18n';
import { viewerName } from '../common/viewer-names';
import type { LookupState } from './card-result';
import { CARD_CSS } from './card-styles';
import { CardView, type ViewerLink } from './card-view';
import { WatchStar } from '../watch/watch-star';
import { copyText } from '../common/copy-text';
import { lookupForCard } from './lookup-client';

/** The number as its office writes it (特願2020-123456, US 10,123,456 B2): shown and copied, and read
 *  back by the lookup box as exactly this document and type (issue 9 §4). Era forms add the Western year. */
export function normalisedOf(found: Reading): { shown: string; copied: string } {
  const form = writtenForm(found);
  return { shown: form.year ? `${form.text} (${form.year})` : form.text, copied: form.text };
}

function linksOf(found: Reading): ViewerLink[] {
  return viewerLinks({ ...found, kind: found.kind ?? null }).map((l) => ({ viewer: viewerName(l.viewer), url: l.url }));
}

type Claim = { phase: 'claiming' } | { phase: 'gone' } | { phase: 'ready'; reading: Reading; focus: boolean };

export function CardFrame({ session }: { session: string }) {
  const [claim, setClaim] = useState<Claim>({ phase: 'claiming' });
  const [state, setState] = useState<LookupState>({ phase: 'loading' });
  const [pinned, setPinned] = useState(false);
  const [copied, setCopied] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void send('card/claim', { session }).then(
      (got) => setClaim(got ? { phase: 'ready', ...got } : { phase: 'gone' }),
      () => setClaim({ phase: 'gone' }),
    );
  }, [session]);

  const reading = claim.phase === 'ready' ? claim.reading : null;
  useEffect(() => {
    if (!reading) return;
    let live = true;
    setState({ phase: 'loading' });
    void lookupForCard(reading).then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [reading, attempt]);

  useEffect(() => {
    if (claim.phase === 'ready' && claim.focus) root.current?.querySelector<HTMLElement>('button[data-action="copy"]')?.focus();
  }, [claim]);

  const event = (name: CardEventName) => void send('card/event', { session, event: name }).catch(() => undefined);
  useEffect(() => {
    // The page's shortcuts keep working while focus is in the card (lib/scan/keyboard-nav.ts).
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') event('close');
      else if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
        e.preventDefault();
        event(e.code === 'KeyN' ? 'next' : 'previous');
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [session]);

  return (
    <div ref={root}>
      <style>{CARD_CSS}</style>
      {claim.phase === 'claiming' && <section class="card" aria-busy="true" />}
      {claim.phase === 'gone' && (
        <section class="card">
          <p class="state" data-state="expired">{i18n('hover_card_expired')}</p>
        </section>
      )}
      {reading && (
        <CardView
          found={reading}
          normalised={normalisedOf(reading).shown}
          links={linksOf(reading)}
          state={state}
          pinned={pinned}
          copied={copied}
          onCopy={() => void copyText(normalisedOf(reading).copied, document.body).then(setCopied)}
          onPin={() => {
            event(pinned ? 'unpin' : 'pin');
            setPinned(!pinned);
          }}
          onOpenPanel={() => void send('panel/open', { reading }).catch((e: unknown) => console.warn('[PatentPeek] side panel', e))}
          onClose={() => event('close')}
          onRetry={() => setAttempt((n) => n + 1)}
          watch={<WatchStar text={reading.raw} reading={reading} askPermission={false} />}
        />
      )}
    </div>
  );
}
