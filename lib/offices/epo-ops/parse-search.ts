import type { Bibliographic, DocRef } from '../../model/patent';
import type { Provenance } from '../../model/provenance';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { BadResponse } from '../../transport/errors';
import { publicationRefOf } from './doc-ref';
import { exchangeDocument } from './parse-biblio';
import { all, attr, childText, one, parseOpsXml, path } from './xml';

/**
 * published-data/search (CQL) → hits. A search without hits is HTTP 404 `<fault>` SERVER.EntityNotFound
 * "No results found" (API-NOTES §2), so the provider turns that fault into an empty result before parsing.
 */
export interface OpsSearchResult {
  query: string;
  total: number;
  range: { begin: number; end: number };
  hits: { ref: DocRef; familyId?: string; biblio?: Bibliographic }[];
  source: Provenance;
}

export function parseSearch(body: unknown, info: FetchInfo, endpoint = 'search'): OpsSearchResult {
  const s = path(parseOpsXml(body, endpoint), 'world-patent-data', 'biblio-search');
  if (!s) throw new BadResponse('epo-ops', `OPS ${endpoint}: no biblio-search in the reply`);
  const source = sourceOf('epo-ops', endpoint, info);
  const result = one(s, 'search-result');
  const plain = all(result, 'publication-reference').map((p) => {
    const ref = publicationRefOf(p);
    const familyId = attr(p, 'family-id');
    return ref ? { ref, ...(familyId && { familyId }) } : undefined;
  });
  // With the biblio constituent the hits are exchange-documents instead of publication-references.
  const withBiblio = all(result, 'exchange-documents').flatMap((x) => all(x, 'exchange-document')).map((d) => {
    const doc = exchangeDocument(d, source);
    return { ref: doc.biblio.ref, ...(doc.familyId && { familyId: doc.familyId }), biblio: doc.biblio };
  });
  const range = one(s, 'range');
  return {
    query: childText(s, 'query'),
    total: Number.parseInt(attr(s, 'total-result-count'), 10) || 0,
    range: { begin: Number(attr(range, 'begin')) || 0, end: Number(attr(range, 'end')) || 0 },
    hits: [...plain.filter((x): x is NonNullable<typeof x> => Boolean(x)), ...withBiblio],
    source,
  };
}

export function emptySearch(query: string, info: FetchInfo): OpsSearchResult {
  return { query, total: 0, range: { begin: 0, end: 0 }, hits: [], source: sourceOf('epo-ops', 'search', info) };
}
