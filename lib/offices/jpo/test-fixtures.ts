import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Test-only: the copied fixtures beside this folder (fixtures/SOURCES.md says where each came from).
 * Resolved from the repo root because happy-dom rewrites import.meta.url.
 */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(process.cwd(), 'lib/offices/jpo/fixtures', name)));
}

export function fixtureJson(name: string): unknown {
  return JSON.parse(new TextDecoder('utf-8').decode(fixtureBytes(name)));
}

export const FETCHED = { fetchedAt: '2026-11-25T00:00:00.000Z' };
