/**
 * CPC↔IPC, both ways, offline (issue 10 §1). A CPC symbol that is not itself an IPC symbol goes to
 * its IPC counterpart; an IPC symbol goes to every CPC symbol filed under it (the same symbol first,
 * then its finer CPC subdivisions); words search the titles. The answer is contract C2's
 * ClassificationResult plus what the converter shows around it: the input's title and hierarchy.
 */
import type { ClassificationResult } from '../model/contracts';
import { type ClassRow, type Dataset, ipcTitle, pathOf } from './dataset';
import { parseSymbol } from './symbol';

export type Relation = 'same' | 'broader' | 'narrower' | 'match';
export interface ConversionEntry {
  symbol: string;
  scheme: 'CPC' | 'IPC';
  title: string;
  relation: Relation;
}

/** Why there are no results, or what kind of answer this is. */
export type ConversionNote = 'cpc-only' | 'undecided' | 'not-in-data' | 'not-a-symbol' | 'search';

export interface Conversion extends ClassificationResult {
  results: ConversionEntry[];
  /** The input symbol, its title in its scheme and its hierarchy (section → … → parent group). */
  subject?: { symbol: string; title: string; path: { symbol: string; title: string }[] };
  note?: ConversionNote;
}

const SEARCH_LIMIT = 50;

const titleIn = (scheme: 'CPC' | 'IPC', row: ClassRow): string => (scheme === 'IPC' ? ipcTitle(row.title) : row.title);

export function convert(data: Dataset, input: string): Conversion {
  const parsed = parseSymbol(input);
  if (!parsed) return searchTitles(data, input);
  const at = data.index.get(parsed.symbol);
  const row = at === undefined ? undefined : (data.rows[at] as ClassRow);
  const base = { input, source: data.source };
  if (!row) {
    // An IPC symbol newer than the CPC data (B64U, H10K …) or a typo: nothing to say about it.
    return { ...base, scheme: parsed.scheme ?? 'IPC', results: [], note: 'not-in-data' };
  }
  const inIpc = row.ipc === '=';
  const scheme = parsed.scheme ?? (inIpc ? 'IPC' : 'CPC');
  const subject = {
    symbol: row.symbol,
    title: titleIn(scheme, row),
    path: pathOf(data, row.symbol).map((r) => ({ symbol: r.symbol, title: titleIn(scheme, r) })),
  };
  if (scheme === 'CPC') return { ...base, scheme, subject, ...toIpc(data, row) };
  if (!inIpc) return { ...base, scheme, subject, results: [], note: 'cpc-only' };
  const cpc = (data.ipcToCpc().get(row.symbol) ?? [row.symbol]).map((symbol): ConversionEntry => {
    const r = data.rows[data.index.get(symbol) ?? -1] as ClassRow;
    return { symbol, scheme: 'CPC', title: r.title, relation: symbol === row.symbol ? 'same' : 'narrower' };
  });
  cpc.sort((a, b) => (a.relation === 'same' ? -1 : b.relation === 'same' ? 1 : 0));
  return { ...base, scheme, subject, results: cpc };
}

function toIpc(data: Dataset, row: ClassRow): Pick<Conversion, 'results' | 'note'> {
  if (row.ipc === '-') return { results: [], note: 'cpc-only' };
  if (row.ipc === '') return { results: [], note: 'undecided' };
  const target = row.ipc === '=' ? row.symbol : row.ipc;
  const t = data.rows[data.index.get(target) ?? -1];
  return { results: [{ symbol: target, scheme: 'IPC', title: t ? ipcTitle(t.title) : '', relation: row.ipc === '=' ? 'same' : 'broader' }] };
}

/** Words in the CPC titles (English): every word must appear; titles that name them before those that
 *  only refer to them, broader places first, then the titles that say little else. */
function searchTitles(data: Dataset, input: string): Conversion {
  const words = input.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
  const base = { input, scheme: 'CPC' as const, source: data.source };
  if (words.length === 0) return { ...base, results: [], note: 'not-a-symbol' };
  const hits: { row: ClassRow; rank: number; order: number }[] = [];
  data.rows.forEach((row, order) => {
    const title = row.title.toLowerCase();
    if (!words.every((w) => title.includes(w))) return;
    // Words in the title proper beat words only in its references "(… see H04W)".
    const proper = words.every((w) => title.replace(/\([^()]*\)/g, '').includes(w)) ? 0 : 100;
    const depth = row.level === 's' || row.level === 'c' || row.level === 'u' ? -1 : Number(row.level);
    hits.push({ row, rank: proper + depth, order });
  });
  hits.sort((a, b) => a.rank - b.rank || a.row.title.length - b.row.title.length || a.order - b.order);
  const results = hits.slice(0, SEARCH_LIMIT).map(({ row }): ConversionEntry => ({ symbol: row.symbol, scheme: 'CPC', title: row.title, relation: 'match' }));
  return { ...base, results, note: 'search' };
}
