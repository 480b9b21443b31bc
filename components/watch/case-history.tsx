import { i18n } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import { problemText } from '../common/problem-text';
import { useAsync } from '../common/use-async';

/** One watched case's checks, newest first, each with what it found. */
export function CaseHistory({ caseKey }: { caseKey: string }) {
  const [state] = useAsync(() => send('watch/history', { key: caseKey }), [caseKey]);
  if (state.state === 'loading') return <p class="muted small">{i18n('common_loading')}</p>;
  if (state.state === 'error') return <p class="bad small">{problemText(state.error)}</p>;
  const { snapshots, changes } = state.value;
  if (snapshots.length === 0) return <p class="muted small" data-state="empty">{i18n('watch_history_none')}</p>;
  return (
    <ol class="case-history small">
      {snapshots.map((s) => {
        const found = changes.filter((ch) => ch.at === s.at);
        return (
          <li key={s.at}>
            <span class="muted">{s.at.slice(0, 16).replace('T', ' ')}</span> {s.status ? s.status.label : i18n('watch_history_no_status')}
            {' — '}
            {found.length === 0 ? <span class="muted">{i18n('watch_history_no_change')}</span> : found.map((ch) => <span key={ch.id} class="chip">{ch.summary}</span>)}
            {s.unknown.length > 0 && <span class="muted"> {i18n('watch_history_unread', [s.unknown.join(', ')])}</span>}
          </li>
        );
      })}
    </ol>
  );
}
