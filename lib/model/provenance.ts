import type { OfficeId } from './contracts';

/** Where a value came from: every value shown to the user can say which office, which endpoint and when. */
export interface Provenance {
  office: OfficeId;
  endpoint: string;
  fetchedAt: string; // ISO 8601
  fromCache?: boolean;
  /** Set when a refresh failed and this is the last good copy. */
  stale?: boolean;
}

/** A value with its provenance. */
export interface Sourced<T> {
  value: T;
  source: Provenance;
}
