import { i18n } from '../../lib/i18n';
import { type Distribution, listAnalytics } from '../../lib/watch/analytics';
import { Histogram } from './histogram';
import type { WatchProps } from './watch-tab';

function Figure({ name, d }: { name: string; d: Distribution }) {
  return (
    <div class="analytics-figure" data-figure={name}>
      <h4>{i18n(`analytics_${name}`)}</h4>
      {d.median === null ? (
        <p class="muted small">{i18n('analytics_no_data')}</p>
      ) : (
        <>
          <p class="small">{i18n('analytics_median', [String(d.median), String(d.p25), String(d.p75), String(d.months.length)])}</p>
          <Histogram months={d.months} label={i18n(`analytics_${name}`)} />
        </>
      )}
    </div>
  );
}

/** Per list: pendency, time to first office action and to grant, grant rate — the Timeline's durations. */
export function AnalyticsView({ overview }: WatchProps) {
  return (
    <div class="analytics">
      {overview.lists.map((list) => {
        const a = listAnalytics(overview.cases.filter((c) => c.list === list.id));
        return (
          <section key={list.id} data-list={list.id}>
            <h3>{list.name}</h3>
            <p class="small" data-field="grant-rate">
              {i18n('analytics_summary', [String(a.cases), String(a.withStatus), String(a.granted), String(a.decided)])}{' '}
              {a.grantRate === null ? i18n('analytics_no_rate') : i18n('analytics_rate', [String(Math.round(a.grantRate * 100))])}
            </p>
            <Figure name="first_action" d={a.firstAction} />
            <Figure name="to_grant" d={a.toGrant} />
            <Figure name="pending" d={a.pending} />
          </section>
        );
      })}
      <p class="muted small">{i18n('analytics_hint')}</p>
    </div>
  );
}
