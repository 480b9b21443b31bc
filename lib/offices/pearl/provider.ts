/**
 * WIPO PEARL (issue 15 §1a): terms, not patents. With the user's Business Partner Portal client
 * id and secret, a concept search for the selected term returns each language's terms with PEARL's
 * reliability score, usage label and subject field. The endpoint is unofficial and unverified
 * (API-NOTES-2.md §4): the Terms tab and the options page say so, and the PEARL web links stay the
 * answer that always works.
 */
import { fetchInfoOf } from '../../model/provenance-of';
import type { TermEntry } from '../../model/patent';
import { NotFound } from '../../transport/errors';
import type { OfficeProvider, ProviderContext } from '../provider';
import { pearlAuth } from './auth';
import { type PearlSearch, pearlEndpoints } from './endpoints';
import { pearlMeta } from './meta';
import { parsePearlSearch } from './parse-search';

export async function searchPearl(q: PearlSearch, ctx: ProviderContext, { noCache = false } = {}): Promise<TermEntry[]> {
  const res = await ctx.request({ ...pearlEndpoints.search(q), ...(noCache && { noCache }) });
  return parsePearlSearch(res.body, fetchInfoOf(res));
}

export const pearlProvider: OfficeProvider = {
  id: 'pearl',
  meta: pearlMeta,
  capabilities: ['terms'],
  limits: {
    // The wrapper names ~5 requests a day without a key and no figure with one: a small budget of our
    // own, reset at midnight in Geneva, keeps an unverified service from being hammered.
    perWindow: { calls: 10, windowSeconds: 60 },
    daily: { perEndpoint: { 'concepts/search': 50, concepts: 50 }, resetTimeZone: 'Europe/Zurich' },
  },
  ttlSeconds: { 'concepts/search': 7 * 24 * 3600, concepts: 7 * 24 * 3600 },
  // PEARL answers terms only; no patent number is ever routed to it.
  accepts: () => false,
  async lookup() {
    throw new NotFound('pearl', 'WIPO PEARL answers terms, not patent numbers');
  },
  async testConnection(ctx) {
    await searchPearl({ term: 'patent', source: 'en', targets: ['ja'], limit: 1 }, ctx, { noCache: true });
  },
  searchTerms: (q, ctx) => searchPearl(q, ctx),
  auth: pearlAuth,
};
