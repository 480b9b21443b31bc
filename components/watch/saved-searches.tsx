import { useState } from 'preact/hooks';
import { i18n } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import type { SavedSearch, SearchHit } from '../../lib/watch/saved-search';
import type { SearchOffice } from '../../lib/watch/search-offices';
import { officeName } from '../common/office-name';
import { problemText } from '../common/problem-text';
import { intervalWords, INTERVALS } from './list-settings';
import type { WatchProps } from './watch-tab';

/** Saved searches (SDI): a query per office, re-run on a schedule, with the hits new since the last run. */
export function SavedSearches({ overview, refresh, onOpen }: WatchProps) {
  const ready = overview.searchOffices.filter((o) => o.ready).map((o) => o.office);
  const [office, setOffice] = useState<SearchOffice>(ready[0] ?? 'epo-ops');
  const [name, setName] = useState('');
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const save = async () => {
    setProblem(null);
    try {
      await send('watch/search-save', { name, office, query });
      setName('');
      setQuery('');
      refresh();
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  return (
    <div class="saved-searches">
      <div class="search-form">
        <div class="row">
          <select data-field="search-office" value={office} onChange={(e) => setOffice((e.target as HTMLSelectElement).value as SearchOffice)}>
            {overview.searchOffices.map((o) => (
              <option value={o.office} key={o.office}>{officeName(o.office)}{o.ready ? '' : ` — ${i18n('watch_search_no_key')}`}</option>
            ))}
          </select>
          <input type="text" data-field="search-name" placeholder={i18n('watch_search_name')} value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </div>
        <textarea data-field="search-query" rows={2} placeholder={i18n(`watch_search_syntax_${office.replace(/-/g, '_')}`)} value={query} onInput={(e) => setQuery((e.target as HTMLTextAreaElement).value)} />
        <div class="row">
          <button type="button" data-action="search-save" disabled={!query.trim()} onClick={() => void save()}>{i18n('watch_search_save')}</button>
        </div>
        <p class="muted small">{i18n('watch_search_jpo_none')}</p>
        {problem && <p class="bad small">{problem}</p>}
      </div>
      {overview.searches.length === 0 ? (
        <p class="muted" data-state="empty">{i18n('watch_search_empty')}</p>
      ) : (
        <ul class="search-list">
          {overview.searches.map((s) => <SearchRow key={s.id} search={s} lists={overview.lists} refresh={refresh} onOpen={onOpen} />)}
        </ul>
      )}
    </div>
  );
}

function SearchRow({ search, lists, refresh, onOpen }: { search: SavedSearch; lists: WatchProps['overview']['lists']; refresh(): void; onOpen: WatchProps['onOpen'] }) {
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const loadHits = async () => setHits(await send('watch/hits', { id: search.id }));
  const act = async (run: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await run();
      if (hits) await loadHits();
      refresh();
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setBusy(false);
    }
  };
  const fresh = hits?.filter((h) => !h.seen) ?? [];
  return (
    <li data-search={search.id}>
      <div class="row">
        <strong>{search.name}</strong> <span class="muted small">{officeName(search.office)} · <code>{search.query}</code> · {intervalWords(search.intervalMinutes)}</span>
      </div>
      <p class="muted small" data-field="last-run">
        {search.lastRun ? i18n('watch_search_last_run', [search.lastRun.slice(0, 16).replace('T', ' '), String(search.lastTotal ?? 0)]) : i18n('watch_search_never_run')}
      </p>
      {search.skipped && <p class="warn small">{search.skipped.reason}</p>}
      {search.lastError && <p class="bad small">{search.lastError}</p>}
      <div class="row">
        <button type="button" data-action="search-run" disabled={busy} onClick={() => void act(() => send('watch/run', { search: search.id }))}>{i18n('watch_run_now')}</button>
        <button type="button" data-action="search-hits" onClick={() => void (hits ? setHits(null) : loadHits())}>{i18n('watch_search_hits')}</button>
        <select data-field="search-interval" value={String(search.intervalMinutes)} onChange={(e) => void act(() => send('watch/search-save', { id: search.id, name: search.name, office: search.office, query: search.query, intervalMinutes: Number((e.target as HTMLSelectElement).value) }))}>
          {INTERVALS.map((m) => <option value={String(m)} key={m}>{intervalWords(m)}</option>)}
        </select>
        <button type="button" class="link small" data-action="search-delete" onClick={() => void act(() => send('watch/search-delete', { id: search.id }))}>{i18n('watch_remove')}</button>
      </div>
      {problem && <p class="bad small">{problem}</p>}
      {hits && (
        <div class="search-hits">
          <p class="small">
            {i18n('watch_search_new_hits', [String(fresh.length), String(hits.length)])}{' '}
            {fresh.length > 0 && <button type="button" class="link small" data-action="hits-seen" onClick={() => void act(() => send('watch/hits-seen', { id: search.id }))}>{i18n('watch_mark_seen', [String(fresh.length)])}</button>}
          </p>
          <ul>
            {[...fresh, ...hits.filter((h) => h.seen)].map((h) => (
              <li key={h.key} class={h.seen ? '' : 'unseen'} data-hit={h.key}>
                <button type="button" class="link" onClick={() => onOpen(h.ref.raw)}>{h.ref.raw}</button> {h.title && <span class="small">{h.title}</span>}{' '}
                <button type="button" class="link small" data-action="hit-watch" onClick={() => void act(() => send('watch/add', { items: [{ text: h.ref.raw }], list: lists[0]?.id }))}>
                  ☆ {i18n('watch_star_watch')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
