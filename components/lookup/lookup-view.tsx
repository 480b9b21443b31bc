import { useEffect, useState } from 'preact/hooks';
import type { HistoryEntry } from '../../lib/history/history-store';
import { writtenForm } from '../../lib/numbers/display';
import { browser } from 'wxt/browser';
import { send } from '../../lib/messaging/client';
import type { Reading } from '../../lib/messaging/reading';
import { i18n } from '../../lib/i18n';
import { problemText } from '../common/problem-text';
import { useAsync } from '../common/use-async';
import { LookupResultView } from './lookup-result';
import { WatchStar } from '../watch/watch-star';

/**
 * The side panel's lookup tab: asks the background for the details of a number (as read on a page,
 * or as typed) and renders them.
 * The lead mounts it under the lookup box; clicking a family member or citation calls `onLookup`.
 */
export function LookupView({ query, onLookup, onClassify, onAnswer }: {
  query: { text: string; reading?: Reading };
  onLookup: (text: string) => void;
  onClassify?: (text: string) => void;
  /** A number was answered (the side panel keeps it in the history). */
  onAnswer?: (entry: Omit<HistoryEntry, 'at'>) => void;
}) {
  const [attempt, setAttempt] = useState(0);
  const [state] = useAsync(() => send('lookup/details', query), [query, attempt]);
  useEffect(() => {
    const ref = state.state === 'done' ? state.value.summary.ref : null;
    if (!ref || state.state !== 'done') return;
    onAnswer?.({
      key: `${ref.type} ${ref.docdb ?? writtenForm(ref).text}`,
      written: writtenForm(ref).text,
      country: ref.country,
      type: ref.type,
      docdb: ref.docdb,
      ...(state.value.biblio?.title && { title: state.value.biblio.title }),
      ...(query.reading && { reading: query.reading }),
    });
  }, [state]);
  const openOptions = () => void browser.runtime.openOptionsPage();
  if (state.state === 'loading') return <p class="muted lookup-loading">{i18n('lookup_loading')}</p>;
  if (state.state === 'error') return <p class="bad lookup-failed">{problemText(state.error)}</p>;
  return (
    <LookupResultView
      details={state.value}
      onLookup={onLookup}
      onOpenOptions={openOptions}
      onRetry={() => setAttempt((n) => n + 1)}
      onClassify={onClassify}
      actions={state.value.summary.ref && <WatchStar text={query.text} {...(query.reading && { reading: query.reading })} />}
      workbench={{
        timeline: () => send('lookup/timeline', query),
        jpo: (kind, value) => send('jpo/extra', { kind, ...query, ...(value !== undefined && { value }) }),
        dossier: (kind, args) => send('jpo/extra', { kind, ...query, ...args }),
        tipoAnnuity: () => send('tipo/annuity', query),
      }}
      documents={{
        list: () => send('documents/list', query),
        get: (office, id) => send('documents/get', { ...query, office, id }),
      }}
    />
  );
}
