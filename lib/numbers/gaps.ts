// Numbers broken where the text was laid out: a line break (PDF columns, e-mail and table cells wrap
// inside a number as readily as between words), a tab, or a run of spaces of justified text. The gap may
// stand for a space ("CN 110123456\nB", "JP\n2005 123456 A", "EP  2  123  456  A1", "Application No.
// Hei\n9-123456") or for nothing ("特開2003-29\n0630": Japanese and Chinese text wraps at any character;
// "US 10,123,\n456 B2" after a separator). The text as written is read first — its lines keep their
// gazette fields, headings and lists, and a line may end with a number and a full stop
// ("…US62/812,345.\n2019-03-01") — then each gap again in a window around it, and a number that only
// exists across a gap is kept.
import type { Hit } from './types';

/**
 * A line break (with the spaces around it) — or a tab, or a run of spaces where justified PDF text
 * spreads a number out ("EP  2  123  456  A1") — with a digit on one side: prose lines seldom end or
 * start with a digit, so most texts have none and cost nothing more. On the other side: anything that
 * can continue a number — a digit, a kind code, an era letter before its year ("JP\nH02 123456"), a
 * separator, an office code or a label before the digits ("Re.\n31,234", "JP\n2005", "特開  2020-123456",
 * "특허  제10-1234567호").
 */
const SPACING = '(?:[ \\t]*\\r?\\n[ \\t]*|[ \\t]*\\t[ \\t]*| {2,})';
const GAP = new RegExp(`(?<=[0-9])${SPACING}(?=[0-9A-Z(])|(?<=[A-Za-z.,)/\\-\u3040-\u9fff\uac00-\ud7af])${SPACING}(?=[0-9]|[A-Z]{1,2}[0-9]|[第제] ?[0-9])`, 'g');
const ANY_GAP = /[0-9](?:[ \t]*\r?\n|[ \t]*\t| {2})|(?:\n|\t| {2})[ \t]*(?:[0-9]|[A-Z]{1,2}[0-9]|[第제])/;

/** One gap: where it stands, where it ends, and whether the second reading may read it as nothing. */
interface Gap {
  at: number;
  end: number;
  glue: boolean;
}

/**
 * Each gap is read in a window around it, not the whole text again: wide enough for any number
 * across it and the label before it (context.ts looks 100 characters back).
 */
const BEFORE = 128;
const AFTER = 96;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A digit or a separator ("-", "/", ",", "."): what a number cut by a line break ends its line with. */
const gluesAfter = (c: number): boolean => isDigit(c) || c === 45 || c === 47 || c === 44 || c === 46;

function gapsOf(text: string): Gap[] {
  const gaps: Gap[] = [];
  GAP.lastIndex = 0;
  for (let m = GAP.exec(text); m; m = GAP.exec(text)) {
    const end = m.index + m[0].length;
    gaps.push({ at: m.index, end, glue: m[0].includes('\n') && isDigit(text.charCodeAt(end)) && gluesAfter(text.charCodeAt(m.index - 1)) });
  }
  return gaps;
}

/**
 * `hits` (found in `text` as written) with the numbers written across a gap added: a number read
 * with the gap closed that spans it replaces the hits it contains (the number without its kind, or
 * its two halves read as something else), unless it would swallow two numbers or cut through one.
 */
export function withGapsClosed(text: string, hits: Hit[], find: (text: string) => Hit[]): Hit[] {
  if (!ANY_GAP.test(text)) return hits;
  const gaps = gapsOf(text);
  if (gaps.length === 0) return hits;
  const windows = windowsOf(text, gaps);
  // 1. Every gap as one space: "US 5\n123 456" is a grouped number.
  let out = accept(hits, windows.flatMap((w) => read(text, gaps, w, () => false, find)), gaps);
  const closable = gaps.filter((g) => g.glue);
  if (closable.length === 0) return out;
  // 2. One line break at a time as nothing: the line before may end with a number of its own.
  const glued: Hit[] = [];
  gaps.forEach((g, k) => {
    if (!g.glue) return;
    const w = windowAround(text, gaps, k);
    for (const h of read(text, gaps, w, (j) => j === k, find)) if (h.start <= g.at && h.end >= g.end) glued.push(h);
  });
  out = accept(out, glued.sort((x, y) => x.start - y.start), closable);
  // 3. A number cut twice ("US 10,\n123,\n456 B2"): every line break of a window closed at once.
  const twice = windows.filter((w) => gaps.slice(w.first, w.last).filter((g) => g.glue).length > 1);
  if (twice.length > 0) out = accept(out, twice.flatMap((w) => read(text, gaps, w, (j) => gaps[j]!.glue, find)), closable);
  return out;
}

