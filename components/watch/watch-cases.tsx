import { useState } from 'preact/hooks';
import { i18n } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import type { WatchedCase } from '../../lib/watch/model';
import type { StatusState } from '../../lib/model/patent';
import { STATUS_MESSAGE_KEY } from '../../lib/model/status-words';
import { problemText } from '../common/problem-text';
import { officeName } from '../common/office-name';
import { CaseHistory } from './case-history';
import { ListSettings } from './list-settings';
import { WatchAdd } from './watch-add';
import { WatchChanges } from './watch-changes';
import { WatchTransfer } from './watch-transfer';
import type { WatchProps } from './watch-tab';

export interface CaseFilter {
  list: string;
  country: string;
  state: StatusState | '';
  /** YYYY-MM-DD: only cases with a change found on or after it. */
  since: string;
}

const ALL = '';

export function filterCases(cases: readonly WatchedCase[], changedKeys: ReadonlySet<string>, f: CaseFilter): WatchedCase[] {
  return cases.filter(
    (c) =>
      (f.list === ALL || c.list === f.list) &&
      (f.country === ALL || c.ref.country === f.country) &&
      (f.state === '' || c.latest?.status?.state === f.state) &&
      (f.since === '' || changedKeys.has(c.key)),
  );
}

/** Watched cases: add, filter, check now, what changed, each case's history; export and import. */
export function WatchCases({ overview, refresh, onOpen }: WatchProps) {
  const [filter, setFilter] = useState<CaseFilter>({ list: ALL, country: ALL, state: '', since: '' });
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  const changes = overview.changes.filter((ch) => !ch.list.startsWith('search:') && (filter.since === '' || ch.at.slice(0, 10) >= filter.since));
  const changedKeys = new Set(changes.map((ch) => ch.caseKey));
  const shown = filterCases(overview.cases, changedKeys, filter);
  const shownKeys = new Set(shown.map((c) => c.key));
  const countries = [...new Set(overview.cases.map((c) => c.ref.country))].sort();
  const states = [...new Set(overview.cases.map((c) => c.latest?.status?.state).filter((s): s is StatusState => Boolean(s)))].sort();
  const listName = new Map(overview.lists.map((l) => [l.id, l.name]));

  const runNow = async () => {
    setRunning(true);
    setMessage(null);
    try {
      const found = await send('watch/run', filter.list ? { list: filter.list } : {});
      setMessage({ ok: true, text: i18n('watch_run_done', [String(found.length)]) });
    } catch (error) {
      setMessage({ ok: false, text: problemText(error) });
    } finally {
      setRunning(false);
      refresh();
    }
  };
  const markSeen = async () => {
    await send('watch/seen', filter.list ? { list: filter.list } : {});
    refresh();
  };
  const remove = async (key: string) => {
    await send('watch/remove', { key });
    refresh();
  };
  const set = (patch: Partial<CaseFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <div class="watch-cases">
      <div class="row">
        <label>
          {i18n('watch_filter_list')}{' '}
          <select data-filter="list" value={filter.list} onChange={(e) => set({ list: (e.target as HTMLSelectElement).value })}>
            <option value={ALL}>{i18n('watch_all_lists')}</option>
            {overview.lists.map((l) => <option value={l.id} key={l.id}>{l.name}</option>)}
          </select>
        </label>
        <button type="button" class="primary" data-action="run" disabled={running || overview.cases.length === 0} onClick={() => void runNow()}>
          {running ? i18n('watch_running') : i18n('watch_run_now')}
        </button>
        <button type="button" data-action="seen" disabled={overview.unseen === 0} onClick={() => void markSeen()}>
          {i18n('watch_mark_seen', [String(overview.unseen)])}
        </button>
      </div>
      {message && <p class={message.ok ? 'ok' : 'bad'} data-field="run-result">{message.text}</p>}
      <ListSettings overview={overview} list={filter.list} refresh={refresh} />
      <WatchAdd lists={overview.lists} list={filter.list} onAdded={refresh} />

      <div class="row watch-filters">
        <label>
          {i18n('watch_filter_office')}{' '}
          <select data-filter="country" value={filter.country} onChange={(e) => set({ country: (e.target as HTMLSelectElement).value })}>
            <option value={ALL}>{i18n('watch_filter_any')}</option>
            {countries.map((c) => <option value={c} key={c}>{c}</option>)}
          </select>
        </label>
        <label>
          {i18n('watch_filter_status')}{' '}
          <select data-filter="state" value={filter.state} onChange={(e) => set({ state: (e.target as HTMLSelectElement).value as StatusState | '' })}>
            <option value="">{i18n('watch_filter_any')}</option>
            {states.map((s) => <option value={s} key={s}>{i18n(STATUS_MESSAGE_KEY[s])}</option>)}
          </select>
        </label>
        <label>
          {i18n('watch_filter_since')}{' '}
          <input type="date" data-filter="since" value={filter.since} onInput={(e) => set({ since: (e.target as HTMLInputElement).value })} />
        </label>
      </div>

      <WatchChanges changes={changes.filter((ch) => shownKeys.has(ch.caseKey))} />

      {overview.cases.length === 0 ? (
        <p class="muted" data-state="empty">{i18n('watch_empty')}</p>
      ) : (
        <ul class="watch-case-list">
          {shown.map((c) => (
            <li key={c.key} data-case={c.ref.docdb ?? c.text}>
              <div class="row">
                <button type="button" class="link" data-action="open" onClick={() => onOpen(c.text, c.reading)}>{c.text}</button>
                {c.latest?.status && (
                  <span data-field="status">
                    {c.latest.status.label} <span class="muted small">({c.latest.status.detail || c.latest.status.state}, {officeName(c.latest.status.office)})</span>
                  </span>
                )}
                {filter.list === ALL && overview.lists.length > 1 && <span class="chip small">{listName.get(c.list) ?? c.list}</span>}
              </div>
              {c.latest?.title && <p class="small">{c.latest.title}</p>}
              <p class="muted small" data-field="checked">
                {c.lastChecked ? i18n('watch_last_checked', [c.lastChecked.slice(0, 16).replace('T', ' ')]) : i18n('watch_never_checked')}
              </p>
              {c.skipped && (
                <p class="warn small" data-field="skipped">
                  {c.skipped.reason}
                  {c.skipped.until && ` — ${i18n('watch_skipped_until', [new Date(c.skipped.until).toLocaleString()])}`}
                </p>
              )}
              {c.lastError && <p class="bad small" data-field="error">{c.lastError}</p>}
              <div class="row">
                <button type="button" class="link small" data-action="history" aria-expanded={open === c.key} onClick={() => setOpen(open === c.key ? null : c.key)}>
                  {i18n('watch_history')}
                </button>
                <button type="button" class="link small" data-action="remove" onClick={() => void remove(c.key)}>{i18n('watch_remove')}</button>
              </div>
              {open === c.key && <CaseHistory caseKey={c.key} />}
            </li>
          ))}
        </ul>
      )}
      <WatchTransfer refresh={refresh} />
    </div>
  );
}
