// Text from PDFs, e-mail and narrow columns breaks numbers with characters nobody sees: a soft hyphen
// (U+00AD), a zero-width space or joiner, a word joiner, a BOM. The engine reads a copy without them and
// maps each hit back to the text as written. The fold in normalize.ts stays one-to-one; this pass runs
// only when such a character is there. (Line breaks are read in gaps.ts: they can end a number
// as well as cut one.)

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const ANY = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

export interface Compacted {
  text: string;
  /** Offset in the compacted text → offset in the original (one entry per compacted unit, plus the end). */
  map: Int32Array;
}

export function hasInvisible(text: string): boolean {
  return ANY.test(text);
}

/** The text without the invisible breaks, and where each remaining character was. */
export function compactInvisible(text: string): Compacted {
  const map = new Int32Array(text.length + 1);
  let out = '';
  let j = 0;
  let from = 0;
  INVISIBLE.lastIndex = 0;
  for (let m = INVISIBLE.exec(text); m; m = INVISIBLE.exec(text)) {
    for (let i = from; i < m.index; i++) map[j++] = i;
    out += text.slice(from, m.index);
    from = m.index + m[0].length;
  }
  for (let i = from; i < text.length; i++) map[j++] = i;
  out += text.slice(from);
  map[j] = text.length;
  return { text: out, map: map.subarray(0, j + 1) };
}
