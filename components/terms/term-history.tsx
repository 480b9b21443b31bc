import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../../lib/i18n';
import { glossaryCsv, glossaryTbx } from '../../lib/terms/glossary-export';
import { type TermHistoryEntry, type TermHistoryStore, termHistoryStore } from '../../lib/terms/term-history';
import { saveBlob } from '../common/save-blob';
import { formatTime } from '../lookup/format';
import { languageName } from './language-name';

let shared: TermHistoryStore | undefined;
/** One store per extension page (the panel's IndexedDB is the extension's). */
export const termHistory = (): TermHistoryStore => (shared ??= termHistoryStore());

/** The person's glossary: every term translated, with PEARL's and their own equivalents; CSV and TBX. */
export function TermHistory({ version, onPick }: { version: number; onPick: (term: string, lang: string) => void }) {
  const [entries, setEntries] = useState<TermHistoryEntry[]>([]);
  const reload = () => void termHistory().list().then(setEntries, () => setEntries([]));
  useEffect(reload, [version]);
  if (entries.length === 0) return null;
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <section class="card terms-history" data-section="history">
      <h3>{i18n('terms_history_title')}</h3>
      <div class="row">
        <button type="button" data-export="glossary-csv" onClick={() => saveBlob(new Blob([glossaryCsv(entries)], { type: 'text/csv' }), `patentpeek-glossary-${stamp}.csv`)}>CSV</button>
        <button type="button" data-export="glossary-tbx" onClick={() => saveBlob(new Blob([glossaryTbx(entries)], { type: 'application/x-tbx+xml' }), `patentpeek-glossary-${stamp}.tbx`)}>TBX</button>
        <button type="button" onClick={() => void termHistory().clear().then(reload)}>
          {i18n('history_clear')}
        </button>
      </div>
      <ul class="term-history">
        {entries.map((e) => (
          <li key={e.key} data-key={e.key}>
            <button type="button" class="link" lang={e.lang} onClick={() => onPick(e.term, e.lang)}>
              {e.term}
            </button>{' '}
            <span class="muted small">
              {languageName(e.lang)} · {i18n('terms_history_times', String(e.count))} · {formatTime(e.at)}
            </span>
            {e.equivalents.length > 0 && (
              <div class="small">
                {e.equivalents.map((q) => (
                  <span key={`${q.lang}:${q.term}`} class="equivalent" data-from={q.from} lang={q.lang}>
                    {languageName(q.lang)}: {q.term}
                    <span class="muted"> ({q.from === 'pearl' ? 'PEARL' : i18n('terms_yours')})</span>{' '}
                  </span>
                ))}
              </div>
            )}{' '}
            <button type="button" class="link small" aria-label={i18n('terms_history_remove', e.term)} onClick={() => void termHistory().remove(e.key).then(reload)}>
              {i18n('terms_remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
