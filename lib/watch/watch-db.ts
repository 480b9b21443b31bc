/**
 * The watch database (IndexedDB through idb). Versioned; every upgrade step is a function from the
 * previous layout and is tested from a database written in that layout (watch-db.test.ts).
 *
 *   v1 (the first watchlist cut): `cases` with the last snapshot inside each case, its list named by a
 *      string; `changes` with auto-increment ids.
 *   v2: `lists` of their own (id, name, interval); `snapshots` keeps every check per case (history);
 *      `changes` indexed by case and list; saved `searches` and their `hits`.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { CaseSnapshot, ChangeRecord, SnapshotRecord, WatchedCase, WatchList } from './model';
import { DAILY_MINUTES, DEFAULT_LIST_ID } from './model';
import type { SavedSearch, SearchHit } from './saved-search';

export const WATCH_DB_NAME = 'patentpeek-watch';
export const WATCH_DB_VERSION = 2;

/** A case as v1 stored it. */
export interface CaseV1 extends Omit<WatchedCase, 'latest'> {
  snapshot?: CaseSnapshot;
}

type AnyTx = IDBPTransaction<unknown, string[], 'versionchange'>;

function createV1(db: IDBPDatabase): void {
  db.createObjectStore('cases', { keyPath: 'key' });
  db.createObjectStore('changes', { keyPath: 'id', autoIncrement: true });
}

async function upgradeToV2(db: IDBPDatabase, tx: AnyTx, defaultName: string, now: string): Promise<void> {
  const lists = db.createObjectStore('lists', { keyPath: 'id' });
  const snapshots = db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
  snapshots.createIndex('caseKey', 'caseKey');
  const changes = tx.objectStore('changes');
  changes.createIndex('caseKey', 'caseKey');
  changes.createIndex('list', 'list');
  db.createObjectStore('searches', { keyPath: 'id' });
  db.createObjectStore('hits', { keyPath: ['search', 'key'] }).createIndex('search', 'search');

  // v1 named a list by a string on each case; each distinct name becomes a list, daily.
  const seen = new Set<string>();
  const cases = tx.objectStore('cases');
  for (let cursor = await cases.openCursor(); cursor; cursor = await cursor.continue()) {
    const old = cursor.value as CaseV1;
    const list = old.list || DEFAULT_LIST_ID;
    if (!seen.has(list)) {
      seen.add(list);
      await lists.put({ id: list, name: list === DEFAULT_LIST_ID ? defaultName : list, intervalMinutes: DAILY_MINUTES, createdAt: old.addedAt ?? now } satisfies WatchList);
    }
    const { snapshot, ...rest } = old;
    if (snapshot) await snapshots.add({ caseKey: old.key, snapshot } satisfies SnapshotRecord);
    await cursor.update({ ...rest, list, ...(snapshot && { latest: snapshot }) } satisfies WatchedCase);
  }
  if (!seen.has(DEFAULT_LIST_ID)) {
    await lists.put({ id: DEFAULT_LIST_ID, name: defaultName, intervalMinutes: DAILY_MINUTES, createdAt: now } satisfies WatchList);
  }
}

export interface WatchDbOptions {
  name?: string;
  /** The default list's name in the UI language (created on first use). */
  defaultListName: string;
  now?: () => string;
  /** The connection was closed (another context upgrades or deletes the database): open anew next time. */
  onClosed?: () => void;
}

export type WatchDb = IDBPDatabase;

export function openWatchDb(opts: WatchDbOptions): Promise<WatchDb> {
  const now = opts.now ?? (() => new Date().toISOString());
  return openDB(opts.name ?? WATCH_DB_NAME, WATCH_DB_VERSION, {
    // Never hold up another context's upgrade or delete: close, and let the next call reopen.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      opts.onClosed?.();
    },
    terminated: () => opts.onClosed?.(),
    async upgrade(db, oldVersion, _newVersion, tx) {
      const anyDb = db as unknown as IDBPDatabase;
      const anyTx = tx as unknown as AnyTx;
      if (oldVersion < 1) createV1(anyDb);
      if (oldVersion < 2) await upgradeToV2(anyDb, anyTx, opts.defaultListName, now());
    },
  }) as Promise<WatchDb>;
}

