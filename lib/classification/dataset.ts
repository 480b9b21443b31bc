/**
 * The classification data in memory: every CPC symbol with its level, title and IPC counterpart, in
 * scheme order, so a symbol's hierarchy is the rows before it. Built from the bundled asset
 * (scripts/build-classification.ts) or from files the user imported in the options (import.ts).
 * IPC titles are the CPC titles of the same symbol without their CPC-only {…} parts — derived, as
 * the data's README says; the answer names its source every time.
 */

export interface ClassRow {
  symbol: string;
  /** 's' section, 'c' class, 'u' subclass, or the dot level of a group ('0' main group). */
  level: string;
  /** '=' itself in IPC, '-' no IPC counterpart, '' undecided, else the IPC symbol. */
  ipc: string;
  title: string;
}

export interface Dataset {
  rows: ClassRow[];
  index: Map<string, number>;
  /** Data set and version, shown beside every answer (contract ClassificationResult.source). */
  source: string;
  /** IPC symbol → the CPC symbols that map to it, built on first use. */
  ipcToCpc(): Map<string, string[]>;
}

export const BUNDLED_SOURCE = 'CPC 2022.08 titles (EPO/USPTO); CPC→IPC derived from the CPC hierarchy, not the official concordance';

export function datasetOf(rows: ClassRow[], source: string): Dataset {
  const index = new Map<string, number>();
  rows.forEach((r, i) => index.set(r.symbol, i));
  let inverse: Map<string, string[]> | undefined;
  return {
    rows,
    index,
    source,
    ipcToCpc() {
      if (inverse) return inverse;
      inverse = new Map();
      for (const r of rows) {
        const target = r.ipc === '=' ? r.symbol : r.ipc === '-' || r.ipc === '' ? null : r.ipc;
        if (!target) continue;
        const list = inverse.get(target);
        if (list) list.push(r.symbol);
        else inverse.set(target, [r.symbol]);
      }
      return inverse;
    },
  };
}

/** The bundled TSV (symbol, level, ipc, title per line). */
export function parseDatasetTsv(text: string, source = BUNDLED_SOURCE): Dataset {
  const rows: ClassRow[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const a = line.indexOf('\t'), b = line.indexOf('\t', a + 1), c = line.indexOf('\t', b + 1);
    if (a < 0 || b < 0 || c < 0) continue;
    rows.push({ symbol: line.slice(0, a), level: line.slice(a + 1, b), ipc: line.slice(b + 1, c), title: line.slice(c + 1) });
  }
  return datasetOf(rows, source);
}

/** An IPC title from the CPC one: CPC-only {…} parts removed, then the punctuation they leave. */
export function ipcTitle(cpcTitle: string): string {
  let s = cpcTitle;
  // Braces nest rarely; strip the innermost first until none is left.
  for (let i = 0; i < 4 && s.includes('{'); i++) s = s.replace(/\{[^{}]*\}/g, '');
  return s.replace(/\(\s*[;,]?\s*\)/g, '').replace(/\(\s*[;,]\s*/g, '(').replace(/\s*[;,]\s*\)/g, ')').replace(/\s{2,}/g, ' ').replace(/\s+([;,)])/g, '$1').trim();
}

/** The rows above a symbol: section, class, subclass, main group, then each parent subgroup. */
export function pathOf(data: Dataset, symbol: string): ClassRow[] {
  const at = data.index.get(symbol);
  if (at === undefined) return [];
  const row = data.rows[at] as ClassRow;
  const out: ClassRow[] = [];
  for (const prefix of [symbol.slice(0, 1), symbol.slice(0, 3), symbol.slice(0, 4)]) {
    const i = data.index.get(prefix);
    if (i !== undefined && prefix !== symbol) out.push(data.rows[i] as ClassRow);
  }
  if (!/^[0-9]+$/.test(row.level)) return out;
  // Groups: walk back; each row with a smaller dot level is an ancestor. CPC interleaves its 2000-series
  // indexing codes (A61F2002/…) inside the trees of ordinary groups, so an ordinary group skips them,
  // while an indexing code's own ancestors are the ordinary rows around it.
  let level = Number(row.level);
  const mainOf = (s: string) => s.slice(0, s.indexOf('/'));
  const main = mainOf(symbol);
  const indexing = /^[A-HY][0-9]{2}[A-Z]2[0-9]{3}$/.test(main);
  const chain: ClassRow[] = [];
  for (let i = at - 1; i >= 0 && level > 0; i--) {
    const r = data.rows[i] as ClassRow;
    if (!/^[0-9]+$/.test(r.level)) break;
    if (!indexing && mainOf(r.symbol) !== main) continue;
    if (Number(r.level) < level) {
      chain.push(r);
      level = Number(r.level);
    }
  }
  return [...out, ...chain.reverse()];
}
