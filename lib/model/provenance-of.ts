import type { OfficeId } from './contracts';
import type { Provenance } from './provenance';

/** What the transport tells a parser about one reply: when it was fetched and whether it came from cache. */
export interface FetchInfo {
  fetchedAt: string;
  fromCache?: boolean;
  stale?: boolean;
}

/** The provenance stamped on every value a parser produces (office, endpoint, fetched at). */
export function sourceOf(office: OfficeId, endpoint: string, info: FetchInfo): Provenance {
  return {
    office,
    endpoint,
    fetchedAt: info.fetchedAt,
    ...(info.fromCache && { fromCache: true }),
    ...(info.stale && { stale: true }),
  };
}

/** The FetchInfo part of a transport reply (an OfficeResponse), without its body and headers. */
export function fetchInfoOf(reply: FetchInfo): FetchInfo {
  return { fetchedAt: reply.fetchedAt, fromCache: reply.fromCache, stale: reply.stale };
}
