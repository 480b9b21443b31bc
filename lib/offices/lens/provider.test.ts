import { describe, expect, it } from 'vitest';
import { findNumbers, type PatentRef } from '../../numbers';
import type { OfficeRequest, OfficeResponse, ProviderContext } from '../provider';
import { lensIdOf, lensProvider } from './provider';
import { fixtureJson } from './test-fixtures';

const ref = (text: string): PatentRef => {
  const { raw: _r, start: _s, end: _e, ...r } = findNumbers(text)[0]!;
  return r;
};

function fakeContext(): { ctx: ProviderContext; calls: OfficeRequest[] } {
  const calls: OfficeRequest[] = [];
  return {
    calls,
    ctx: {
      lang: 'en',
      async request<T>(req: OfficeRequest): Promise<OfficeResponse<T>> {
        calls.push(req);
        const hit = /EP2471949/.test(req.body ?? '');
        return { status: hit ? 200 : 404, headers: {}, body: (hit ? fixtureJson('search.lens_id-031-156-664-516-153.docs-sample.json') : { total: 0, data: [] }) as T, fetchedAt: '2026-12-01T00:00:00.000Z', fromCache: false, stale: false };
      },
    },
  };
}

describe('lensProvider', () => {
  it('one ids search answers biblio, family, status, citations and classifications', async () => {
    const { ctx, calls } = fakeContext();
    const r = await lensProvider.lookup(ref('EP 2 471 949 A1'), ['biblio', 'family', 'status', 'citations', 'classification'], ctx);
    expect(calls).toHaveLength(1);
    expect(JSON.parse(calls[0]!.body!).query).toEqual({ terms: { ids: ['EP2471949A1'] } });
    expect(calls[0]).toMatchObject({ method: 'POST', readOnly: true });
    expect(r.biblio?.title).toMatch(/^Method for the identification/);
    expect(r.family?.members.length).toBe(5);
    expect(r.status?.state).toBe('granted');
    expect(r.citations?.length).toBeGreaterThan(2);
    expect(r.classifications?.length).toBeGreaterThan(1);
  });

  it('an unknown number is "not found"; applications are not asked; the token goes in a Bearer header', async () => {
    await expect(lensProvider.lookup(ref('DE 10 2019 123 456 A1'), ['biblio'], fakeContext().ctx)).rejects.toMatchObject({ kind: 'not-found' });
    expect(lensIdOf(ref('特願2020-123456'))).toBeNull();
    expect(lensIdOf(ref('US 10,123,456 B2'))).toBe('US10123456B2');
    expect(lensProvider.auth?.type === 'key' && lensProvider.auth.apply({ token: 't' }, { endpoint: 'search', path: '/patent/search', responseType: 'json' })).toEqual({ headers: { Authorization: 'Bearer t' } });
  });

  it('texts: one request with abstracts and claims; titles in every language, the abstract, the claims in their language', async () => {
    const { ctx, calls } = fakeContext();
    const { texts = [] } = await lensProvider.lookup(ref('EP 2 471 949 A1'), ['texts'], ctx);
    expect(calls).toHaveLength(1);
    expect(JSON.parse(calls[0]!.body!).include).toEqual(expect.arrayContaining(['abstract', 'claims']));
    expect(texts.filter((t) => t.part === 'title').map((t) => t.lang)).toEqual(['de', 'en', 'fr']);
    expect(texts.find((t) => t.part === 'abstract')).toMatchObject({ lang: 'en', member: { docdb: 'EP.2471949.A1' } });
    const claims = texts.filter((t) => t.part === 'claim');
    expect(claims[0]).toMatchObject({ index: 1, lang: 'en', text: expect.stringMatching(/^A method of genotyping a subject/) });
  });
});
