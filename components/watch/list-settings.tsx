import { useState } from 'preact/hooks';
import { i18n } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import type { WatchOverview } from '../../lib/messaging/protocol';
import { problemText } from '../common/problem-text';
import { askForNotificationsOnce } from './notify-permission';

/** Re-check intervals a user picks from (minutes); chrome.alarms keeps at least a minute, offices want less. */
export const INTERVALS = [60, 360, 720, 1440, 10080] as const;
const SHARES = [0.1, 0.25, 0.5, 0.75, 1] as const;

export function intervalWords(minutes: number): string {
  return INTERVALS.includes(minutes as (typeof INTERVALS)[number]) ? i18n(`watch_interval_${minutes}`) : i18n('watch_interval_minutes', [String(minutes)]);
}

/** New list, the selected list's interval, and the share of each office's allowance a run may use. */
export function ListSettings({ overview, list, refresh }: { overview: WatchOverview; list: string; refresh(): void }) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const current = overview.lists.find((l) => l.id === list);
  const act = async (run: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await run();
      refresh();
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const create = () => {
    if (!name.trim()) return;
    askForNotificationsOnce();
    void act(async () => {
      await send('watch/list-save', { name: name.trim() });
      setName('');
    });
  };
  return (
    <details class="list-settings">
      <summary>{i18n('watch_settings')}</summary>
      <div class="row">
        <input type="text" data-field="new-list" placeholder={i18n('watch_new_list_placeholder')} value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        <button type="button" data-action="new-list" onClick={create}>{i18n('watch_new_list')}</button>
      </div>
      {current && (
        <div class="row">
          <label>
            {i18n('watch_interval', [current.name])}{' '}
            <select data-field="interval" value={String(current.intervalMinutes)} onChange={(e) => void act(() => send('watch/list-save', { id: current.id, name: current.name, intervalMinutes: Number((e.target as HTMLSelectElement).value) }))}>
              {INTERVALS.map((m) => <option value={String(m)} key={m}>{intervalWords(m)}</option>)}
            </select>
          </label>
          {current.id !== 'default' && (
            <button type="button" class="link small" data-action="delete-list" onClick={() => void act(() => send('watch/list-delete', { id: current.id }))}>
              {i18n('watch_delete_list')}
            </button>
          )}
        </div>
      )}
      <label class="row">
        {i18n('watch_share')}{' '}
        <select data-field="share" value={String(overview.quotaShare)} onChange={(e) => void act(() => send('watch/share', { share: Number((e.target as HTMLSelectElement).value) }))}>
          {[...new Set([...SHARES, overview.quotaShare])].sort((a, b) => a - b).map((s) => <option value={String(s)} key={s}>{`${Math.round(s * 100)}%`}</option>)}
        </select>
      </label>
      <p class="muted small">{i18n('watch_share_hint')}</p>
      {problem && <p class="bad small">{problem}</p>}
    </details>
  );
}
