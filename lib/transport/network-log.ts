/**
 * The last requests that really went to an office (token requests included), for the C2
 * `networkLog` hook and for support: method, URL with every secret removed, status, time.
 * KIPRIS and TIPO carry keys in query strings (API-NOTES-2 §1, §2), so query parameters named as
 * secrets — and the usual key/token names — are replaced before anything is stored.
 * Mirrored to storage.session so a service-worker restart keeps the recent history.
 */
import type { NetworkEntry } from '../model/contracts';
import type { KeyValueStore } from './storage-area';

/** Every credential parameter name an office uses (KIPRIS accessKey/ServiceKey, TIPO tk, …) and the usual ones. */
const SECRET_PARAM = /^(access[_-]?key|service[_-]?key|api[_-]?key|auth[_-]?key|x-api-key|key|tk|token|access_token|refresh_token|password|passwd|secret|client_secret|client_id|authorization)$/i;
const STORAGE_KEY = 'network-log';

export function redactUrl(url: string, secretParams: readonly string[] = []): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/\?.*$/, '?…');
  }
  parsed.username = '';
  parsed.password = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAM.test(name) || secretParams.includes(name)) parsed.searchParams.set(name, 'REDACTED');
  }
  return parsed.toString();
}

export interface NetworkLog {
  record(entry: NetworkEntry, secretParams?: readonly string[]): void;
  entries(): Promise<NetworkEntry[]>;
}

export function createNetworkLog(options: { capacity?: number; store?: KeyValueStore } = {}): NetworkLog {
  const capacity = options.capacity ?? 500;
  let buffer: NetworkEntry[] = [];
  let restored: Promise<void> | undefined;
  const restore = () =>
    (restored ??= (async () => {
      const saved = (await options.store?.get<NetworkEntry[]>(STORAGE_KEY)) ?? [];
      buffer = [...saved, ...buffer].slice(-capacity);
    })());
  let writing: Promise<unknown> = Promise.resolve();

  return {
    record(entry, secretParams = []) {
      buffer.push({ ...entry, url: redactUrl(entry.url, secretParams) });
      if (buffer.length > capacity) buffer.splice(0, buffer.length - capacity);
      if (options.store) {
        const store = options.store;
        writing = writing.then(restore).then(() => store.set(STORAGE_KEY, buffer)).catch(() => undefined);
      }
    },
    async entries() {
      await restore();
      await writing;
      return buffer.slice();
    },
  };
}
