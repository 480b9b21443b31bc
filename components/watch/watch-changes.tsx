import { i18n } from '../../lib/i18n';
import type { ChangeRecord } from '../../lib/watch/model';
import { officeName } from '../common/office-name';

/** What changed, newest first; changes the user has not seen yet are marked. */
export function WatchChanges({ changes, limit = 50 }: { changes: readonly ChangeRecord[]; limit?: number }) {
  if (changes.length === 0) return null;
  return (
    <section class="watch-changes">
      <h3>{i18n('watch_changes_heading', [String(changes.length)])}</h3>
      <ul>
        {changes.slice(0, limit).map((ch) => (
          <li key={ch.id ?? `${ch.caseKey}|${ch.at}|${ch.summary}`} data-kind={ch.kind} class={ch.seen ? '' : 'unseen'}>
            <span class="muted small">{ch.at.slice(0, 10)}</span> <strong>{ch.ref.raw}</strong> {ch.summary}{' '}
            <span class="muted small">— {officeName(ch.office)}</span>
          </li>
        ))}
      </ul>
      {changes.length > limit && <p class="muted small">{i18n('watch_changes_more', [String(changes.length - limit)])}</p>}
    </section>
  );
}
