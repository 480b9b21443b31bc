/**
 * The watch service wired to the browser: its database, the office services, chrome.alarms for the
 * schedule (one alarm per list and per saved search, at its own interval), a notification per list
 * with changes (only once the user granted the permission, asked when the first list is made) and the
 * unseen count on the toolbar button — the global badge; a tab's own count of numbers found on it
 * stands in front of it on that tab.
 */
import { browser } from 'wxt/browser';
import type { WatchChange } from '../model/contracts';
import { i18n, officeName } from '../i18n';
import { parseNumber } from '../numbers';
import { loadSettings } from '../settings';
import { officeServices } from '../lookup/services';
import { openWatchDb, watchRepository, type WatchDb } from '../watch/watch-db';
import { createWatchService, type WatchAlerts, type WatchService } from '../watch/watch-service';
import { openSidePanel } from './side-panel';
import type { Reading } from '../messaging/reading';

const ALARM_PREFIX = 'watch:';
const NOTIFICATION_PREFIX = 'watch-changes:';
const MAX_LINES = 3;

async function mayNotify(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false);
}

const alerts: WatchAlerts = {
  async notify(title, changes: WatchChange[]) {
    if (!(await mayNotify())) return;
    const lines = changes.slice(0, MAX_LINES).map((c) => `${c.ref.raw}: ${c.summary}`);
    if (changes.length > MAX_LINES) lines.push(i18n('watch_notification_more', [String(changes.length - MAX_LINES)]));
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${Date.now()}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: i18n('watch_notification_title', [title, String(changes.length)]),
      message: lines.join('\n'),
    });
  },
  async badge(unseen) {
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    await action.setBadgeText({ text: unseen > 0 ? (unseen > 999 ? '999+' : String(unseen)) : '' });
    await action.setBadgeBackgroundColor({ color: '#c5221f' });
  },
};

let db: Promise<WatchDb> | undefined;
let service: WatchService | undefined;

export function watchService(): WatchService {
  if (service) return service;
  const open = () => (db ??= openWatchDb({ defaultListName: i18n('watch_default_list'), onClosed: () => (db = undefined) }));
  const services = officeServices();
  service = createWatchService({
    repo: watchRepository(open),
    parse: (text) => parseNumber(text),
    details: (text, reading, policy) => services.lookup.details(text, reading, policy),
    spendingOffices: (text, reading) => services.lookup.spendingOffices(text, reading),
    quotaRows: () => services.lookup.quota(),
    quotaShare: async () => (await loadSettings()).watch.quotaShare,
    searchContext: (office, policy) => services.pipelineOf(office).context(policy, 'en'),
    async jpRegistration(c, policy) {
      const answer = await services.lookup.jpoExtra({ kind: 'registration', text: c.text, ...(c.reading && { reading: c.reading }) }, policy);
      if (answer.kind !== 'registration') throw new Error('the JPO answered something else than a register record');
      return answer.value;
    },
    async twAnnuity(c, policy) {
      return services.lookup.tipoAnnuity(c.text, c.reading, policy);
    },
    words: i18n,
    officeName,
    defaultListName: i18n('watch_default_list'),
    alerts,
  });
  return service;
}

/** The context menu's "Add to watchlist": onto the default list, scheduled. */
export async function watchSelection(items: { text: string; reading?: Reading }[]): Promise<void> {
  await watchService().add(items);
  await syncWatchAlarms();
}

/** Make the alarms match the lists and saved searches (after any change to them, and at start). */
export async function syncWatchAlarms(): Promise<void> {
  const watch = watchService();
  const wanted = new Map<string, number>();
  for (const l of await watch.lists()) wanted.set(`${ALARM_PREFIX}list:${l.id}`, l.intervalMinutes);
  for (const s of await watch.searches()) wanted.set(`${ALARM_PREFIX}search:${s.id}`, s.intervalMinutes);
  const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX));
  for (const a of existing) {
    if (wanted.get(a.name) !== a.periodInMinutes) await browser.alarms.clear(a.name);
  }
  const kept = new Set(existing.filter((a) => wanted.get(a.name) === a.periodInMinutes).map((a) => a.name));
  for (const [name, minutes] of wanted) {
    if (!kept.has(name)) browser.alarms.create(name, { periodInMinutes: minutes, delayInMinutes: minutes });
  }
}

/** Register once at service-worker start (listeners must be added synchronously). */
export function installWatchSchedule(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (!alarm.name.startsWith(ALARM_PREFIX)) return;
    const [kind, ...rest] = alarm.name.slice(ALARM_PREFIX.length).split(':');
    const id = rest.join(':');
    void watchService().run(kind === 'search' ? { search: id } : { list: id }).catch(() => undefined);
  });
  browser.notifications?.onClicked.addListener((notificationId) => {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => openSidePanel(tab?.id, { mode: 'watch', text: '' }));
  });
  browser.runtime.onStartup.addListener(() => void watchService().refreshBadge());
}
