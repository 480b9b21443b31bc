// Runs ../shared/numbers/public-corpus.json (read at test time, never copied): every case must give
// exactly its distinct documents (FORMATS.md §4: alt forms accepted, an empty list means nothing found).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNumbers } from './find-numbers';

interface Expect { country: string; type: string; docdb: string | null; epodoc: string | null; alt?: string[] }
interface Case { id: string; text: string; expect: Expect[]; note?: string }

// lib/numbers → repo root → ../shared (the corpus is read at test time, never copied)
const corpus = JSON.parse(readFileSync(resolve(__dirname, '../../../shared/numbers/public-corpus.json'), 'utf8')) as Case[];

/** Distinct documents as the scorer counts them: country, type, docdb, epodoc. */
function distinct(text: string): string[] {
  const seen = new Set<string>();
  for (const f of findNumbers(text)) seen.add(JSON.stringify([f.country, f.type, f.docdb, f.epodoc]));
  return [...seen];
}

describe('public corpus', () => {
  it.each(corpus.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const got = distinct(c.text).map((s) => JSON.parse(s) as [string, string, string | null, string | null]);
    expect(got.length).toBe(c.expect.length);
    c.expect.forEach((e, i) => {
      const g = got[i];
      expect(g, JSON.stringify(e)).toBeDefined();
      if (!g) return;
      expect([g[0], g[1]]).toEqual([e.country, e.type]);
      expect([e.docdb, ...(e.alt ?? [])]).toContain(g[2]);
      expect(g[3]).toBe(e.epodoc);
    });
  });
});
