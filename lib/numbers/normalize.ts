// One-to-one character folding: full-width digits/letters/punctuation, the many dashes and odd spaces
// become ASCII (zero-width spaces and joiners become spaces). Every UTF-16 unit maps to exactly one unit, so offsets into the folded text are offsets
// into the original (no offset map needed). FORMATS.md §2.1 lists the dashes seen on Japanese pages.
const FOLD_RE = /[\u00a0\u2002-\u200b\u2060\ufeff\u202f\u3000\u2010-\u2015\u2212\u30fc\uff01-\uff5e]/g;

function fold(c: string): string {
  const u = c.charCodeAt(0);
  if (u >= 0xff01 && u <= 0xff5e) {
    const a = String.fromCharCode(u - 0xfee0);
    return a === '\uff0d' ? '-' : a;
  }
  if ((u >= 0x2010 && u <= 0x2015) || u === 0x2212 || u === 0x30fc) return '-';
  return ' ';
}

const NEEDS_FOLD = new RegExp(FOLD_RE.source);
const NOT_SPACE_FOLD = /[\u2010-\u2015\u2212\u30fc\uff01-\uff5e]/;
const SPACES = /[\u00a0\u2002-\u200b\u2060\ufeff\u202f\u3000]/g;

export function normalizeText(s: string): string {
  if (!NEEDS_FOLD.test(s)) return s;
  // Most pages only need their no-break / thin spaces folded: a plain string replacement is cheaper.
  return NOT_SPACE_FOLD.test(s) ? s.replace(FOLD_RE, fold) : s.replace(SPACES, ' ');
}
