import { browser } from 'wxt/browser';
import { CardSessions } from '../../card/card-sessions';
import { CARD_EVENT, type CardEventMessage } from '../../card/card-event';
import type { Handlers } from '../../messaging/router';
import { openSidePanel } from '../side-panel';

export const cardSessions = new CardSessions();

/** Call once at service-worker start: a closed tab's card sessions go with it. */
export function installCardTracking(): void {
  browser.tabs.onRemoved.addListener((tabId) => cardSessions.dropTab(tabId));
}

/**
 * The hover card (issue 16 §2): the content script opens a session on a person's gesture, the
 * card frame claims it, and the frame's close / pin go back to the content script that owns it.
 */
export const cardHandlers: Handlers = {
  'card/open': ({ reading, focus }, sender) => {
    if (sender.tabId === undefined) throw new Error('card/open needs a tab');
    return { session: cardSessions.start({ reading, focus, tabId: sender.tabId, frameId: sender.frameId ?? 0 }) };
  },
  'card/claim': ({ session }, sender) => {
    const claimed = cardSessions.claim(session, sender.tabId);
    return claimed && { reading: claimed.reading, focus: claimed.focus };
  },
  'card/event': async ({ session, event }, sender) => {
    const owner = cardSessions.owner(session, sender.tabId);
    if (!owner) return null;
    const message: CardEventMessage = { type: CARD_EVENT, session, event };
    await browser.tabs.sendMessage(owner.tabId, message, { frameId: owner.frameId }).catch(() => undefined);
    return null;
  },
  'panel/open': async ({ reading }, sender) => {
    await openSidePanel(sender.tabId, { mode: 'lookup', text: reading.label ?? reading.raw, reading });
    return null;
  },
};
