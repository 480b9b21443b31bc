import type { Handlers } from '../../messaging/router';
import type { WatchOverview } from '../../messaging/protocol';
import { officeReadiness } from '../../lookup/services';
import { i18n } from '../../i18n';
import { loadSettings, saveSettings } from '../../settings';
import { caseKey } from '../../watch/model';
import { parseNumber } from '../../numbers';
import { SEARCH_OFFICES } from '../../watch/search-offices';
import { deadlinesCsv, deadlinesIcs, deadlinesOf } from '../../watch/deadlines';
import { syncWatchAlarms, watchService } from '../watch';

/** How many changes the Watchlist tab gets at once (newest first); a case's own history has them all. */
export const WATCH_OVERVIEW_CHANGES = 300;

export async function watchOverview(): Promise<WatchOverview> {
  const watch = watchService();
  const [lists, cases, changes, unseen, searches, settings] = await Promise.all([
    watch.lists(), watch.cases(), watch.changes(), watch.unseenCount(), watch.searches(), loadSettings(),
  ]);
  const searchOffices = await Promise.all(SEARCH_OFFICES.map(async (office) => {
    const r = await officeReadiness(office);
    return { office, ready: r.enabled && r.configured };
  }));
  return { lists, cases, changes: changes.slice(0, WATCH_OVERVIEW_CHANGES), unseen, searches, quotaShare: settings.watch.quotaShare, searchOffices };
}

export const watchHandlers: Handlers = {
  'watch/overview': () => watchOverview(),
  'watch/summary': async () => ({ unseen: await watchService().unseenCount(), cases: (await watchService().cases()).length }),
  'watch/add': async ({ items, list }) => {
    const result = await watchService().add(items, list);
    await syncWatchAlarms();
    return result;
  },
  'watch/remove': async ({ key }) => {
    await watchService().remove(key);
    await watchService().refreshBadge();
    return null;
  },
  'watch/status': async ({ text, reading }) => {
    const parsed = reading ? null : parseNumber(text);
    const ref = reading ?? (parsed?.ok ? { ...parsed.ref, raw: text } : undefined);
    if (!ref) return { watched: [] };
    const doc = { raw: ref.raw, country: ref.country, type: ref.type, docdb: ref.docdb, epodoc: ref.epodoc };
    const lists = await watchService().lists();
    const cases = await watchService().cases();
    const keys = new Set(cases.map((c) => c.key));
    return { watched: lists.filter((l) => keys.has(caseKey(l.id, doc))).map((l) => ({ key: caseKey(l.id, doc), list: l.id })) };
  },
  'watch/list-save': async ({ id, name, intervalMinutes }) => {
    const watch = watchService();
    const list = id ? await watch.updateList(id, { name, ...(intervalMinutes !== undefined && { intervalMinutes }) }) : await watch.createList(name, intervalMinutes);
    await syncWatchAlarms();
    return list;
  },
  'watch/list-delete': async ({ id }) => {
    await watchService().deleteList(id);
    await syncWatchAlarms();
    await watchService().refreshBadge();
    return null;
  },
  'watch/run': ({ list, search }) => watchService().run({ ...(list && { list }), ...(search && { search }) }),
  'watch/seen': async ({ list, caseKey: key }) => {
    await watchService().markSeen({ ...(list && { list }), ...(key && { caseKey: key }) });
    return null;
  },
  'watch/history': async ({ key }) => ({ snapshots: await watchService().history(key), changes: await watchService().changes({ caseKey: key }) }),
  'watch/search-save': async (input) => {
    const saved = await watchService().saveSearch(input);
    await syncWatchAlarms();
    return saved;
  },
  'watch/search-delete': async ({ id }) => {
    await watchService().deleteSearch(id);
    await syncWatchAlarms();
    return null;
  },
  'watch/hits': ({ id }) => watchService().hits(id),
  'watch/hits-seen': async ({ id }) => {
    await watchService().markHitsSeen(id);
    return null;
  },
  'watch/share': async ({ share }) => ({ share: (await saveSettings({ watch: { quotaShare: share } })).watch.quotaShare }),
  'watch/deadlines': async ({ format }) => {
    const deadlines = deadlinesOf(await watchService().cases());
    if (!format) return { deadlines };
    const day = new Date().toISOString().slice(0, 10);
    const file = format === 'ics'
      ? { fileName: `patentpeek-deadlines-${day}.ics`, mediaType: 'text/calendar', text: deadlinesIcs(deadlines, i18n, new Date()) }
      : { fileName: `patentpeek-deadlines-${day}.csv`, mediaType: 'text/csv', text: deadlinesCsv(deadlines, i18n) };
    return { deadlines, file };
  },
  'watch/export': ({ format }) => watchService().exportFile(format),
  'watch/import': async ({ fileName, text, apply, replaceConflicts }) => {
    const report = await watchService().importFile(fileName, text, { apply, ...(replaceConflicts !== undefined && { replaceConflicts }) });
    if (apply) await syncWatchAlarms();
    return report;
  },
};
