import { i18n } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import { deadlineWords, deadlinesOf } from '../../lib/watch/deadlines';
import { officeName } from '../common/office-name';
import { saveBlob } from '../common/save-blob';
import type { WatchProps } from './watch-tab';

/** Deadlines the offices give for watched cases, soonest first; exportable as .ics and CSV. */
export function DeadlinesView({ overview, onOpen }: WatchProps) {
  const deadlines = deadlinesOf(overview.cases);
  const today = new Date().toISOString().slice(0, 10);
  const save = async (format: 'ics' | 'csv') => {
    const { file } = await send('watch/deadlines', { format });
    if (file) saveBlob(new Blob([file.text], { type: `${file.mediaType};charset=utf-8` }), file.fileName);
  };
  return (
    <div class="deadlines">
      <div class="row">
        <button type="button" data-action="export-ics" disabled={deadlines.length === 0} onClick={() => void save('ics')}>{i18n('deadlines_export_ics')}</button>
        <button type="button" data-action="export-csv" disabled={deadlines.length === 0} onClick={() => void save('csv')}>{i18n('deadlines_export_csv')}</button>
      </div>
      {deadlines.length === 0 ? (
        <p class="muted" data-state="empty">{i18n('deadlines_none')}</p>
      ) : (
        <table class="deadline-table">
          <thead>
            <tr><th>{i18n('deadlines_due')}</th><th>{i18n('deadlines_what')}</th><th>{i18n('deadlines_case')}</th><th>{i18n('deadlines_source')}</th></tr>
          </thead>
          <tbody>
            {deadlines.map((d) => (
              <tr key={`${d.caseKey}|${d.kind}|${d.due}`} data-kind={d.kind} class={d.due < today ? 'past' : ''}>
                <td>{d.due}</td>
                <td>{deadlineWords(d, i18n)}</td>
                <td>
                  <button type="button" class="link" onClick={() => onOpen(d.ref.raw)}>{d.ref.raw}</button>
                  {d.title && <div class="small">{d.title}</div>}
                </td>
                <td class="muted small">{officeName(d.office)}, {d.asOf.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="muted small">{i18n('deadlines_hint')}</p>
    </div>
  );
}
