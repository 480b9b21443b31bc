import { browser } from 'wxt/browser';

const ASKED = 'patentpeek-notifications-asked';

/**
 * Ask for the notifications permission the first time the user starts watching (issue 12 §1): inside
 * the click, before anything is awaited, as browsers grant permissions only within a user gesture.
 * Asked once; the user can grant it later from the browser's extension settings.
 */
export function askForNotificationsOnce(): void {
  if (localStorage.getItem(ASKED)) return;
  localStorage.setItem(ASKED, new Date().toISOString());
  void browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
}
