// Test helper (imported by *.test.ts only): the KIPRIS replies copied into ./fixtures (fixtures/SOURCES.md).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const fixtureText = (name: string): string => readFileSync(resolve(__dirname, 'fixtures', name), 'utf8');
