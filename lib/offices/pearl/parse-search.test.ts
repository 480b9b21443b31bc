import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePearlSearch } from './parse-search';
import { parsePearlToken } from './auth';

// The sandbox's reconstructed reply (fixtures/concepts.search.reconstructed.json; no PEARL reply was ever recorded).
const reconstructed = JSON.parse(readFileSync(resolve(__dirname, 'fixtures/concepts.search.reconstructed.json'), 'utf8')) as unknown;
const FETCHED = { fetchedAt: '2026-12-01T00:00:00.000Z' };

describe('parsePearlSearch', () => {
  it('reads each concept with its subject field and every language\'s term, score, usage and part of speech', () => {
    const entries = parsePearlSearch(reconstructed, FETCHED);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({ conceptId: '9000001', subject: 'ELEC', subjectName: 'Electricity and electronics', source: { office: 'pearl', endpoint: 'concepts/search' } });
    expect(entries[0]!.terms.find((t) => t.lang === 'ja')).toEqual({ lang: 'ja', term: '配線', reliability: 3, usage: 'recommended', partOfSpeech: 'noun', abbreviation: false });
    expect(entries[1]!.terms.map((t) => t.term)).toContain('Halbleiter');
  });

  it('drops what it cannot check: a score outside 1–4, a language that is not a code, a term without text', () => {
    const [entry] = parsePearlSearch({ concepts: [{ id: 7, terms: [{ lang: 'EN', term: 'x', reliabilityScore: 9 }, { lang: 'english', term: 'y' }, { lang: 'de' }] }] }, FETCHED);
    expect(entry).toMatchObject({ conceptId: '7', terms: [{ lang: 'en', term: 'x' }] });
    expect(entry!.terms[0]).not.toHaveProperty('reliability');
  });

  it('an empty hit list is no concepts; anything without a concepts list is a bad response', () => {
    expect(parsePearlSearch({ total: 0, concepts: [] }, FETCHED)).toEqual([]);
    for (const body of ['<html>login</html>', null, { results: [] }, [1, 2]]) {
      expect(() => parsePearlSearch(body, FETCHED)).toThrow(expect.objectContaining({ kind: 'bad-response' }));
    }
  });
});

describe('parsePearlToken', () => {
  const res = (status: number, body: unknown) => ({ status, headers: {}, body, fetchedAt: '', fromCache: false, stale: false });
  it('takes the token and its lifetime', () => {
    expect(parsePearlToken(res(200, { access_token: 'jwt', expires_in: 300 }), 1000)).toEqual({ accessToken: 'jwt', expiresAt: 301_000 });
  });
  it('a refused client is an auth error naming the credentials; a reply without a token is a bad response', () => {
    expect(() => parsePearlToken(res(401, { error: 'invalid_client' }), 0)).toThrow(expect.objectContaining({ kind: 'auth', officeCode: 'bad-credentials' }));
    expect(() => parsePearlToken(res(200, {}), 0)).toThrow(expect.objectContaining({ kind: 'bad-response' }));
  });
});
