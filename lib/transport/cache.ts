/**
 * IndexedDB response cache (idb), the outermost transport layer (aesthetics.md §16.3):
 *  - fresh entry (younger than the endpoint's TTL) → served without touching the network;
 *  - identical concurrent requests → one request, every caller gets its result;
 *  - a refresh that fails with a transient or quota error → the last good copy, marked `stale`
 *    with the error, so the UI can say "as of <fetchedAt>" next to the reason;
 *  - `freshAfter` (a watch run): an entry fetched before that time counts as expired, so each run
 *    reads the office once per reply, however many capabilities share it.
 * Not-found, auth and no-credentials errors are never hidden behind an old copy: they change what
 * the user must do. A not-found answer is itself remembered (at most an hour), so a lookup that
 * probes an optional resource (the EP Register for a non-EP case) does not spend a call each time.
 * Survives service-worker restarts (IndexedDB); entries are kept 30 days for stale serving.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { OfficeResponse } from '../offices/provider';
import { isOfficeError, NotFound, type OfficeErrorData } from './errors';

const STORE = 'responses';
const KEEP_FOR_STALE_MS = 30 * 24 * 3600 * 1000;
const STALE_ON = new Set(['office-down', 'rate-limit', 'quota', 'bad-response']);
const NOT_FOUND_TTL_SECONDS = 3600;

interface Entry {
  key: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  fetchedAt: string;
  expiresAt: number;
  /** A remembered "not found" instead of a reply. */
  notFound?: OfficeErrorData;
}

export interface CacheRunOptions {
  noCache?: boolean;
  /** Epoch ms: entries fetched earlier are refreshed (a stale copy still stands in if that fails). */
  freshAfter?: number;
}

export interface ResponseCache {
  run(key: string, ttlSeconds: number, fetcher: () => Promise<OfficeResponse>, options?: CacheRunOptions): Promise<OfficeResponse>;
  clear(): Promise<void>;
}

export function createResponseCache(options: { dbName?: string; now?: () => number } = {}): ResponseCache {
  const now = options.now ?? Date.now;
  const inFlight = new Map<string, Promise<OfficeResponse>>();
  let db: Promise<IDBPDatabase> | undefined;
  const open = () =>
    (db ??= openDB(options.dbName ?? 'patentpeek-cache', 1, {
      upgrade(database) {
        database.createObjectStore(STORE, { keyPath: 'key' });
      },
    }).then(async (database) => {
      await prune(database);
      return database;
    }));

  /** Once per worker start: drop what is too old even to be shown as a stale copy. */
  async function prune(database: IDBPDatabase) {
    let cursor = await database.transaction(STORE, 'readwrite').store.openCursor();
    while (cursor) {
      if (Date.parse((cursor.value as Entry).fetchedAt) + KEEP_FOR_STALE_MS < now()) await cursor.delete();
      cursor = await cursor.continue();
    }
  }

  async function read(key: string): Promise<Entry | undefined> {
    const entry = (await (await open()).get(STORE, key)) as Entry | undefined;
    if (entry && Date.parse(entry.fetchedAt) + KEEP_FOR_STALE_MS < now()) return undefined;
    return entry;
  }

  async function write(key: string, res: OfficeResponse, ttlSeconds: number) {
    const entry: Entry = { key, status: res.status, headers: res.headers, body: res.body, fetchedAt: res.fetchedAt, expiresAt: now() + ttlSeconds * 1000 };
    await (await open()).put(STORE, entry);
  }

  const toResponse = (entry: Entry, stale: boolean): OfficeResponse => ({
    status: entry.status,
    headers: entry.headers,
    body: entry.body,
    fetchedAt: entry.fetchedAt,
    fromCache: true,
    stale,
  });

  async function refresh(key: string, ttlSeconds: number, fetcher: () => Promise<OfficeResponse>, old: Entry | undefined) {
    try {
      const res = await fetcher();
      if (ttlSeconds > 0) await write(key, res, ttlSeconds);
      return res;
    } catch (error) {
      if (old && !old.notFound && isOfficeError(error) && STALE_ON.has(error.kind)) {
        return { ...toResponse(old, true), staleBecause: error.toData() };
      }
      if (error instanceof NotFound && ttlSeconds > 0) {
        const data = error.toData();
        const entry: Entry = { key, status: data.httpStatus ?? 404, headers: {}, body: null, fetchedAt: new Date(now()).toISOString(), expiresAt: now() + Math.min(ttlSeconds, NOT_FOUND_TTL_SECONDS) * 1000, notFound: data };
        await (await open()).put(STORE, entry);
      }
      throw error;
    }
  }

  return {
    async run(key, ttlSeconds, fetcher, { noCache = false, freshAfter } = {}) {
      if (noCache) return fetcher();
      const joined = inFlight.get(key);
      if (joined) return joined;
      const pending = (async () => {
        const entry = await read(key);
        const recentEnough = freshAfter === undefined || Date.parse(entry?.fetchedAt ?? '') >= freshAfter;
        if (entry && entry.expiresAt > now() && recentEnough) {
          if (entry.notFound) {
            const { office, message, httpStatus, officeCode } = entry.notFound;
            throw new NotFound(office, message, { ...(httpStatus !== undefined && { httpStatus }), ...(officeCode !== undefined && { officeCode }), asOf: entry.fetchedAt });
          }
          return toResponse(entry, false);
        }
        return refresh(key, ttlSeconds, fetcher, entry);
      })().finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
      return pending;
    },
    async clear() {
      await (await open()).clear(STORE);
    },
  };
}
