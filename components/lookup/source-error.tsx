import type { SourceOutcome } from '../../lib/model/contracts';
import { i18n } from '../../lib/i18n';
import { officeName } from '../common/office-name';
import { formatTime } from './format';

/** One office's failure in plain words: one message per error kind, with the reset time or the wait. */
export function errorText(error: NonNullable<SourceOutcome['error']>): string {
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
  outcome: SourceOutcome;
  onOpenOptions?: () => void;
}

export function SourceError({ outcome, onOpenOptions }: Props) {
  const { error } = outcome;
  if (!error) return null;
  const needsKey = error.kind === 'auth' || error.kind === 'no-credentials';
  return (
    <div class={`source-error ${error.kind === 'not-found' ? 'muted' : 'warn'}`} data-office={outcome.office} data-kind={error.kind}>
      <strong>{officeName(outcome.office)}</strong>: {errorText(error)}
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
