/**
 * A tiny key-value view of browser.storage (local for the quota ledger, session for tokens and
 * the network log), so each transport layer can be tested with the WXT fake browser or a Map.
 */
import { browser } from 'wxt/browser';

export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export function browserStore(area: 'local' | 'session'): KeyValueStore {
  const storage = () => browser.storage[area];
  return {
    async get<T>(key: string) {
      const found = await storage().get(key);
      return found[key] as T | undefined;
    },
    async set(key, value) {
      await storage().set({ [key]: value });
    },
    async remove(key) {
      await storage().remove(key);
    },
  };
}

export function memoryStore(): KeyValueStore {
  const map = new Map<string, unknown>();
  return {
    async get<T>(key: string) {
      return structuredClone(map.get(key)) as T | undefined;
    },
    async set(key, value) {
      map.set(key, structuredClone(value));
    },
    async remove(key) {
      map.delete(key);
    },
  };
}
