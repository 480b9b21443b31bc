import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../numbers';
import type { PatentRef } from '../../numbers';
import type { OfficeRequest, OfficeResponse, ProviderContext } from '../provider';
import { usptoOdpProvider } from './provider';
import { fixtureJson } from './test-fixtures';

const ref = (text: string): PatentRef => {
  const { raw: _r, start: _s, end: _e, ...r } = findNumbers(text)[0]!;
  return r;
};

/** Serves the copied replies the way the sandbox does (search picked by the number in the query). */
function fakeContext(status = 200): { ctx: ProviderContext; calls: OfficeRequest[] } {
  const calls: OfficeRequest[] = [];
  const ctx: ProviderContext = {
    lang: 'en',
    async request<T>(req: OfficeRequest): Promise<OfficeResponse<T>> {
      calls.push(req);
      let file = 'error.404.transactions.15123456.beta-2024.json';
      let code = 404;
      if (req.endpoint === 'search' && /10765880|US20150157873/.test(req.body ?? '')) [file, code] = ['search.post.json', 200];
      if (req.path.endsWith('/applications/14412875')) [file, code] = ['search.post.json', 200];
      if (req.path.endsWith('/applications/16123456')) [file, code] = ['applications.16123456.beta-2024.json', 200];
      if (req.path.endsWith('/15123456/documents')) [file, code] = ['documents.15123456.beta-2024.json', 200];
      return { status: status !== 200 ? status : code, headers: status === 429 ? { 'retry-after': '30' } : {}, body: fixtureJson(status === 403 ? 'error.403.reconstructed.json' : file) as T, fetchedAt: '2026-12-01T00:00:00.000Z', fromCache: false, stale: false };
    },
  };
  return { ctx, calls };
}

describe('usptoOdpProvider', () => {
  it('a US application serial: one call answers status, biblio, continuity and transactions', async () => {
    const { ctx, calls } = fakeContext();
    const r = await usptoOdpProvider.lookup(ref('U.S. Appl. No. 16/123,456'), ['status', 'biblio', 'related', 'legal'], ctx);
    expect(calls.map((c) => c.path)).toEqual(['/api/v1/patent/applications/16123456']);
    expect(r.status?.state).toBe('granted');
    expect(r.biblio?.parties[0]?.name).toBe('FUJIFILM Corporation');
    expect(r.related?.some((x) => x.relation === 'divisional')).toBe(true);
    expect(r.legal?.length).toBeGreaterThan(10);
  });

  it('a patent and a publication number resolve to their application by an ODP search', async () => {
    for (const text of ['US 10,765,880 B2', 'US 2015/0157873 A1']) {
      const { ctx, calls } = fakeContext();
      const r = await usptoOdpProvider.lookup(ref(text), ['biblio'], ctx);
      expect(calls.map((c) => `${c.method ?? 'GET'} ${c.path}`)).toEqual(['POST /api/v1/patent/applications/search', 'GET /api/v1/patent/applications/14412875']);
      expect(JSON.parse(calls[0]!.body!).q).toMatch(/^applicationMetaData\.(patentNumber:10765880|earliestPublicationNumber:US20150157873A1)$/);
      expect(r.biblio?.title).toMatch(/^Device For Repetitive/);
    }
  });

  it('documents are listed with the office actions first', async () => {
    const r = await usptoOdpProvider.lookup(ref('U.S. Appl. No. 15/123,456'), ['documents'], fakeContext().ctx);
    expect(r.documents?.[0]?.kind).toBe('refusal-reason');
  });

  it('errors in the office words: 403 key refused, 429 with its wait, 404 not found', async () => {
    await expect(usptoOdpProvider.lookup(ref('U.S. Appl. No. 16/123,456'), ['status'], fakeContext(403).ctx)).rejects.toMatchObject({ kind: 'auth' });
    await expect(usptoOdpProvider.lookup(ref('U.S. Appl. No. 16/123,456'), ['status'], fakeContext(429).ctx)).rejects.toMatchObject({ kind: 'rate-limit', retryAfterSeconds: 30 });
    await expect(usptoOdpProvider.lookup(ref('U.S. Appl. No. 17/999,999'), ['status'], fakeContext().ctx)).rejects.toMatchObject({ kind: 'not-found', message: expect.stringContaining('No matching records found') });
  });

  it('accepts US numbers only; the key travels in X-API-KEY', () => {
    expect(usptoOdpProvider.accepts(ref('US 10,765,880 B2'))).toBe(true);
    expect(usptoOdpProvider.accepts(ref('EP 2 400 812 A1'))).toBe(false);
    expect(usptoOdpProvider.auth?.type === 'key' && usptoOdpProvider.auth.apply({ apiKey: 'k' }, { endpoint: 'application', path: '/api/v1/patent/applications/x', responseType: 'json' })).toEqual({ headers: { 'X-API-KEY': 'k' } });
  });
});
