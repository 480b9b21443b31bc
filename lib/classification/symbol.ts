// Classification symbols as people write them → the compact form the data uses (H04W4/021):
// NFKC (full-width Ｈ０４Ｗ　４／０２), upper case, no blanks, main group without leading zeros, the
// WIPO 14-character form (H04W0004021000), and a bare main group ("H04W 4" = H04W4/00).
// ../shared/classification/README.md, "Symbol formats and normalisation".

export type SymbolLevel = 'section' | 'class' | 'subclass' | 'group';
export interface ClassSymbol {
  symbol: string;
  level: SymbolLevel;
  /** 'CPC' / 'IPC' when the text named the scheme ("CPC H04W4/00", "IPC: A61K31/44"). */
  scheme?: 'CPC' | 'IPC';
}

const SCHEME = /^(CPC|IPC)\s*[:：]?\s*/i;

export function parseSymbol(input: string): ClassSymbol | null {
  let s = input.normalize('NFKC').trim();
  const named = SCHEME.exec(s);
  if (named) s = s.slice(named[0].length);
  s = s.toUpperCase().replace(/[\s\u00a0]+/g, '');
  const scheme = named ? (named[1]?.toUpperCase() as 'CPC' | 'IPC') : undefined;
  const out = (symbol: string, level: SymbolLevel): ClassSymbol => ({ symbol, level, ...(scheme && { scheme }) });
  let m: RegExpExecArray | null;
  if ((m = /^([A-HY][0-9]{2}[A-Z])([0-9]{4})([0-9]{6})$/.exec(s))) {
    const sub = (m[3] ?? '').replace(/0+$/, '').padEnd(2, '0');
    return out(`${m[1]}${Number(m[2])}/${sub}`, 'group');
  }
  if ((m = /^([A-HY][0-9]{2}[A-Z])0*([1-9][0-9]{0,3})(?:\/([0-9]{2,6}))?$/.exec(s))) return out(`${m[1]}${m[2]}/${m[3] ?? '00'}`, 'group');
  if (/^[A-HY][0-9]{2}[A-Z]$/.test(s)) return out(s, 'subclass');
  if (/^[A-HY][0-9]{2}$/.test(s)) return out(s, 'class');
  if (/^[A-HY]$/.test(s)) return out(s, 'section');
  return null;
}

/** The usual display form: one space after the subclass (H04W 4/021). */
export function displaySymbol(symbol: string): string {
  return /^[A-HY][0-9]{2}[A-Z][0-9]/.test(symbol) ? `${symbol.slice(0, 4)} ${symbol.slice(4)}` : symbol;
}
