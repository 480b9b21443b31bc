/**
 * Builds the bundled classification asset from ../shared/classification (run by hand when the data
 * changes: `npx tsx scripts/build-classification.ts`; the output is committed, so neither the build
 * nor a user's machine needs ../shared). One gzip'd TSV, rows in scheme order:
 *
 *   symbol \t level \t ipc \t title
 *
 * level: s (section), c (class), u (subclass), or the dot level of a group (0 = main group);
 * ipc: '=' the CPC symbol is itself the IPC symbol, '-' no IPC counterpart (CPCONLY), '' the derived
 * mapping could not decide, else the IPC symbol. Titles are the official CPC 2022.08 titles; the
 * mapping is DERIVED from the CPC hierarchy (../shared/classification/README.md §5), not the official
 * concordance — lib/classification/dataset.ts says so beside every answer.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const SHARED = resolve(import.meta.dirname, '../../shared/classification');
export const ASSET = resolve(import.meta.dirname, '../public/classification/cpc-ipc-2022.08.tsv.gz');

// CPC-only subclasses (README §5): present in CPC 2022.08, absent from IPC.
const CPC_ONLY = new Set('A23V A23Y A44D B41P B42P B60Y C01P C12Y D05D D10B E05Y F05B F05C F05D F27M H04T Y02A Y02B Y02C Y02D Y02E Y02P Y02T Y02W Y04S Y10S Y10T'.split(' '));
const LEVEL: Record<string, string> = { section: 's', class: 'c', subclass: 'u' };

function rows(file: string): string[][] {
  return readFileSync(resolve(SHARED, file), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
}

export function buildClassificationTsv(): string {
  const mapping = new Map<string, string>();
  for (const [cpc, ipc] of rows('cpc_to_ipc_DERIVED_cpc2022-08.tsv')) mapping.set(cpc ?? '', ipc ?? '');
  const out: string[] = [];
  for (const [symbol = '', level = '', title = ''] of rows('cpc_titles_2022-08.tsv')) {
    let ipc: string;
    if (LEVEL[level]) ipc = CPC_ONLY.has(symbol.slice(0, 4)) || symbol.startsWith('Y') ? '-' : '=';
    else {
      const m = mapping.get(symbol) ?? '';
      ipc = m === symbol ? '=' : m === 'CPCONLY' ? '-' : m;
    }
    // Titles keep their text; tabs and line breaks cannot occur in them (checked).
    out.push([symbol, LEVEL[level] ?? level, ipc, title.replace(/\u00a0/g, ' ')].join('\t'));
  }
  return out.join('\n') + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const tsv = buildClassificationTsv();
  mkdirSync(dirname(ASSET), { recursive: true });
  writeFileSync(ASSET, gzipSync(tsv, { level: 9 }));
  console.log(`${ASSET}: ${tsv.split('\n').length - 1} rows, ${(tsv.length / 1e6).toFixed(1)} MB text`);
}
