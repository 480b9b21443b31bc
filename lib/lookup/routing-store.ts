/**
 * The user's order of offices per country (options page), in storage.local under its own key so
 * the settings schema stays small; missing or malformed data gives the defaults (routing.ts).
 */
import { type RouteRule, sanitizeRouteRules } from '../offices/routing';
import type { KeyValueStore } from '../transport/storage-area';

const KEY = 'route-rules';

export async function loadRouteRules(store: KeyValueStore): Promise<RouteRule[]> {
  return sanitizeRouteRules(await store.get(KEY));
}

export async function saveRouteRules(store: KeyValueStore, rules: unknown): Promise<RouteRule[]> {
  const clean = sanitizeRouteRules(rules);
  await store.set(KEY, clean);
  return clean;
}