/** The typed reads and writes the watch service needs; one transaction per call. */
export function watchRepository(open: () => Promise<WatchDb>) {
  return {
    async lists(): Promise<WatchList[]> {
      // The default list first, then in the order they were made.
      return ((await (await open()).getAll('lists')) as WatchList[]).sort(
        (a, b) => Number(b.id === DEFAULT_LIST_ID) - Number(a.id === DEFAULT_LIST_ID) || a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name),
      );
    },
    async putList(list: WatchList): Promise<void> {
      await (await open()).put('lists', list);
    },
    async deleteList(id: string): Promise<void> {
      const db = await open();
      const tx = db.transaction(['lists', 'cases', 'changes', 'snapshots'], 'readwrite');
      await tx.objectStore('lists').delete(id);
      for (let c = await tx.objectStore('cases').openCursor(); c; c = await c.continue()) {
        if ((c.value as WatchedCase).list !== id) continue;
        const key = (c.value as WatchedCase).key;
        for (let s = await tx.objectStore('snapshots').index('caseKey').openCursor(key); s; s = await s.continue()) await s.delete();
        await c.delete();
      }
      for (let ch = await tx.objectStore('changes').index('list').openCursor(id); ch; ch = await ch.continue()) await ch.delete();
      await tx.done;
    },
    async cases(list?: string): Promise<WatchedCase[]> {
      const all = (await (await open()).getAll('cases')) as WatchedCase[];
      return (list ? all.filter((c) => c.list === list) : all).sort((a, b) => a.addedAt.localeCompare(b.addedAt));
    },
    async getCase(key: string): Promise<WatchedCase | undefined> {
      return (await (await open()).get('cases', key)) as WatchedCase | undefined;
    },
    async putCase(c: WatchedCase): Promise<void> {
      await (await open()).put('cases', c);
    },
    async deleteCase(key: string): Promise<void> {
      const db = await open();
      const tx = db.transaction(['cases', 'changes', 'snapshots'], 'readwrite');
      await tx.objectStore('cases').delete(key);
      for (let s = await tx.objectStore('snapshots').index('caseKey').openCursor(key); s; s = await s.continue()) await s.delete();
      for (let ch = await tx.objectStore('changes').index('caseKey').openCursor(key); ch; ch = await ch.continue()) await ch.delete();
      await tx.done;
    },
    /** A check's result: the case (with its latest snapshot), the snapshot in history, and its changes. */
    async recordCheck(c: WatchedCase, snapshot: CaseSnapshot | undefined, changes: ChangeRecord[]): Promise<void> {
      const db = await open();
      const tx = db.transaction(['cases', 'changes', 'snapshots'], 'readwrite');
      await tx.objectStore('cases').put(c);
      if (snapshot) await tx.objectStore('snapshots').add({ caseKey: c.key, snapshot } satisfies SnapshotRecord);
      for (const change of changes) await tx.objectStore('changes').add(change);
      await tx.done;
    },
    async addChanges(changes: ChangeRecord[]): Promise<void> {
      const db = await open();
      const tx = db.transaction('changes', 'readwrite');
      for (const change of changes) await tx.store.add(change);
      await tx.done;
    },
    async history(key: string): Promise<CaseSnapshot[]> {
      const rows = (await (await open()).getAllFromIndex('snapshots', 'caseKey', key)) as SnapshotRecord[];
      return rows.map((r) => r.snapshot).sort((a, b) => b.at.localeCompare(a.at));
    },
    async changes(filter: { list?: string; caseKey?: string } = {}): Promise<ChangeRecord[]> {
      const db = await open();
      const rows = (filter.caseKey
        ? await db.getAllFromIndex('changes', 'caseKey', filter.caseKey)
        : filter.list
          ? await db.getAllFromIndex('changes', 'list', filter.list)
          : await db.getAll('changes')) as ChangeRecord[];
      return rows.sort((a, b) => b.at.localeCompare(a.at) || (b.id ?? 0) - (a.id ?? 0));
    },
    async markSeen(filter: { list?: string; caseKey?: string } = {}): Promise<void> {
      const db = await open();
      const tx = db.transaction('changes', 'readwrite');
      for (let c = await tx.store.openCursor(); c; c = await c.continue()) {
        const ch = c.value as ChangeRecord;
        if (ch.seen || (filter.list && ch.list !== filter.list) || (filter.caseKey && ch.caseKey !== filter.caseKey)) continue;
        await c.update({ ...ch, seen: true });
      }
      await tx.done;
    },
    async unseenCount(): Promise<number> {
      return ((await (await open()).getAll('changes')) as ChangeRecord[]).filter((c) => !c.seen).length;
    },
    async searches(): Promise<SavedSearch[]> {
      return ((await (await open()).getAll('searches')) as SavedSearch[]).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    async getSearch(id: string): Promise<SavedSearch | undefined> {
      return (await (await open()).get('searches', id)) as SavedSearch | undefined;
    },
    async putSearch(s: SavedSearch): Promise<void> {
      await (await open()).put('searches', s);
    },
    async deleteSearch(id: string): Promise<void> {
      const db = await open();
      const tx = db.transaction(['searches', 'hits'], 'readwrite');
      await tx.objectStore('searches').delete(id);
      for (let h = await tx.objectStore('hits').index('search').openCursor(id); h; h = await h.continue()) await h.delete();
      await tx.done;
    },
    async hits(search: string): Promise<SearchHit[]> {
      return ((await (await open()).getAllFromIndex('hits', 'search', search)) as SearchHit[]).sort((a, b) => b.firstSeen.localeCompare(a.firstSeen) || a.key.localeCompare(b.key));
    },
    async putHits(hits: SearchHit[]): Promise<void> {
      const db = await open();
      const tx = db.transaction('hits', 'readwrite');
      for (const h of hits) await tx.store.put(h);
      await tx.done;
    },
  };
}

export type WatchRepository = ReturnType<typeof watchRepository>;
