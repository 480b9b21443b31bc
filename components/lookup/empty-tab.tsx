import type { SourceReport } from '../../lib/lookup/types';
import { i18n } from '../../lib/i18n';
import { officeName } from '../common/office-name';
import { formatTime } from './format';
import { errorText } from './source-error';

/**
 * A tab with nothing to show says why (issue 9 §2): each office asked for it and its answer —
 * "EPO OPS: not found (checked …)", "JPO: daily quota spent until …" — or plain "nothing" when
 * no office was asked.
 */
export function EmptyTab({ gaps }: { gaps?: SourceReport[] }) {
  if (!gaps || gaps.length === 0) return <p class="muted">{i18n('lookup_nothing')}</p>;
  return (
    <ul class="tab-gaps muted" data-gaps={gaps.map((g) => `${g.office}:${g.error?.kind}`).join(' ')}>
      {gaps.map((g) =>
        g.error ? (
          <li key={g.office} data-office={g.office} data-kind={g.error.kind}>
            {officeName(g.office)}: {errorText(g.error)}
            {g.error.asOf && <span class="small"> · {i18n('lookup_checked_at', formatTime(g.error.asOf))}</span>}
          </li>
        ) : null,
      )}
    </ul>
  );
}
