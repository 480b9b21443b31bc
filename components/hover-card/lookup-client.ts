import type { LookupResult } from '../../lib/model/contracts';
import { MessageError, send } from '../../lib/messaging/client';
import type { Reading } from '../../lib/messaging/reading';
import type { LookupState } from './card-result';

/** Ask the background for the card's summary of a number as read; every failure becomes a state the card can show. */
export async function lookupForCard(reading: Reading): Promise<LookupState> {
  try {
    const result: LookupResult = await send('lookup', { text: reading.raw, reading });
    return { phase: 'done', result };
  } catch (error) {
    if (error instanceof MessageError) return { phase: 'failed', ...error.data };
    return { phase: 'failed', kind: 'internal', message: error instanceof Error ? error.message : String(error) };
  }
}
