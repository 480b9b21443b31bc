// C4, engine half: findNumbers throughput on the visible text of a large Google Patents page against a
// naive regex baseline (one big case-insensitive alternation in the style of peers.md §4.3–4.4),
// measured in the same process: warm-up, then the median of several timed runs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findNumbers } from '../lib/numbers/index';
import type { BenchResult } from './result';

// ---- visible text of a saved page (also used by lib/numbers/pages.test.ts)
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<br\s*\/?>|<\/(?:p|div|li|tr|td|th|h[1-6]|dd|dt)>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (e, n: string) =>
      n[0] === '#' ? String.fromCodePoint(n[1] === 'x' || n[1] === 'X' ? parseInt(n.slice(2), 16) : Number(n.slice(1))) : ENTITIES[n.toLowerCase()] ?? e);
}

/** Reads a saved page; Shift_JIS files (JPO office actions) are decoded as such. */
export function readPage(path: string): string {
  const buf = readFileSync(path);
  const enc = /shift_jis/i.test(path) ? 'shift_jis' : 'utf-8';
  return htmlToText(new TextDecoder(enc).decode(buf));
}

const page = (): string => fileURLToPath(new URL('../../shared/pages/google-patents/US20230418876A1-detail-bs4-prettified.html', import.meta.url));

/** What a first attempt usually looks like: one alternation, \s* everywhere, no validation. */
const NAIVE = /\b(?:US|EP|WO|JP|CN|KR|TW|DE|GB|FR|CA|AU|IN)\s*(?:[A-Z]{1,2}\s*)?[0-9][0-9\s,./-]*[0-9](?:\s*[A-Z][0-9]?)?\b|PCT\/[A-Z]{2}[0-9]{2,4}\/[0-9]+|(?:特開|特表|特願|特公|実開|実願|再表)\s*(?:昭|平|令)?\s*[0-9]+\s*[-－]\s*[0-9]+|特許第?\s*[0-9,]+\s*号|\b[0-9]{1,2},[0-9]{3},[0-9]{3}\b|\b(?:19|20)[0-9]{2}\/[0-9]{7}\b/gi;

function naive(text: string): number {
  let n = 0;
  NAIVE.lastIndex = 0;
  while (NAIVE.exec(text)) n++;
  return n;
}

function mbPerSec(f: (t: string) => unknown, text: string, mb: number, runs: number): number {
  for (let i = 0; i < 3; i++) f(text);                               // warm-up (JIT, regex compilation)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[runs >> 1] ?? 1;
  return mb / (median / 1000);
}

export async function benchEngine(): Promise<BenchResult> {
  const text = readPage(page());
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  const found = findNumbers(text).length;
  const ours = mbPerSec(findNumbers, text, mb, 15);
  const baseline = mbPerSec(naive, text, mb, 15);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    name: 'engine: findNumbers on Google Patents US20230418876A1 visible text',
    unit: 'MB/s', ours: r(ours), baseline: r(baseline), ratio: r(ours / baseline),
    notes: `${(mb).toFixed(2)} MB of text, ${found} matches; baseline = one naive alternation regex (${naive(text)} raw hits, no normalisation); median of 15 runs after 3 warm-ups`,
  };
}
