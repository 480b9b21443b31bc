/** The background relays a card frame's events to the content script that opened the card. */
export const CARD_EVENT = 'patentpeek/card-event';

export interface CardEventMessage {
  type: typeof CARD_EVENT;
  session: string;
  event: CardEventName;
}

/** What the person did in the card: closed or pinned it, or walked on to the next / previous number (Alt+Shift+N / P). */
export const CARD_EVENTS = ['close', 'pin', 'unpin', 'next', 'previous'] as const;
export type CardEventName = (typeof CARD_EVENTS)[number];

export function isCardEvent(message: unknown): message is CardEventMessage {
  const m = message as Partial<CardEventMessage> | null;
  return m?.type === CARD_EVENT && typeof m.session === 'string' && (CARD_EVENTS as readonly unknown[]).includes(m.event);
}
