import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { OfficeResponse } from '../offices/provider';
import { AuthError, NotFound, OfficeDown, QuotaExceeded } from './errors';
import { createResponseCache } from './cache';

let n = 0;
const fresh = () => createResponseCache({ dbName: `cache-test-${++n}`, now: () => t });
let t = 1_000_000;

function reply(body: unknown): OfficeResponse {
  return { status: 200, headers: { 'content-type': 'application/json' }, body, fetchedAt: new Date(t).toISOString(), fromCache: false, stale: false };
}

describe('response cache', () => {
  it('serves a fresh copy within the TTL without calling the office', async () => {
    const cache = fresh();
    let calls = 0;
    const fetcher = async () => reply({ n: ++calls });
    await cache.run('k', 60, fetcher);
    t += 59_000;
    const second = await cache.run('k', 60, fetcher);
    expect(calls).toBe(1);
    expect(second).toMatchObject({ body: { n: 1 }, fromCache: true, stale: false });
    t += 2000;
    expect((await cache.run('k', 60, fetcher)).body).toEqual({ n: 2 });
  });

  it('freshAfter reads a copy fetched before it again, once, and keeps later copies (a watch run)', async () => {
    const cache = fresh();
    let calls = 0;
    const fetcher = async () => reply({ n: ++calls });
    await cache.run('k', 3600, fetcher);
    t += 1000;
    const runStart = t;
    expect((await cache.run('k', 3600, fetcher, { freshAfter: runStart })).body).toEqual({ n: 2 });
    t += 1000;
    expect((await cache.run('k', 3600, fetcher, { freshAfter: runStart })).body).toEqual({ n: 2 });
    expect(calls).toBe(2);
  });

  it('merges identical concurrent requests into one', async () => {
    const cache = fresh();
    let calls = 0;
    const fetcher = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 10));
      return reply({ ok: true });
    };
    const all = await Promise.all([1, 2, 3].map(() => cache.run('same', 60, fetcher)));
    expect(calls).toBe(1);
    expect(all.map((r) => r.body)).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
  });

  it('serves the last good copy, marked stale with the reason, when a refresh fails', async () => {
    const cache = fresh();
    const fetchedAt = new Date(t).toISOString();
    await cache.run('k', 60, async () => reply({ v: 1 }));
    t += 120_000;
    const res = await cache.run('k', 60, async () => {
      throw new OfficeDown('jpo', 'HTTP 503');
    });
    expect(res).toMatchObject({ body: { v: 1 }, stale: true, fromCache: true, fetchedAt });
    expect(res.staleBecause).toMatchObject({ kind: 'office-down', office: 'jpo' });
    const quota = await cache.run('k', 60, async () => {
      throw new QuotaExceeded('jpo', 'spent', new Date(t + 1000));
    });
    expect(quota.staleBecause?.resetsAt).toBeDefined();
  });

  it('does not hide an auth error behind an old copy', async () => {
    const cache = fresh();
    await cache.run('k', 60, async () => reply({ v: 1 }));
    t += 120_000;
    await expect(cache.run('k', 60, async () => { throw new AuthError('jpo', 'bad'); })).rejects.toBeInstanceOf(AuthError);
  });

  it('keeps bytes and survives a new cache object on the same database (service-worker restart)', async () => {
    const name = `cache-restart-${++n}`;
    await createResponseCache({ dbName: name, now: () => t }).run('zip', 60, async () => reply(new Uint8Array([80, 75, 3, 4])));
    let calls = 0;
    const again = await createResponseCache({ dbName: name, now: () => t }).run('zip', 60, async () => reply(new Uint8Array([++calls])));
    expect(calls).toBe(0);
    expect(Array.from(again.body as Uint8Array)).toEqual([80, 75, 3, 4]);
  });

  it('noCache bypasses the cache', async () => {
    const cache = fresh();
    let calls = 0;
    await cache.run('k', 60, async () => reply(++calls));
    await cache.run('k', 60, async () => reply(++calls), { noCache: true });
    expect(calls).toBe(2);
  });
});

describe('response cache, not found', () => {
  it('remembers a not-found answer for at most an hour', async () => {
    const cache = fresh();
    let calls = 0;
    const missing = async (): Promise<OfficeResponse> => {
      calls++;
      throw new NotFound('epo-ops', 'SERVER.EntityNotFound', { httpStatus: 404, officeCode: 'SERVER.EntityNotFound' });
    };
    await expect(cache.run('nf', 86_400, missing)).rejects.toBeInstanceOf(NotFound);
    const again = await cache.run('nf', 86_400, missing).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(NotFound);
    expect((again as NotFound).officeCode).toBe('SERVER.EntityNotFound');
    expect(calls).toBe(1);
    t += 3_601_000;
    await expect(cache.run('nf', 86_400, missing)).rejects.toBeInstanceOf(NotFound);
    expect(calls).toBe(2);
  });
});

describe('response cache, pruning', () => {
  it('drops entries older than 30 days when a worker starts', async () => {
    const name = `cache-prune-${++n}`;
    await createResponseCache({ dbName: name, now: () => t }).run('old', 60, async () => reply('old'));
    t += 31 * 24 * 3600 * 1000;
    const later = createResponseCache({ dbName: name, now: () => t });
    let calls = 0;
    await expect(later.run('old', 60, async () => { calls++; throw new OfficeDown('jpo', 'down'); })).rejects.toBeInstanceOf(OfficeDown);
    expect(calls).toBe(1);
    const db = await openDB(name, 1);
    expect(await db.get('responses', 'old')).toBeUndefined();
    db.close();
  });
});
