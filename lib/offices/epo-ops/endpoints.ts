import type { OfficeRequest } from '../provider';
import type { RefLike } from '../../model/ref-like';

/**
 * URL builders for OPS v3.2 (path after the base `https://ops.epo.org/3.2`, query separate) — API-NOTES §2
 * "Endpoints" and the request lines of the recorded fixtures. Endpoint names double as cache-TTL and quota keys.
 */
export type OpsFormat = 'docdb' | 'epodoc' | 'original';
export type OpsRefType = 'publication' | 'application' | 'priority';
export type PublishedConstituent = 'biblio' | 'abstract' | 'claims' | 'description' | 'full-cycle' | 'fulltext' | 'equivalents';
export type RegisterConstituent = 'biblio' | 'events' | 'procedural-steps' | 'upp';

const XML = { Accept: 'application/xml' };
const REST = '/rest-services';

/**
 * A number in the path: encoded, but dots, brackets and slashes kept — OPS expects `US.(08/921,321)` with the
 * slash inside the brackets, while commas, spaces, ? and # must be encoded (FORMATS.md §1). An encoded slash
 * (%2F) is refused by many Apache front ends, and OPS answers from Apache (fixtures/headers.*.json).
 */
function seg(value: string): string {
  return encodeURIComponent(value).replace(/%2E/gi, '.').replace(/%28/g, '(').replace(/%29/g, ')').replace(/%2F/gi, '/');
}

function get(endpoint: string, path: string, query?: Record<string, string>): OfficeRequest {
  return { endpoint, method: 'GET', path, ...(query && { query }), headers: { ...XML }, responseType: 'text' };
}

/**
 * The OPS input for a ref: docdb when the kind is known (docdb numbers without a kind can be ambiguous —
 * CLIENT.AmbiguousRequest, API-NOTES §2), else epodoc, else the kind-less docdb.
 */
export function opsInputOf(ref: RefLike): { refType: 'publication' | 'application'; format: 'docdb' | 'epodoc'; input: string } | null {
  const refType = ref.type === 'application' ? 'application' : 'publication';
  const docdbParts = ref.docdb?.split('.') ?? [];
  if (ref.docdb && docdbParts.length >= 3) return { refType, format: 'docdb', input: ref.docdb };
  if (ref.epodoc) return { refType, format: 'epodoc', input: ref.epodoc };
  if (ref.docdb) return { refType, format: 'docdb', input: ref.docdb };
  return null;
}

export const opsEndpoints = {
  published: (c: PublishedConstituent, refType: OpsRefType, format: OpsFormat, number: string) =>
    get(c, `${REST}/published-data/${refType}/${format}/${seg(number)}/${c}`),
  /** INPADOC family, optionally with each member's biblio or legal events. */
  family: (refType: OpsRefType, format: OpsFormat, number: string, constituent?: 'biblio' | 'legal') =>
    get(constituent ? `family-${constituent}` : 'family', `${REST}/family/${refType}/${format}/${seg(number)}${constituent ? `/${constituent}` : ''}`),
  legal: (refType: OpsRefType, format: OpsFormat, number: string) => get('legal', `${REST}/legal/${refType}/${format}/${seg(number)}`),
  numberService: (refType: OpsRefType, inputFormat: OpsFormat, number: string, outputFormat: OpsFormat) =>
    get('number-service', `${REST}/number-service/${refType}/${inputFormat}/${seg(number)}/${outputFormat}`),
  /** EP Register, epodoc input (`EP2400812`). */
  register: (c: RegisterConstituent, refType: 'publication' | 'application', epodoc: string) =>
    get(`register-${c}`, `${REST}/register/${refType}/epodoc/${seg(epodoc)}/${c}`),
  registerSearch: (cql: string, range: string) => get('register-search', `${REST}/register/search`, { q: cql, Range: range }),
  /** CQL search; range "1-25" (default), at most 100 per request and 2000 reachable (API-NOTES §2). */
  search: (cql: string, range: string, withBiblio = false) => get('search', `${REST}/published-data/search${withBiblio ? '/biblio' : ''}`, { q: cql, Range: range }),
  /** CPC scheme entry; the symbol's slash becomes a path level (H04W4/00 → …/cpc/H04W4/00). */
  cpc: (symbol: string) => get('classification', `${REST}/classification/cpc/${symbol.split('/').map(seg).join('/')}`),
  cpcMapping: (symbol: string, from: 'cpc' | 'ecla', to: 'cpc' | 'ecla') =>
    get('classification-mapping', `${REST}/classification/map/${from}/${symbol.split('/').map(seg).join('/')}/${to}`),
  cpcStatistics: (term: string) => get('classification-search', `${REST}/classification/cpc/search`, { q: term }),
};

/** Normalise a search range: "1-25" style, clamped to 100 results per request and position 2000. */
export function opsRange(begin: number, end: number): string {
  const b = Math.max(1, Math.min(2000, Math.floor(begin)));
  const e = Math.max(b, Math.min(b + 99, 2000, Math.floor(end)));
  return `${b}-${e}`;
}
