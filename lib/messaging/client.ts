import { browser } from 'wxt/browser';
import type { Envelope, MessageErrorData, MessageName, RequestOf, ResponseOf } from './protocol';

/** A failed message, with the error data the background sent (an office error kind, or a protocol error). */
export class MessageError extends Error {
  readonly data: MessageErrorData;
  constructor(data: MessageErrorData) {
    super(data.message);
    this.name = 'MessageError';
    this.data = data;
  }
}

/** Send one message to the background and get its typed response (or a MessageError). */
export async function send<K extends MessageName>(name: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope = (await browser.runtime.sendMessage({ name, request })) as Envelope<ResponseOf<K>> | undefined;
  if (!envelope) throw new MessageError({ kind: 'internal', message: `No answer to ${name}` });
  if (!envelope.ok) throw new MessageError(envelope.error);
  return envelope.value;
}
