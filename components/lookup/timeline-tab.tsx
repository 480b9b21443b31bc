import type { TimelineAnswer } from '../../lib/lookup/types';
import type { Duration, TimelineEvent } from '../../lib/timeline/timeline';
import { i18n } from '../../lib/i18n';
import { officeName } from '../common/office-name';
import { problemText } from '../common/problem-text';
import { useAsync } from '../common/use-async';
import { EmptyTab } from './empty-tab';
import { formatDate } from './format';
import { TimelineChart } from './timeline-chart';

const DURATION_KEY: Record<Duration['key'], string> = {
  'filing-publication': 'timeline_filing_publication',
  'filing-examination-request': 'timeline_filing_examination',
  'filing-first-action': 'timeline_filing_first_action',
  'filing-final': 'timeline_filing_final',
  pendency: 'timeline_pendency',
};
const OUTCOME_KEY: Record<string, string> = { grant: 'timeline_outcome_grant', refusal: 'timeline_outcome_refusal', withdrawal: 'timeline_outcome_withdrawal' };

/** A key date's own name ("date:filing") or the office's event words. */
function eventLabel(e: TimelineEvent): string {
  return e.code.startsWith('date:') ? i18n(`lookup_date_${e.code.slice(5)}`) : e.label;
}

/** The Timeline tab: the prosecution on one axis, and the durations with the events they come from. */
export function TimelineTab({ load }: { load: () => Promise<TimelineAnswer> }) {
  const [state] = useAsync(load, []);
  if (state.state === 'loading') return <p class="muted">{i18n('common_loading')}</p>;
  if (state.state === 'error') return <p class="bad">{problemText(state.error)}</p>;
  const { timeline, gaps } = state.value;
  if (timeline.events.length === 0) return <EmptyTab gaps={[...(gaps.legal ?? []), ...(gaps.procedure ?? [])]} />;
  return (
    <section class="timeline-tab">
      <TimelineChart events={timeline.events} label={i18n('lookup_tab_timeline')} />
      {timeline.durations.length > 0 && (
        <dl class="durations grid">
          {timeline.durations.map((d) => (
            <>
              <dt class="muted">
                {i18n(DURATION_KEY[d.key])}
                {d.outcome && OUTCOME_KEY[d.outcome] && ` (${i18n(OUTCOME_KEY[d.outcome]!)})`}
              </dt>
              <dd data-duration={d.key} data-days={d.days}>
                <strong>{i18n('timeline_months', [String(d.months), String(d.days)])}</strong>
                <span class="muted small">
                  {' '}
                  {formatDate(d.from.date)} {eventLabel(d.from)} → {d.ongoing ? i18n('timeline_today') : `${formatDate(d.to.date)} ${eventLabel(d.to)}`} ({officeName(d.to.office)})
                </span>
              </dd>
            </>
          ))}
        </dl>
      )}
      <ol class="timeline-events">
        {[...timeline.events].reverse().map((e) => (
          <li data-milestone={e.milestone} class={e.milestone === 'other' ? 'muted' : ''}>
            <span class="date">{formatDate(e.date)}</span> {eventLabel(e)} <span class="muted small">{officeName(e.office)} · {e.source.endpoint}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
