import type { Provenance } from '../../model/provenance';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { BadResponse } from '../../transport/errors';
import { type Node, all, attr, childText, one, parseOpsXml, path, text } from './xml';

/** One CPC scheme entry (`/classification/cpc/{symbol}`): symbol, title parts, level and notes. */
export interface CpcItem {
  symbol: string;
  title: string;
  level?: number;
  ipcConcordant?: string;
  notes: string[];
  children: CpcItem[];
}

export function parseCpc(body: unknown, info: FetchInfo): { items: CpcItem[]; exportDate?: string; source: Provenance } {
  const scheme = path(parseOpsXml(body, 'classification'), 'world-patent-data', 'classification-scheme', 'cpc', 'class-scheme');
  if (!scheme) throw new BadResponse('epo-ops', 'OPS classification: no cpc class-scheme (the multiple-class reply carries only a stylesheet)');
  const items = all(scheme, 'classification-item').map(cpcItem);
  const exportDate = attr(scheme, 'export-date');
  return { items, ...(exportDate && { exportDate }), source: sourceOf('epo-ops', 'classification', info) };
}

function cpcItem(node: Node): CpcItem {
  const level = Number.parseInt(attr(node, 'level'), 10);
  const concordant = attr(node, 'ipc-concordant');
  // A title is a list of parts ("Services specially adapted for wireless communication networks; Facilities therefor");
  // each part's <text> is the wording, <explanation> holds references, kept out of the title.
  const title = all(one(node, 'class-title'), 'title-part')
    .map((p) => text(all(p, 'text')))
    .filter(Boolean)
    .join('; ');
  return {
    symbol: childText(node, 'classification-symbol'),
    title,
    ...(Number.isFinite(level) && { level }),
    ...(concordant && { ipcConcordant: concordant }),
    notes: all(one(one(node, 'notes-and-warnings'), 'note'), 'note-paragraph').map((p) => text(p)),
    children: all(node, 'classification-item').map(cpcItem),
  };
}

/** `/classification/cpc/mapping/…`: CPC ↔ IPC/ECLA pairs. */
export function parseCpcMapping(body: unknown, info: FetchInfo): { input: string; output: string; pairs: { from: string; to: string; additionalOnly: boolean }[]; source: Provenance } {
  const m = path(parseOpsXml(body, 'classification-mapping'), 'world-patent-data', 'classification-scheme', 'mappings');
  if (!m) throw new BadResponse('epo-ops', 'OPS classification mapping: no mappings element');
  const input = attr(m, 'inputSchema');
  const output = attr(m, 'outputSchema');
  const pairs = all(m, 'mapping').map((x) => ({
    from: childText(x, input.toLowerCase()) || text(one(x, 'cpc')),
    to: childText(x, output.toLowerCase()) || childText(x, 'ecla'),
    additionalOnly: attr(x, 'additional-only') === 'true',
  }));
  return { input, output, pairs, source: sourceOf('epo-ops', 'classification-mapping', info) };
}

/** `/classification/cpc/search?q=…` statistics: the CPC groups most used with a term, share in percent. */
export function parseCpcStatistics(body: unknown, info: FetchInfo): { total: number; results: { symbol: string; percentage: number; title: string }[]; source: Provenance } {
  const s = path(parseOpsXml(body, 'classification-search'), 'world-patent-data', 'classification-search');
  if (!s) throw new BadResponse('epo-ops', 'OPS classification search: no classification-search element');
  const results = all(one(s, 'search-result'), 'classification-statistics').map((c) => ({
    symbol: attr(c, 'classification-symbol'),
    percentage: Number(attr(c, 'percentage')),
    title: all(one(c, 'class-title'), 'title-part').map((p) => text(all(p, 'text'))).join('; '),
  }));
  return { total: Number.parseInt(attr(s, 'total-result-count'), 10) || results.length, results, source: sourceOf('epo-ops', 'classification-search', info) };
}
