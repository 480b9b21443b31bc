/**
 * Saved searches (SDI, issue 12 §2): a query in one office's own syntax, re-run on a schedule, whose
 * hits are kept so each run can say which are new since the last one. The JPO has no search API
 * (API-NOTES §1): the UI says so rather than offering it.
 */
import type { DocRef } from '../model/patent';
import type { ProviderContext } from '../offices/provider';
import { fetchInfoOf } from '../model/provenance-of';
import { NotFound } from '../transport/errors';
import { search as opsSearch } from '../offices/epo-ops/provider';
import { kiprisSearch } from '../offices/kipris/provider';
import { lensEndpoints } from '../offices/lens/endpoints';
import { lensRecords, refOfDocumentId } from '../offices/lens/parse-patent';
import { odpEndpoints } from '../offices/uspto-odp/endpoints';
import { odpRecords, parseOdpRecord } from '../offices/uspto-odp/parse-application';
import type { SkipNote } from './model';

import type { SearchOffice } from './search-offices';

export { SEARCH_OFFICES, type SearchOffice } from './search-offices';

/** How many hits a run reads: the first page each office gives in one call. */
export const SEARCH_PAGE = 100;

export interface SavedSearch {
  id: string;
  name: string;
  office: SearchOffice;
  query: string;
  intervalMinutes: number;
  createdAt: string;
  lastRun: string | null;
  /** The office's total for the query at the last run (more than one page can hold). */
  lastTotal?: number;
  lastError?: string;
  skipped?: SkipNote;
}

export interface SearchHit {
  search: string;
  /** DOCDB (or the office's number) — one row per document per search. */
  key: string;
  ref: DocRef;
  title?: string;
  firstSeen: string;
  seen: boolean;
}

export interface SearchPage {
  total: number;
  hits: { ref: DocRef; title?: string }[];
}

export function hitKey(ref: DocRef): string {
  return ref.docdb ?? ref.epodoc ?? `${ref.country}${ref.raw}`;
}

/** One page of hits from the office, through its pipeline (cache, quota, rate limit, auth). */
export async function runSearch(office: SearchOffice, query: string, ctx: ProviderContext): Promise<SearchPage> {
  try {
    return await firstPage(office, query, ctx);
  } catch (error) {
    // ODP and Lens answer a query without hits with "not found"; for a saved search that is zero hits.
    if (error instanceof NotFound) return { total: 0, hits: [] };
    throw error;
  }
}

async function firstPage(office: SearchOffice, query: string, ctx: ProviderContext): Promise<SearchPage> {
  switch (office) {
    case 'epo-ops': {
      const result = await opsSearch(query, { begin: 1, end: SEARCH_PAGE }, ctx);
      return { total: result.total, hits: result.hits.map((h) => ({ ref: h.ref, ...(h.biblio?.title && { title: h.biblio.title }) })) };
    }
    case 'lens': {
      const res = await ctx.request(lensEndpoints.search(query, SEARCH_PAGE));
      const body = res.body as { total?: unknown };
      const hits = lensRecords(res.body).flatMap((rec) => {
        const ref = refOfDocumentId(rec);
        const title = (rec.biblio as { invention_title?: { text?: string }[] } | undefined)?.invention_title?.[0]?.text;
        return ref ? [{ ref, ...(title && { title }) }] : [];
      });
      return { total: typeof body.total === 'number' ? body.total : hits.length, hits };
    }
    case 'kipris':
      return kiprisSearch(query, ctx);
    case 'uspto-odp': {
      const res = await ctx.request(odpEndpoints.search(query));
      const body = res.body as { count?: unknown };
      const info = fetchInfoOf(res);
      const hits = odpRecords(res.body, 'search').map((rec) => {
        const c = parseOdpRecord(rec, info, 'search');
        return { ref: c.biblio.ref, ...(c.biblio.title && { title: c.biblio.title }) };
      });
      return { total: typeof body.count === 'number' ? body.count : hits.length, hits };
    }
  }
}
