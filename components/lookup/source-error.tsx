import type { SourceOutcome } from '../../lib/model/contracts';
import type { SourceReport } from '../../lib/lookup/types';
import { i18n } from '../../lib/i18n';
import { officeName } from '../common/office-name';
import { formatTime } from './format';

/** One office's failure in plain words: one message per error kind, with the reset time or the wait. */
export function errorText(error: NonNullable<SourceOutcome['error']> & { officeCode?: string }): string {
  // OPD is its own registration at the JPO: a good JPO key is refused there, and the user must know why.
  if (error.kind === 'auth' && error.officeCode === 'opd-not-registered') return i18n('error_opd_not_registered');
  switch (error.kind) {
    case 'quota':
      return i18n('error_quota', error.resetsAt ? formatTime(error.resetsAt) : '?');
    case 'rate-limit':
      return i18n('error_rate_limit', String(error.retryAfterSeconds ?? 60));
    case 'auth':
      return i18n('error_auth');
    case 'no-credentials':
      return i18n('error_no_credentials');
    case 'not-found':
      return i18n('error_not_found');
    case 'office-down':
      return i18n('error_office_down');
    case 'bad-response':
      return i18n('error_bad_response');
  }
}

interface Props {
  outcome: SourceReport;
  /** Another office answered: a quiet line, not a warning banner. */
  quiet?: boolean;
  onOpenOptions?: () => void;
}

export function SourceError({ outcome, quiet = false, onOpenOptions }: Props) {
  const { error } = outcome;
  if (!error) return null;
  const needsKey = error.kind === 'auth' || error.kind === 'no-credentials';
  const tone = quiet || error.kind === 'not-found' ? 'muted quiet' : 'warn';
  return (
    <div class={`source-error ${tone}`} data-office={outcome.office} data-kind={error.kind} data-quiet={quiet ? 'true' : 'false'}>
      <strong>{officeName(outcome.office)}</strong>: {errorText(error)}
      {error.asOf && <span class="small"> · {i18n('lookup_checked_at', formatTime(error.asOf))}</span>}
      {needsKey && onOpenOptions && (
        <>
          {' '}
          <button type="button" class="link" onClick={onOpenOptions}>
            {i18n('error_open_options')}
          </button>
        </>
      )}
      <div class="muted small" title={error.message}>
        {i18n('test_detail', error.message)}
      </div>
    </div>
  );
}
