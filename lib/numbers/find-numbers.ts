// text → every patent number with offsets. Linear time: every rule is a regex with bounded quantifiers;
// the rules are combined into a few passes over a one-to-one folded copy of the text (normalize.ts,
// combine.ts), overlaps are resolved by priority and length, and bare numbers are added only where
// context allows (bare.ts).
import { bareHits } from './bare';
import { currencyAt, idBefore, unitAfter } from './context';
import { applyHeadingKind } from './gazette';
import { applyWordType } from './word-type';
import { compactInvisible, hasInvisible } from './invisible';
import { withGapsClosed } from './gaps';
import { normalizeText } from './normalize';
import { adoptWrittenKind } from './same-number';
import { combine, runCjkPass, runPass } from './combine';
import { LATIN_RULES, OTHER_RULES, SOLO_RULES } from './rules';
import type { FoundNumber, Hit } from './types';

const HAS_DIGIT = /[0-9\uff10-\uff19]/;
const LATIN = combine(LATIN_RULES);
const OTHER = combine(OTHER_RULES);
const SOLO = SOLO_RULES.map((r) => combine([r]));
const CJK = /[\u3000-\u9fff\uac00-\ud7af]/;

/** Keep the best of each group of overlapping hits: higher priority, then longer, then earlier. */
function resolve(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out.at(-1);
    if (!last || h.start >= last.end) { out.push(h); continue; }
    if (h.pri > last.pri || (h.pri === last.pri && h.end - h.start > last.end - last.start)) {
      // h beats last; drop every kept hit that h overlaps (they are all at the tail).
      while (out.length && (out.at(-1)?.end ?? 0) > h.start && beats(h, out.at(-1) as Hit)) out.pop();
      const prev = out.at(-1);
      if (!prev || prev.end <= h.start) out.push(h);
    }
  }
  return out;
}
const beats = (a: Hit, b: Hit): boolean => a.pri > b.pri || (a.pri === b.pri && a.end - a.start > b.end - b.start);

export function findHits(text: string): { t: string; hits: Hit[] } {
  if (!HAS_DIGIT.test(text)) return { t: text, hits: [] };
  if (hasInvisible(text)) {
    // Read the text without soft hyphens, zero-width characters and separator line breaks, then put
    // every hit back where it stands in the text as written (invisible.ts).
    const { text: compacted, map } = compactInvisible(text);
    const inner = findVisible(compacted);
    const back = (i: number) => map[i] ?? text.length;
    return { t: normalizeText(text), hits: inner.hits.map((h) => ({ ...h, start: back(h.start), end: h.end > 0 ? back(h.end - 1) + 1 : back(0) })) };
  }
  return findVisible(text);
}

function findVisible(text: string): { t: string; hits: Hit[] } {
  const found = findAsWritten(text);
  const hits = withGapsClosed(text, found.hits, (joined) => findAsWritten(joined).hits);
  // A number read across a gap lends its written kind to the same number elsewhere, as any other does.
  if (hits !== found.hits) adoptWrittenKind(hits);
  return { t: found.t, hits };
}

function findAsWritten(text: string): { t: string; hits: Hit[] } {
  const t = normalizeText(text);
  const hits: Hit[] = [];
  runPass(LATIN, t, hits);
  for (const p of SOLO) runPass(p, t, hits);
  if (CJK.test(t)) runCjkPass(OTHER, t, hits);
  // Prefixed numbers that are ids ("Order #US1234567") or amounts ("USD 123,456", "CA 1,234,567 residents"):
  // cheap tests on a few characters around each hit.
  const kept = hits.filter((h) => (h.ref.kind || (!idBefore(t, h.start) && !unitAfter(t, h.end))) && !currencyAt(t, h.start));
  const all = bareHits(t, resolve(kept));
  applyHeadingKind(t, all);
  applyWordType(t, all);
  adoptWrittenKind(all);
  return { t, hits: all };
}

export function findNumbers(text: string): FoundNumber[] {
  const { hits } = findHits(text);
  return hits.map((h) => ({ raw: text.slice(h.start, h.end), start: h.start, end: h.end, ...h.ref }));
}
