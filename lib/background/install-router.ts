import { browser } from 'wxt/browser';
import { classifySender, dispatch, type Handlers, type RawSender } from '../messaging/router';

/** Listen for messages and answer each with an envelope from the handler table. */
export function installRouter(handlers: Handlers): void {
  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender: RawSender) =>
    dispatch(handlers, message, classifySender(sender, browser.runtime.id, extensionOrigin)),
  );
}
