// WIPO PEARL API as the one concrete description has it (API-NOTES-2.md §4, an UNOFFICIAL wrapper's
// listing; a public connector names the same host): OAuth2 client credentials at api.wipo.int, then a
// concept search by term with source and target languages (limit ≤ 50), and a concept by id.
// Neither path nor reply was ever recorded: the options page marks the API unofficial and unverified.
import type { OfficeRequest } from '../provider';
import { basicAuthorization } from '../basic-auth';

export const PEARL_TOKEN_PATH = '/oauth2/token';
export const PEARL_SEARCH_LIMIT = 50;

export interface PearlSearch {
  term: string;
  source: string;
  targets: string[];
  subject?: string;
  limit?: number;
}

export const pearlEndpoints = {
  token: (clientId: string, clientSecret: string): OfficeRequest => ({
    endpoint: 'token',
    method: 'POST',
    path: PEARL_TOKEN_PATH,
    headers: { Authorization: basicAuthorization(clientId, clientSecret), 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: 'grant_type=client_credentials',
    responseType: 'json',
    noCache: true,
  }),
  search: (q: PearlSearch): OfficeRequest => ({
    endpoint: 'concepts/search',
    method: 'GET',
    path: '/wipopearl/concepts/search',
    query: {
      term: q.term.trim(),
      sourceLang: q.source,
      ...(q.targets.length > 0 && { targetLangs: q.targets.join(',') }),
      ...(q.subject && { subjectField: q.subject }),
      limit: String(Math.min(Math.max(q.limit ?? 10, 1), PEARL_SEARCH_LIMIT)),
    },
    headers: { Accept: 'application/json' },
    responseType: 'json',
  }),
  concept: (conceptId: string, lang?: string): OfficeRequest => ({
    endpoint: 'concepts',
    method: 'GET',
    path: `/wipopearl/concepts/${encodeURIComponent(conceptId)}`,
    ...(lang && { query: { lang } }),
    headers: { Accept: 'application/json' },
    responseType: 'json',
  }),
};
