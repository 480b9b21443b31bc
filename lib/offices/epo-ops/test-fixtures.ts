import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Test-only: the copied fixtures beside this folder (fixtures/SOURCES.md says where each came from).
 * Resolved from the repo root because happy-dom rewrites import.meta.url.
 */
export function fixtureText(name: string): string {
  return readFileSync(path.join(process.cwd(), 'lib/offices/epo-ops/fixtures', name), 'utf8');
}

export function fixtureJson(name: string): unknown {
  return JSON.parse(fixtureText(name));
}

export const FETCHED = { fetchedAt: '2026-11-25T00:00:00.000Z' };
export const SOURCE = (endpoint: string) => ({ office: 'epo-ops' as const, endpoint, fetchedAt: FETCHED.fetchedAt });
