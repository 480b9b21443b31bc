import { useEffect, useState } from 'preact/hooks';
import { type HistoryEntry, historyStore } from '../../lib/history/history-store';
import type { Reading } from '../../lib/messaging/reading';
import { i18n } from '../../lib/i18n';
import { formatTime } from '../lookup/format';

const store = historyStore();

/** The last 200 lookups: searchable, one click to open again, clearable (issue 10 §5). */
export function HistoryView({ onOpen }: { onOpen: (text: string, reading?: Reading) => void }) {
  const [query, setQuery] = useState('');
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    void store.list(query).then((list) => live && setEntries(list));
    return () => {
      live = false;
    };
  }, [query, generation]);
  return (
    <section class="history">
      <div class="row">
        <input type="search" name="history-search" value={query} placeholder={i18n('history_search')} aria-label={i18n('history_search')} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
        <button type="button" data-action="history-clear" onClick={() => void store.clear().then(() => setGeneration((g) => g + 1))}>
          {i18n('history_clear')}
        </button>
      </div>
      {entries && entries.length === 0 && <p class="muted">{i18n(query ? 'history_no_match' : 'history_empty')}</p>}
      {entries && entries.length > 0 && (
        <ul class="history-list">
          {entries.map((e) => (
            <li key={e.key} data-key={e.key}>
              <button type="button" class="link" onClick={() => onOpen(e.written, e.reading)}>
                {e.written}
              </button>
              {e.title && <span class="small"> {e.title}</span>}
              <span class="muted small"> · {formatTime(e.at)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Called by the lookup tab when an answer arrived. */
export function remember(entry: Omit<HistoryEntry, 'at'>): void {
  void store.add({ ...entry, at: new Date().toISOString() }).catch(() => undefined);
}
