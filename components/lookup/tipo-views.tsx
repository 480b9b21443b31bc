import { i18n } from '../../lib/i18n';
import { useOnDemand } from '../common/use-on-demand';
import { AsOf } from './as-of';
import { formatDate } from './format';
import type { WorkbenchApi } from './workbench-api';

const sixMonthsAfter = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 6);
  return d.toISOString().slice(0, 10);
};

/** A TW patent's annuities from TIPO (年費): paid until when, the next fee's date and its grace. */
export function TwAnnuity({ api }: { api: WorkbenchApi }) {
  const [state, ask] = useOnDemand(() => api.tipoAnnuity());
  if (state.phase === 'idle' || state.phase === 'busy')
    return (
      <button type="button" class="link" data-action="tw-annuity" disabled={state.phase === 'busy'} onClick={() => ask()}>
        {i18n('tipo_annuity_show')}
      </button>
    );
  if (state.phase === 'failed') return <p class="bad small" data-state="failed">{state.message}</p>;
  const a = state.value;
  if (!a?.paidUntil) return <p class="muted small" data-state="none">{i18n('tipo_annuity_none')}</p>;
  return (
    <section class="tw-annuity">
      <h3>{i18n('tipo_annuity_title')}</h3>
      <dl class="grid">
        <dt class="muted">{i18n('tipo_annuity_paid_until')}</dt>
        <dd data-field="paid-until">{formatDate(a.paidUntil)}{a.paidYear !== undefined && ` (${i18n('tipo_annuity_year', String(a.paidYear))})`}</dd>
        <dt class="muted">{i18n('tipo_annuity_next')}</dt>
        <dd data-field="next-due">
          {formatDate(a.paidUntil)}
          {a.paidYear !== undefined && ` (${i18n('tipo_annuity_year', String(a.paidYear + 1))})`} · {i18n('tipo_annuity_grace', formatDate(sixMonthsAfter(a.paidUntil)))}
        </dd>
        {a.payments.length > 0 && (
          <>
            <dt class="muted">{i18n('tipo_annuity_payments')}</dt>
            <dd data-field="payments">
              {a.payments.map((p) => `${p.date ? formatDate(p.date) : '?'}: ${i18n('tipo_annuity_years', [String(p.fromYear ?? '?'), String(p.toYear ?? '?')])}`).join('; ')}
            </dd>
          </>
        )}
      </dl>
      <AsOf source={a.source} />
    </section>
  );
}
