// Runs many rules in one pass: their regexes become the alternatives of one regex, each wrapped in a
// capture group so the match can be handed to the right rule with its own group numbers. One scan
// of the text instead of one per rule is what keeps the engine near a single regex's speed (C4).
import type { Groups, Hit, Rule } from './types';

export interface Pass { re: RegExp; at: RegExp; rules: Rule[]; bases: number[]; sizes: number[]; sticky: RegExp[] }

/** Number of capture groups of a regex source (exec of an always-matching variant). */
const groupCount = (src: string): number => (new RegExp(`${src}|`).exec('') as RegExpExecArray).length - 1;

export function combine(rules: Rule[]): Pass {
  const bases: number[] = [], sizes: number[] = [];
  let at = 1;
  for (const r of rules) { const n = groupCount(r.re.source); bases.push(at); sizes.push(n); at += n + 1; }
  const src = rules.map((r) => `(${r.re.source})`).join('|');
  return { re: new RegExp(src, 'g'), at: new RegExp(src, 'y'), rules, bases, sizes, sticky: rules.map((r) => new RegExp(r.re.source, 'y')) };
}

function view(m: RegExpExecArray, base: number, n: number): Groups {
  const g = m.slice(base, base + n + 1) as unknown as Groups & { index: number };
  g.index = m.index;
  return g;
}

/** Hands one match to its rule; when that rule rejects it, the later rules are tried at the same
 *  position (sticky). Returns where the scan continues. */
function take(p: Pass, m: RegExpExecArray, t: string, out: Hit[]): number {
  const { rules, bases, sizes, sticky } = p;
  let i = 0;
  while (m[bases[i] as number] === undefined) i++;
  const h = (rules[i] as Rule).make(view(m, bases[i] as number, sizes[i] as number), t);
  if (h) { out.push(h); return m.index + m[0].length; }
  for (let j = i + 1; j < rules.length; j++) {
    const s = sticky[j] as RegExp;
    s.lastIndex = m.index;
    const x = s.exec(t);
    const h2 = x && (rules[j] as Rule).make(x as unknown as Groups, t);
    if (h2 && x) { out.push(h2); return m.index + x[0].length; }
  }
  return m.index + 1;
}

/** Every hit of the pass, scanning the whole text with the combined regex. */
export function runPass(p: Pass, t: string, out: Hit[]): void {
  const re = p.re;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) re.lastIndex = take(p, m, t, out);
}

/** The CJK-label pass: irregexp scans two-byte text for a class of CJK first characters slowly, so a
 *  plain loop walks CJK stretches, a one-range regex jumps over Latin ones, and the combined regex is
 *  tried at CJK characters only (sticky). */
const NEXT_CJK = /[\u3000-\uffff]/g;

export function runCjkPass(p: Pass, t: string, out: Hit[]): void {
  const at = p.at;
  for (let i = 0, n = t.length; i < n; i++) {
    if (t.charCodeAt(i) < 0x3000) {
      // Jump over a Latin stretch with one regex scan (no match object) instead of a char-by-char loop.
      NEXT_CJK.lastIndex = i;
      if (!NEXT_CJK.test(t)) return;
      i = NEXT_CJK.lastIndex - 1;
    }
    at.lastIndex = i;
    const m = at.exec(t);
    if (m) i = take(p, m, t, out) - 1;
  }
}
