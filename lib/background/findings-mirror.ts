/**
 * Where a tab's findings outlive a service-worker restart: the extension's IndexedDB, not
 * storage.session. Pages decide how many numbers they hold, and storage.session's 10 MB quota is
 * where the access tokens live — a page full of frames full of numbers once filled it and broke
 * token refresh (issue 16 §4). Here findings share no quota with anything a lookup needs.
 */
import { openDB, type IDBPDatabase } from 'idb';

const DB = 'patentpeek-findings';
const STORE = 'tabs';

export interface KeyValueMirror {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function idbMirror(name = DB): KeyValueMirror {
  let db: Promise<IDBPDatabase> | undefined;
  const open = () => (db ??= openDB(name, 1, { upgrade: (d) => void d.createObjectStore(STORE) }));
  return {
    async get(key) {
      const value: unknown = await (await open()).get(STORE, key);
      return value === undefined ? {} : { [key]: value };
    },
    async set(items) {
      const tx = (await open()).transaction(STORE, 'readwrite');
      await Promise.all([...Object.entries(items).map(([k, v]) => tx.store.put(v, k)), tx.done]);
    },
    async remove(key) {
      await (await open()).delete(STORE, key);
    },
  };
}
