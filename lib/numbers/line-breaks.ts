// A line break inside a number: PDF columns, e-mail and table cells wrap inside a number as readily as
// between words — where it had a space ("CN 110123456\nB", "JP\n2005 123456 A", "US 5\n123 456 A",
// "Application No. Hei\n9-123456") or between two of its digits (Japanese and Chinese text wraps at any
// character: "特開2003-29\n0630"). The engine reads the text once more with such breaks written as one
// space, and once more without the breaks between digits, and keeps the numbers that only exist across
// a break; the lines themselves (gazette fields, headings, lists) are read as written. Breaks after a
// separator ("2003-\n290630") are dropped beforehand (invisible.ts).
import type { Hit } from './types';

/**
 * A line break (with the spaces around it) with a digit on one side: prose lines seldom end or start
 * with a digit, so most texts have none and cost nothing more. On the other side: anything that can
 * continue a number — a digit, a kind code, an era letter before its year ("JP\nH02 123456"), a
 * separator or an office code before the digits ("Re.\n31,234", "JP\n2005").
 */
const BREAK = /(?<=[0-9])[ \t]*\r?\n[ \t]*(?=[0-9A-Z(])|(?<=[A-Za-z.,)/-])[ \t]*\r?\n[ \t]*(?=[0-9]|[A-Z][0-9])/g;
const ANY_BREAK = /[0-9][ \t]*\r?\n|\n[ \t]*[0-9]|\n[ \t]*[A-Z][0-9]/;
const ANY_DIGIT_BREAK = /[0-9][ \t]*\r?\n[ \t]*[0-9]/;

interface Joined {
  text: string;
  /** Offset in the joined text → offset in the original (plus the end). */
  map: Int32Array;
  /** Where each break stood in the original text. */
  breaks: number[];
  /** Where each break stands in the joined text. */
  at: number[];
}

/**
 * Each break is read in a window around it, not the whole text again: wide enough for any number
 * across it and the label before it (context.ts looks 100 characters back).
 */
const BEFORE = 128;
const AFTER = 96;

function joinBreaks(text: string, glueDigits: boolean): Joined | null {
  const map = new Int32Array(text.length + 1);
  const breaks: number[] = [];
  const at: number[] = [];
  let out = '';
  let j = 0;
  let from = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    for (let i = from; i < m.index; i++) map[j++] = i;
    const end = m.index + m[0].length;
    const join = glueDigits && isDigit(text.charCodeAt(m.index - 1)) && isDigit(text.charCodeAt(end)) ? '' : ' ';
    out += text.slice(from, m.index) + join;
    at.push(j);
    if (join) map[j++] = m.index;
    breaks.push(m.index);
    from = end;
  }
  if (breaks.length === 0) return null;
  for (let i = from; i < text.length; i++) map[j++] = i;
  out += text.slice(from);
  map[j] = text.length;
  return { text: out, map: map.subarray(0, j + 1), breaks, at };
}

/**
 * `hits` (found in `text` as written) with the numbers written across a line break added: a number
 * read in the joined text that spans a break replaces the hits it contains (the number without its
 * kind, or its two halves read as something else), unless it would swallow two numbers or cut
 * through one.
 */
export function withLineBreaks(text: string, hits: Hit[], find: (text: string) => Hit[]): Hit[] {
  if (!ANY_BREAK.test(text)) return hits;
  // Read with spaces first: "US 5\n123 456" is a grouped number, "特開2003-29\n0630" one cut anywhere.
  let out = across(text, joinBreaks(text, false), hits, find);
  if (ANY_DIGIT_BREAK.test(text)) out = across(text, joinBreaks(text, true), out, find);
  return out;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** `hits` do not overlap and are in order (the engine resolves overlaps), so one pointer walks them. */
function across(text: string, joined: Joined | null, hits: Hit[], find: (text: string) => Hit[]): Hit[] {
  if (!joined) return hits;
  const { map, breaks } = joined;
  const back = (i: number) => map[i] ?? text.length;
  const dropped = new Set<Hit>();
  const added: Hit[] = [];
  let b = 0;
  let p = 0;
  for (const h of inWindows(joined, find)) {
    const start = back(h.start);
    const end = h.end > h.start ? back(h.end - 1) + 1 : start;
    while (b < breaks.length && breaks[b]! < start) b++;
    if (b === breaks.length || breaks[b]! >= end) continue; // does not span a break: already read as written
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
    added.push({ ...h, start, end });
  }
  if (added.length === 0) return hits;
  return [...hits.filter((o) => !dropped.has(o)), ...added].sort((x, y) => x.start - y.start);
}

/** The hits found in the windows around the breaks (merged where they meet), in joined-text offsets. */
function inWindows(joined: Joined, find: (text: string) => Hit[]): Hit[] {
  const out: Hit[] = [];
  const { text, at } = joined;
  for (let i = 0; i < at.length; ) {
    const from = Math.max(0, at[i]! - BEFORE);
    let to = Math.min(text.length, at[i]! + AFTER);
    for (i++; i < at.length && at[i]! - BEFORE <= to; i++) to = Math.min(text.length, at[i]! + AFTER);
    for (const h of find(text.slice(from, to))) out.push(from === 0 ? h : { ...h, start: h.start + from, end: h.end + from });
  }
  return out;
}
