import type { OfficeId } from '../model/contracts';

/** The offices with a search API a saved search can run at (the JPO has none: API-NOTES §1). */
export const SEARCH_OFFICES = ['epo-ops', 'lens', 'uspto-odp', 'kipris'] as const satisfies readonly OfficeId[];
export type SearchOffice = (typeof SEARCH_OFFICES)[number];
