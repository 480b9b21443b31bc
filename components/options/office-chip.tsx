import type { OfficeState } from '../../lib/lookup/types';
import { i18n } from '../../lib/i18n';
import { errorText } from '../lookup/source-error';
import { formatTime } from '../lookup/format';

export interface Chip {
  tone: 'ok' | 'warn' | 'bad' | 'muted';
  text: string;
  title?: string;
}

/**
 * An office's chip from what really happened (issue 9 §5): Ready only after a test or a lookup the
 * office answered with these keys; Failed with its reason; Off when switched off; and said plainly
 * when PatentPeek cannot query the office yet. `state` is absent for offices with no provider.
 */
export function chipOf(state: OfficeState | undefined, enabled: boolean, configured: boolean): Chip {
  if (!state) return { tone: 'muted', text: i18n('options_chip_unavailable') };
  if (!enabled) return { tone: 'muted', text: i18n('options_chip_off') };
  if (!configured) return { tone: 'muted', text: i18n('options_no_key') };
  const { last } = state;
  if (!last) return { tone: 'muted', text: i18n('options_chip_untested') };
  const title = i18n(last.via === 'test' ? 'options_chip_by_test' : 'options_chip_by_lookup', formatTime(last.at));
  if (last.ok) return { tone: 'ok', text: i18n('options_ready'), title };
  if (last.kind === 'quota') return { tone: 'warn', text: i18n('options_chip_quota', last.resetsAt ? formatTime(last.resetsAt) : '?'), title };
  return { tone: 'bad', text: i18n('options_chip_failed', errorText({ kind: last.kind ?? 'bad-response', message: last.message ?? '' })), title };
}

export function OfficeChip({ chip }: { chip: Chip }) {
  return (
    <span class={`chip ${chip.tone}`} data-chip={chip.tone} title={chip.title}>
      {chip.text}
    </span>
  );
}
