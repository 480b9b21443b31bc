import type { ErrorKind } from '../../lib/model/contracts';
import { MessageError } from '../../lib/messaging/client';
import { i18n } from '../../lib/i18n';
import { errorText } from '../lookup/source-error';

const officeKinds: readonly ErrorKind[] = ['auth', 'quota', 'rate-limit', 'not-found', 'office-down', 'bad-response', 'no-credentials'];

/**
 * A failed message or action as text for an extension page: an office failure gets its one
 * message per kind (with reset time or wait); anything else says PatentPeek itself failed, with
 * the background's detail after it.
 */
export function problemText(error: unknown): string {
  if (error instanceof MessageError && (officeKinds as readonly string[]).includes(error.data.kind)) {
    return errorText({ ...error.data, kind: error.data.kind as ErrorKind });
  }
  return i18n('error_internal', error instanceof Error ? error.message : String(error));
}