/** Gaps `first…last-1` and the stretch `[from, to)` of text read around them. */
interface Window {
  first: number;
  last: number;
  from: number;
  to: number;
}

/** The windows around all gaps, merged where they meet. */
function windowsOf(text: string, gaps: Gap[]): Window[] {
  const out: Window[] = [];
  for (let i = 0; i < gaps.length; ) {
    const first = i;
    let to = Math.min(text.length, gaps[i]!.end + AFTER);
    for (i++; i < gaps.length && gaps[i]!.at - BEFORE <= to; i++) to = Math.min(text.length, gaps[i]!.end + AFTER);
    out.push({ first, last: i, from: Math.max(0, gaps[first]!.at - BEFORE), to });
  }
  return out;
}

/** The window around gap `k` alone, with the other gaps inside it. */
function windowAround(text: string, gaps: Gap[], k: number): Window {
  const from = Math.max(0, gaps[k]!.at - BEFORE);
  const to = Math.min(text.length, gaps[k]!.end + AFTER);
  let first = k;
  while (first > 0 && gaps[first - 1]!.at >= from) first--;
  let last = k + 1;
  while (last < gaps.length && gaps[last]!.end <= to) last++;
  return { first, last, from, to };
}

/** Hits in the window with its gaps written as one space, or as nothing where `closed(k)`, in offsets of `text`. */
function read(text: string, gaps: Gap[], { first, last, from, to }: Window, closed: (k: number) => boolean, find: (text: string) => Hit[]): Hit[] {
  const map: number[] = [];
  let out = '';
  let at = from;
  for (let k = first; k < last; k++) {
    const g = gaps[k]!;
    if (g.at < from || g.end > to) continue;
    for (let i = at; i < g.at; i++) map.push(i);
    out += text.slice(at, g.at);
    if (!closed(k)) {
      out += ' ';
      map.push(g.at);
    }
    at = g.end;
  }
  for (let i = at; i < to; i++) map.push(i);
  out += text.slice(at, to);
  map.push(to);
  const back = (i: number) => map[i] ?? to;
  return find(out).map((h) => ({ ...h, start: back(h.start), end: h.end > h.start ? back(h.end - 1) + 1 : back(h.start) }));
}

/** `hits` do not overlap and are in order (the engine resolves overlaps), so one pointer walks them. */
function accept(hits: Hit[], found: Hit[], gaps: Gap[]): Hit[] {
  const dropped = new Set<Hit>();
  const added: Hit[] = [];
  let g = 0;
  let p = 0;
  for (const h of found) {
    const { start, end } = h;
    while (g < gaps.length && gaps[g]!.at < start) g++;
    if (g === gaps.length || gaps[g]!.at >= end) continue; // does not span a gap: already read as written
    const last = added.at(-1);
    if (last && last.end > start) continue; // two windows read the same stretch
    while (p < hits.length && hits[p]!.end <= start) p++;
    let q = p;
    let inside = 0;
    let keep = false;
    for (; q < hits.length && hits[q]!.start < end; q++) {
      const o = hits[q]!;
      if (o.start < start || o.end > end) keep = true; // it would cut through a number read as written
      else if (o.start === start && o.end === end) keep = true; // the same number read both ways
      else inside++;
    }
    if (keep || inside > 1) continue;
    for (let r = p; r < q; r++) dropped.add(hits[r]!);
    added.push(h);
  }
  if (added.length === 0) return hits;
  return [...hits.filter((o) => !dropped.has(o)), ...added].sort((x, y) => x.start - y.start);
}
