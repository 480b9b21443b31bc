// Test helper (imported by *.test.ts only): the Lens replies copied into ./fixtures (fixtures/SOURCES.md).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const fixtureJson = (name: string): unknown => JSON.parse(readFileSync(resolve(__dirname, 'fixtures', name), 'utf8'));
export const FETCHED = { fetchedAt: '2026-12-01T00:00:00.000Z' };
