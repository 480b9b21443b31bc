import { useState } from 'preact/hooks';
import type { OfficeId, SourceOutcome } from '../../lib/model/contracts';
import { send } from '../../lib/messaging/client';
import { i18n } from '../../lib/i18n';
import { UNSUPPORTED_OFFICE } from '../../lib/lookup/types';
import { problemText } from '../common/problem-text';
import { errorText } from '../lookup/source-error';
import { formatTime } from '../lookup/format';

/**
 * What exactly is wrong, in the user's words: which credential the office refused (when the office
 * says), unreachable office, or a spent quota (credentials fine, wait until the reset).
 */
export function testVerdict(outcome: SourceOutcome): { tone: 'ok' | 'bad' | 'warn'; text: string } {
  const { error } = outcome;
  if (!error) return { tone: 'ok', text: i18n('test_ok') };
  if (error.message === UNSUPPORTED_OFFICE) return { tone: 'warn', text: i18n('test_unsupported') };
  switch (error.kind) {
    case 'auth':
      // JPO (Keycloak invalid_grant) and OPS (invalid_client) refuse a wrong ID and a wrong secret with
      // the same reply; only when the office names the part do we name it.
      if (/\bbad[- ]id\b|client identifier is required|unknown (id|user|client)/i.test(error.message)) return { tone: 'bad', text: i18n('test_bad_id') };
      if (/\bbad[- ]secret\b|wrong (password|secret)/i.test(error.message)) return { tone: 'bad', text: i18n('test_bad_secret') };
      return { tone: 'bad', text: i18n('test_bad_credentials') };
    case 'office-down':
      return { tone: 'bad', text: i18n('test_unreachable') };
    case 'quota':
      return { tone: 'warn', text: i18n('test_quota', error.resetsAt ? formatTime(error.resetsAt) : '?') };
    default:
      return { tone: 'bad', text: errorText(error) };
  }
}

export function TestConnection({ office, run = (id) => send('office/test', { office: id }), onDone }: { office: OfficeId; run?: (office: OfficeId) => Promise<SourceOutcome>; onDone?: () => void }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SourceOutcome>();
  const test = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome(await run(office));
    } catch (error) {
      setOutcome({ office, ok: false, error: { kind: 'bad-response', message: problemText(error) } });
    } finally {
      setBusy(false);
      onDone?.();
    }
  };
  const verdict = outcome && testVerdict(outcome);
  return (
    <div class="row test-connection" data-office={office}>
      <button type="button" disabled={busy} onClick={() => void test()}>
        {busy ? i18n('test_running') : i18n('test_connection')}
      </button>
      {verdict && (
        <span class={`test-result ${verdict.tone}`} role="status" data-kind={outcome?.error?.kind ?? 'ok'}>
          {verdict.text}
          {outcome?.error && <span class="muted small"> — {outcome.error.message}</span>}
        </span>
      )}
    </div>
  );
}
