/**
 * Newer or official data the user imports in the options (issue 10 §1): the CPC title list files
 * (CPCTitleList…: symbol \t level \t title, one file per section or all in one) and the official
 * CPC→IPC concordance (cpc-ipc-concordance.txt: CPC symbol, IPC symbol or CPCONLY). Each file is
 * validated line by line; a wrong file is refused with the line that gave it away, and the data in
 * use stays. The parsed rows replace the bundled ones; what a file does not give keeps the bundled
 * value (a title import keeps the derived mapping, said so in the source line).
 */
import { type ClassRow, type Dataset, datasetOf } from './dataset';
import { parseSymbol } from './symbol';

export class ImportError extends Error {}

export interface ImportedData {
  titles?: { rows: ClassRow[]; name: string };
  concordance?: { map: Map<string, string>; name: string };
}

const LEVEL_WORDS: Record<string, string> = { '': '', section: 's', class: 'c', subclass: 'u' };
const MIN_ROWS = 100;

/** CPC title list files → rows in scheme order (ipc left '' for the caller to fill). */
export function parseTitleFiles(files: { name: string; text: string }[]): ClassRow[] {
  const rows: ClassRow[] = [];
  for (const { name, text } of files) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((line, i) => {
      if (!line.trim() || (i === 0 && /^symbol\t/i.test(line))) return;
      const [symbol = '', level = '', ...title] = line.split('\t');
      const parsed = parseSymbol(symbol);
      const lv = level in LEVEL_WORDS ? LEVEL_WORDS[level] : /^[0-9]{1,2}$/.test(level) ? level : null;
      if (!parsed || parsed.symbol !== symbol || lv === null || title.length === 0) {
        throw new ImportError(`${name}, line ${i + 1}: not a CPC title row (symbol, level, title): "${line.slice(0, 80)}"`);
      }
      const kind = parsed.level === 'section' ? 's' : parsed.level === 'class' ? 'c' : parsed.level === 'subclass' ? 'u' : lv || '0';
      rows.push({ symbol, level: kind, ipc: '', title: title.join('\t').replace(/\u00a0/g, ' ') });
    });
  }
  if (rows.length < MIN_ROWS) throw new ImportError(`Only ${rows.length} title rows: a CPC title list has tens of thousands.`);
  return rows;
}

/** The official concordance → CPC symbol → IPC symbol ('-' for CPCONLY). */
export function parseConcordance(name: string, text: string): Map<string, string> {
  const map = new Map<string, string>();
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || (i === 0 && /^\s*cpc\b/i.test(line))) return;
    const [cpc = '', ipc = ''] = line.trim().split(/\s+/);
    const from = parseSymbol(cpc);
    const to = ipc.toUpperCase() === 'CPCONLY' ? '-' : parseSymbol(ipc)?.symbol;
    if (!from || !to) throw new ImportError(`${name}, line ${i + 1}: not a CPC→IPC row (CPC symbol, IPC symbol or CPCONLY): "${line.slice(0, 80)}"`);
    map.set(from.symbol, to);
  });
  if (map.size < MIN_ROWS) throw new ImportError(`Only ${map.size} concordance rows: the CPC→IPC concordance has hundreds of thousands.`);
  return map;
}

/** The dataset in use: imported rows and mapping over the bundled ones. */
export function mergeImported(bundled: Dataset, imported: ImportedData): Dataset {
  if (!imported.titles && !imported.concordance) return bundled;
  const rows = (imported.titles?.rows ?? bundled.rows).map((r): ClassRow => {
    const official = imported.concordance?.map.get(r.symbol);
    if (official !== undefined) return { ...r, ipc: official === r.symbol ? '=' : official };
    if (/^[scu]$/.test(r.level)) return { ...r, ipc: bundled.rows[bundled.index.get(r.symbol) ?? -1]?.ipc ?? '=' };
    const derived = bundled.rows[bundled.index.get(r.symbol) ?? -1]?.ipc;
    return { ...r, ipc: imported.titles ? (derived ?? '') : r.ipc };
  });
  const titles = imported.titles ? `CPC titles from ${imported.titles.name}` : 'CPC 2022.08 titles (EPO/USPTO)';
  const mapping = imported.concordance ? `CPC→IPC from ${imported.concordance.name} (imported)` : 'CPC→IPC derived from the CPC hierarchy, not the official concordance';
  return datasetOf(rows, `${titles}; ${mapping}`);
}
