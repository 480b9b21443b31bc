// EPODOC publication suffix rules, FORMATS.md §1.1 (OPS FAQ):
//  JP attaches the whole kind except A; the 16 "letter" offices attach the letter except A;
//  everyone else attaches the letter only when it is not A, B or C.
const LETTER_OFFICES = ' AT AU BA BG CN DK FI IS KR NL NO PL SK UY TW YU ';

export function epodocSuffix(cc: string, kind: string | null): string {
  if (!kind) return '';
  if (cc === 'JP') return kind === 'A' ? '' : kind;
  const l = kind.charAt(0);
  if (LETTER_OFFICES.includes(` ${cc} `)) return l === 'A' ? '' : l;
  return l === 'A' || l === 'B' || l === 'C' ? '' : l;
}

/** EPODOC of a publication or grant: CC + number + suffix. `implied` is a kind fixed by a prefix (§4). */
export function epodocPub(cc: string, number: string, kind: string | null, implied?: string | null): string {
  return cc + number + epodocSuffix(cc, kind ?? implied ?? null);
}
