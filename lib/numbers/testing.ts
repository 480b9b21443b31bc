// Test helper (imported by *.test.ts only): the distinct documents found in a text, as
// "CC type docdb epodoc" rows, so case tables stay one line per case.
import { findNumbers } from './find-numbers';

export function rows(text: string): string[] {
  const out: string[] = [];
  for (const f of findNumbers(text)) {
    const r = `${f.country} ${f.type} ${f.docdb} ${f.epodoc}`;
    if (!out.includes(r)) out.push(r);
  }
  return out;
}
