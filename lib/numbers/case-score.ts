// Scores findings against corpus cases the way issue 4 does: distinct documents per text, keyed by
// country + type + docdb + epodoc, `alt` DOCDB forms accepted (FORMATS.md §4). Used by cases.test.ts
// and scripts/score-cases.ts (which runs the C1 CLI). Test/tooling only: not part of the engine bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Expect { country: string; type: string; docdb: string | null; epodoc: string | null; alt?: string[]; original?: string; note?: string }
export interface Case { id: string; text: string; expect: Expect[]; note?: string }
export interface Doc { country: string; type: string; docdb: string | null; epodoc: string | null }
export interface Score { tp: Expect[]; fn: Expect[]; fp: Doc[] }

/** Every case of every *.json file in `dir`, tagged with its file name. */
export function loadCases(dir: string): (Case & { file: string })[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().flatMap((file) =>
    (JSON.parse(readFileSync(join(dir, file), 'utf8')) as Case[]).map((c) => ({ ...c, file })));
}

/** Distinct documents in order of first appearance. */
export function distinct(found: Doc[]): Doc[] {
  const seen = new Set<string>(), out: Doc[] = [];
  for (const f of found) {
    const k = JSON.stringify([f.country, f.type, f.docdb, f.epodoc]);
    if (!seen.has(k)) { seen.add(k); out.push({ country: f.country, type: f.type, docdb: f.docdb, epodoc: f.epodoc }); }
  }
  return out;
}

export const sameDoc = (e: Expect, d: Doc): boolean =>
  e.country === d.country && e.type === d.type && e.epodoc === d.epodoc && (e.docdb === d.docdb || (!!d.docdb && !!e.alt?.includes(d.docdb)));

/** One-to-one matching of expected documents with the distinct found ones. */
export function scoreCase(c: Case, found: Doc[]): Score {
  const left = distinct(found);
  const tp: Expect[] = [], fn: Expect[] = [];
  for (const e of c.expect) {
    const i = left.findIndex((d) => sameDoc(e, d));
    if (i >= 0) { tp.push(e); left.splice(i, 1); } else fn.push(e);
  }
  return { tp, fn, fp: left };
}
