import type { QuotaRow } from '../../lib/model/contracts';
import type { OfficeState } from '../../lib/lookup/types';
import type { QuotaView } from '../../lib/messaging/protocol';
import { i18n } from '../../lib/i18n';
import { officeName } from '../common/office-name';
import { formatTime } from '../lookup/format';

function bytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(2)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.round(n / 1024)} KB`;
}

function tokenText(state: OfficeState): string | null {
  if (!state.configured) return i18n('quota_no_key');
  if (!state.token) return null;
  if (state.token.state === 'valid') return i18n('quota_token_valid', formatTime(state.token.expiresAt ?? ''));
  if (state.token.state === 'expired') return i18n('quota_token_expired');
  return i18n('quota_token_none');
}

function rowText(row: QuotaRow): string {
  if (row.unit === 'bytes') return i18n('quota_bytes', [bytes(row.used), row.limit !== null ? bytes(row.limit) : '∞']);
  if (row.limit !== null || row.remaining !== null) return i18n('quota_calls', [row.endpoint, String(row.remaining ?? '?'), String(row.limit ?? '?')]);
  return i18n('quota_calls_unknown', [row.endpoint, String(row.used)]);
}

/**
 * Where the user stands with each office: key set or not, token state, and per endpoint what is
 * left and when it resets. Endpoints not used today are folded away unless a cap is near.
 */
export function QuotaList({ view }: { view: QuotaView }) {
  return (
    <section class="quota-list">
      <h2>{i18n('quota_title')}</h2>
      {view.offices.map((office) => {
        const rows = view.rows.filter((r) => r.office === office.office && (r.used > 0 || r.unit === 'bytes' || r.remaining === 0));
        const token = tokenText(office);
        return (
          <div class="card quota-office" data-office={office.office}>
            <div class="row">
              <strong>{officeName(office.office)}</strong>
              {!office.enabled && <span class="muted">{i18n('quota_disabled')}</span>}
              {token && <span class={`muted token-state${office.configured ? '' : ' warn'}`}>{token}</span>}
            </div>
            {office.throttle && (
              <p class="muted small throttle" title={formatTime(office.throttle.at)}>
                {i18n('quota_throttle', office.throttle.text)}
              </p>
            )}
            {office.configured && rows.length === 0 && <p class="muted small">{i18n('quota_none')}</p>}
            <ul>
              {rows.map((row) => (
                <li data-endpoint={row.endpoint} class={row.remaining === 0 ? 'bad' : ''}>
                  {rowText(row)}
                  {row.resetsAt && <span class="muted"> · {i18n('quota_resets', formatTime(row.resetsAt))}</span>}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

