// One-to-one character folding: full-width digits/letters/punctuation, the many dashes and odd spaces
// become ASCII. Every UTF-16 unit maps to exactly one unit, so offsets into the folded text are offsets
// into the original (no offset map needed). FORMATS.md §2.1 lists the dashes seen on Japanese pages.
const NEEDS_FOLD = /[\u00a0\u2002-\u200a\u202f\u3000\u2010-\u2015\u2212\u30fc\uff01-\uff5e]/;
const SPACE = /[\u00a0\u2002-\u200a\u202f\u3000]/;
const SPACES = /[\u00a0\u2002-\u200a\u202f\u3000]/g;
const DASH = /[\u2010-\u2015\u2212\u30fc]/;
const DASHES = /[\u2010-\u2015\u2212\u30fc]/g;
const WIDE = /[\uff01-\uff5e]/;
const WIDES = /[\uff01-\uff5e]+/g;

/** Full-width ASCII block FF01–FF5E → 21–7E, a whole run per call. */
function narrow(run: string): string {
  let out = '';
  for (let i = 0; i < run.length; i++) out += String.fromCharCode(run.charCodeAt(i) - 0xfee0);
  return out;
}

export function normalizeText(s: string): string {
  if (!NEEDS_FOLD.test(s)) return s;
  // Constant replacements run as fast built-ins; only full-width runs need a callback (once per run).
  if (SPACE.test(s)) s = s.replace(SPACES, ' ');
  if (DASH.test(s)) s = s.replace(DASHES, '-');
  if (WIDE.test(s)) s = s.replace(WIDES, narrow);
  return s;
}
