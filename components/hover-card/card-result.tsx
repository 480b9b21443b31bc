import type { LookupResult, SourceOutcome } from '../../lib/model/contracts';
import { i18n } from '../../lib/i18n';
import { officeName } from '../common/office-name';
import { errorText, formatDate } from './card-text';

export type LookupState =
  | { phase: 'loading' }
  | { phase: 'done'; result: LookupResult }
  | { phase: 'failed'; kind: string; message: string; resetsAt?: string; retryAfterSeconds?: number };

const DATE_KEYS = ['priority', 'filing', 'publication', 'grant'] as const;

function failedSources(result: LookupResult): SourceOutcome[] {
  return result.sources.filter((s) => !s.ok);
}

/** The looked-up part of the card: loading, data, not found, no keys, or errors. */
export function CardResult({ state, onRetry }: { state: LookupState; onRetry(): void }) {
  if (state.phase === 'loading') {
    return (
      <p class="state loading" role="status" data-state="loading">
        {i18n('common_loading')}
      </p>
    );
  }
  if (state.phase === 'failed') {
    return (
      <div class="state error" role="alert" data-state="error">
        <p>{errorText(state.kind, i18n('extName'), state)}</p>
        <button type="button" class="link" onClick={onRetry}>
          {i18n('hover_retry')}
        </button>
      </div>
    );
  }
  const { result } = state;
  if (!result.ref) {
    return (
      <p class="state" data-state="not-a-number">
        {i18n('hover_not_a_number')} {result.reason ?? ''}
      </p>
    );
  }
  const failed = failedSources(result);
  const hasData = Boolean(result.status || result.biblio || result.family);
  const noKeys = !hasData && (result.sources.length === 0 || failed.every((s) => s.error?.kind === 'no-credentials'));
  const notFound = !hasData && failed.length > 0 && failed.every((s) => s.error?.kind === 'not-found');
  const { biblio, status, family } = result;
  return (
    <div class="result">
      {noKeys && (
        <p class="state" data-state="no-keys">
          {i18n('hover_no_keys')}
        </p>
      )}
      {notFound && (
        <p class="state" data-state="not-found">
          {i18n('hover_not_found')}
        </p>
      )}
      {biblio?.title && <p class="title" data-field="title">{biblio.title}</p>}
      {biblio && biblio.applicants.length > 0 && (
        <p class="applicants" data-field="applicants">
          {biblio.applicants.join('; ')}
        </p>
      )}
      {status && (
        <p class="status" data-field="status">
          <strong>{status.label}</strong>
          {status.detail && <span class="detail"> — {status.detail}</span>}
          <span class="muted"> ({officeName(status.office)}, {formatDate(status.asOf)})</span>
        </p>
      )}
      {biblio && (
        <dl class="dates" data-field="dates">
          {DATE_KEYS.filter((k) => biblio.dates[k]).map((k) => (
            <div key={k}>
              <dt>{i18n(`hover_date_${k}`)}</dt>
              <dd>{formatDate(biblio.dates[k]!)}</dd>
            </div>
          ))}
        </dl>
      )}
      {family && (
        <p class="family" data-field="family">
          {i18n('hover_family_size', String(family.length))}
        </p>
      )}
      {!noKeys && !notFound && failed.length > 0 && (
        <ul class="problems" data-state="partial">
          {failed.map((s) => (
            <li key={s.office}>{errorText(s.error?.kind ?? 'internal', officeName(s.office), s.error)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
