// Lens.org Patent API, base https://api.lens.org (API-NOTES-2.md §3). POST /patent/search with a JSON
// body and `Authorization: Bearer <token>` (provider auth); number lookups are `terms` on `ids`.
import type { OfficeRequest } from '../provider';

const INCLUDE = ['lens_id', 'jurisdiction', 'doc_number', 'kind', 'date_published', 'biblio', 'families', 'legal_status', 'publication_type'];

export const lensEndpoints = {
  /** One document by any written form Lens accepts for `ids` (EP2471949A1, US 2021/0191781 A1, a Lens ID). */
  byId: (id: string): OfficeRequest => lensSearch({ query: { terms: { ids: [id] } }, include: INCLUDE, size: 1 }),
  /** One document's own texts (titles, abstract, claims in each language Lens has), for the Terms tab. */
  texts: (id: string): OfficeRequest => lensSearch({ query: { terms: { ids: [id] } }, include: ['lens_id', 'jurisdiction', 'doc_number', 'kind', 'date_published', 'biblio.invention_title', 'abstract', 'claims'], size: 1 }),
  /** A saved search in the Lens query (query-string form). */
  search: (query: string, size = 25): OfficeRequest => lensSearch({ query: { query_string: { query } }, include: ['lens_id', 'jurisdiction', 'doc_number', 'kind', 'date_published', 'biblio.invention_title'], size }),
};

function lensSearch(body: object): OfficeRequest {
  const json = JSON.stringify(body);
  return {
    endpoint: 'patent/search',
    method: 'POST',
    path: '/patent/search',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: json,
    responseType: 'json',
    // A search reads only: cached like a GET, keyed by what it asks.
    readOnly: true,
    cacheKey: `POST /patent/search ${json}`,
  };
}
