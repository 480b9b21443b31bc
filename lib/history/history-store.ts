/**
 * The side panel's history (issue 10 §5): the last 200 numbers looked up, newest first, in the
 * extension's IndexedDB. One entry per document: looking it up again moves it to the top.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { Reading } from '../messaging/reading';

export interface HistoryEntry {
  /** The document's key (type + DOCDB, or the text) — one entry per document. */
  key: string;
  /** What to show and to look up again: the office's written form. */
  written: string;
  country: string;
  type: string;
  docdb: string | null;
  title?: string;
  reading?: Reading;
  at: string;
}

export const HISTORY_LIMIT = 200;
const STORE = 'entries';

export function historyStore(name = 'patentpeek-history') {
  let db: Promise<IDBPDatabase> | undefined;
  const open = () =>
    (db ??= openDB(name, 1, {
      upgrade(d) {
        d.createObjectStore(STORE, { keyPath: 'key' }).createIndex('at', 'at');
      },
    }));
  return {
    async add(entry: HistoryEntry): Promise<void> {
      const tx = (await open()).transaction(STORE, 'readwrite');
      await tx.store.put(entry);
      // Oldest beyond the limit go.
      let count = await tx.store.count();
      for (let cursor = await tx.store.index('at').openCursor(); cursor && count > HISTORY_LIMIT; cursor = await cursor.continue()) {
        await cursor.delete();
        count--;
      }
      await tx.done;
    },
    /** Newest first; `query` filters on the written form, DOCDB and title (any case). */
    async list(query = ''): Promise<HistoryEntry[]> {
      const all = ((await (await open()).getAllFromIndex(STORE, 'at')) as HistoryEntry[]).reverse();
      const q = query.normalize('NFKC').trim().toLowerCase();
      if (!q) return all;
      return all.filter((e) => [e.written, e.docdb ?? '', e.title ?? ''].some((s) => s.normalize('NFKC').toLowerCase().includes(q)));
    },
    async clear(): Promise<void> {
      await (await open()).clear(STORE);
    },
  };
}

export type HistoryStore = ReturnType<typeof historyStore>;
