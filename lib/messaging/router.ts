import * as v from 'valibot';
import { messages, type Envelope, type MessageName, type RequestOf, type ResponseOf, type Sender } from './protocol';
import { isOfficeError } from '../transport/errors';

/** Who sent a message, as established by the browser — never by anything inside the message. */
export interface SenderInfo {
  kind: Sender;
  tabId?: number;
  frameId?: number;
  url?: string;
}

export type Handler<K extends MessageName> = (request: RequestOf<K>, sender: SenderInfo) => Promise<ResponseOf<K>> | ResponseOf<K>;
export type Handlers = { [K in MessageName]?: Handler<K> };

/** The subset of runtime.MessageSender the router looks at. */
export interface RawSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Classify a sender: our own extension pages are 'ui'; a frame inside a web page tab is 'content'.
 * Anything else (other extensions, pages without a tab) is refused.
 */
export function classifySender(sender: RawSender, extensionId: string, extensionOrigin: string): SenderInfo | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { kind: 'ui', url, tabId: sender.tab?.id };
  if (sender.tab?.id !== undefined && /^https?:/.test(url)) {
    return { kind: 'content', tabId: sender.tab.id, frameId: sender.frameId, url };
  }
  return null;
}

const seenProblems = new Set<string>();
/** Enough to see what went wrong; a page sending endless distinct bad names cannot grow the set past it. */
const MAX_PROBLEMS_LOGGED = 100;
function logOnce(problem: string): void {
  // A hostile page could flood us with bad messages; one log line per kind of problem is enough.
  if (seenProblems.has(problem) || seenProblems.size >= MAX_PROBLEMS_LOGGED) return;
  seenProblems.add(problem);
  console.warn(`[PatentPeek] ${problem}`);
}

/** Validate one raw message and run its handler; always resolves with an envelope. */
export async function dispatch(
  handlers: Handlers,
  raw: unknown,
  sender: SenderInfo | null,
): Promise<Envelope<unknown>> {
  if (!sender) return refuse('forbidden', 'Unknown sender');
  if (typeof raw !== 'object' || raw === null) return refuse('invalid-message', 'Message is not an object');
  const { name, request } = raw as { name?: unknown; request?: unknown };
  if (typeof name !== 'string' || !Object.hasOwn(messages, name)) return refuse('invalid-message', `Unknown message ${String(name).slice(0, 40)}`);
  const spec = messages[name as MessageName];
  if (!(spec.senders as readonly Sender[]).includes(sender.kind)) return refuse('forbidden', `${name} is not allowed from ${sender.kind}`);
  const parsed = v.safeParse(spec.request, request);
  if (!parsed.success) return refuse('invalid-message', `Invalid ${name}: ${parsed.issues[0]?.message ?? 'bad shape'}`);
  const handler = handlers[name as MessageName] as Handler<MessageName> | undefined;
  if (!handler) return refuse('invalid-message', `No handler for ${name}`);
  try {
    return { ok: true, value: await handler(parsed.output as RequestOf<MessageName>, sender) };
  } catch (error) {
    if (isOfficeError(error)) return { ok: false, error: error.toData() };
    console.error(`[PatentPeek] ${name} failed`, error);
    return { ok: false, error: { kind: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}

function refuse(kind: 'forbidden' | 'invalid-message', message: string): Envelope<never> {
  logOnce(message);
  return { ok: false, error: { kind, message } };
}
