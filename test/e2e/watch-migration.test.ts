/**
 * Issue 12: a watch database written by the first schema (v1: each case with its last snapshot inside,
 * lists named on the cases) is upgraded in the browser by the service worker without losing a case,
 * a snapshot or a change. Its own browser, so the database does not exist before the test writes it.
 */
import { describe, expect, it } from 'vitest';
import { askAsUi } from './lookup-helpers';
import { perFile } from './per-file';
import type { WatchOverview } from '../../lib/messaging/protocol';

const run = perFile();

describe('watch database upgrade', () => {
  it('a v1 database opens as v2 with its lists, cases, snapshots and unseen changes', async () => {
    // The options page, because the popup asks for the watch summary and so opens the database itself.
    const page = await run.h.openExtensionPage('options.html');
    await page.evaluate(async () => {
      const ref = { raw: 'US 10,902,286 B2', country: 'US', type: 'grant', docdb: 'US.10902286.B2', epodoc: 'US10902286' };
      const snapshot = {
        at: '2026-11-30T00:00:00.000Z', owners: ['FUJIFILM Corporation'], events: [], family: [], citations: [], offices: { status: 'uspto-odp' }, unknown: [],
        dates: { filing: '2018-09-06', grant: '2021-01-26' }, durations: [], status: { state: 'granted', label: 'Granted', detail: 'Patented Case', office: 'uspto-odp' },
      };
      // The service worker made the current database at install and steps aside when asked (blocking),
      // but its own start-up work may open it again between our delete and our open: then start over.
      const deleteDb = () =>
        new Promise<void>((resolve, reject) => {
          const del = indexedDB.deleteDatabase('patentpeek-watch');
          del.onsuccess = () => resolve();
          del.onerror = () => reject(del.error);
        });
      const openV1 = () =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('patentpeek-watch', 1);
          open.onupgradeneeded = () => {
            open.result.createObjectStore('cases', { keyPath: 'key' });
            open.result.createObjectStore('changes', { keyPath: 'id', autoIncrement: true });
          };
          open.onerror = () => reject(open.error);
          open.onsuccess = () => resolve(open.result);
        });
      let db: IDBDatabase | undefined;
      for (let attempt = 0; !db; attempt++) {
        await deleteDb();
        db = await openV1().catch((e: DOMException) => {
          if (e.name !== 'VersionError' || attempt > 20) throw e;
          return new Promise<undefined>((r) => setTimeout(r, 100));
        });
      }
      const v1 = db;
      await new Promise<void>((resolve, reject) => {
        const tx = v1.transaction(['cases', 'changes'], 'readwrite');
        tx.objectStore('cases').put({ key: 'Rivals|grant:US.10902286.B2', list: 'Rivals', ref, text: 'US 10,902,286 B2', addedAt: '2026-01-01T00:00:00.000Z', lastChecked: '2026-11-30T00:00:00.000Z', snapshot });
        tx.objectStore('changes').add({ ref, kind: 'status', summary: 'Status changed: Pending → Granted', office: 'uspto-odp', at: '2026-11-30T00:00:00.000Z', list: 'Rivals', caseKey: 'Rivals|grant:US.10902286.B2', seen: false });
        tx.oncomplete = () => (v1.close(), resolve());
        tx.onerror = () => reject(tx.error);
      });
    });
    await page.close();

    const [c] = await run.h.watch('list', 'Rivals');
    expect(c).toMatchObject({ ref: { docdb: 'US.10902286.B2' }, lastChecked: '2026-11-30T00:00:00.000Z', status: { label: 'Granted', detail: 'Patented Case', office: 'uspto-odp' } });
    const overview = await askAsUi<WatchOverview>(run.h, 'watch/overview', {});
    expect(overview.lists.map((l) => l.name).sort()).toEqual(['My watchlist', 'Rivals']);
    expect(overview.unseen).toBe(1);
    expect(overview.changes.map((ch) => ch.summary)).toEqual(['Status changed: Pending → Granted']);
    const history = await askAsUi<{ snapshots: unknown[] }>(run.h, 'watch/history', { key: 'Rivals|grant:US.10902286.B2' });
    expect(history.snapshots).toHaveLength(1);
  });
});
