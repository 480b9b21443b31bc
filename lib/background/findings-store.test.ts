import { describe, expect, it, vi } from 'vitest';
import type { FindingItem } from '../model/findings';
import { FindingsStore } from './findings-store';

const us = (n: string, count = 1, kind = 'B2'): FindingItem => ({ raw: `US${n}${kind}`, country: 'US', type: 'grant', docdb: `US.${n}.${kind}`, epodoc: `US${n}`, count });

function makeStore() {
  const session = new Map<string, unknown>();
  const badges = new Map<number, number>();
  const deps = {
    mirror: {
      get: async (k: string) => (session.has(k) ? { [k]: session.get(k) } : {}),
      set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => session.set(k, structuredClone(v))),
      remove: async (k: string) => void session.delete(k),
    },
    setBadge: vi.fn(async (tabId: number, count: number) => void badges.set(tabId, count)),
  };
  return { store: new FindingsStore(deps), session, badges, deps };
}

describe('FindingsStore', () => {
  it('keeps at most 2,000 documents a frame and 64 frames a tab, and says so', async () => {
    const { store } = makeStore();
    const many = Array.from({ length: 3_000 }, (_, i) => us(String(9_000_000 + i)));
    await store.report(5, 0, { url: 'https://a.example/', settled: true, items: many });
    for (let f = 1; f <= 80; f++) await store.report(5, f, { url: 'https://f.example/', settled: true, items: [us(String(8_000_000 + f))] });
    const got = await store.get(5);
    expect(got.items).toHaveLength(2_000 + 63);
    expect(got.truncatedAt).toEqual({ itemsPerFrame: 2_000, frames: 64 });
  });

  it('mirrors into IndexedDB, never storage.session (tokens live there)', async () => {
    const { idbMirror } = await import('./findings-mirror');
    const mirror = idbMirror('findings-test');
    const store = new FindingsStore({ mirror, setBadge: async () => {} });
    await store.report(3, 0, { url: 'https://a.example/', settled: true, items: [us('1234567')] });
    const again = new FindingsStore({ mirror, setBadge: async () => {} });
    expect((await again.get(3)).items.map((i) => i.epodoc)).toEqual(['US1234567']);
  });

  it('merges frames into one entry per document and counts mentions; badge = distinct documents', async () => {
    const { store, badges } = makeStore();
    await store.report(7, 0, { url: 'https://a.example/', settled: true, items: [us('10123456', 2), us('8781940')] });
    await store.report(7, 3, { url: 'https://frame.example/', settled: false, items: [{ ...us('10123456'), docdb: 'US.10123456', raw: 'US 10,123,456' }] });
    const got = await store.get(7);
    expect(got.items).toHaveLength(2);
    expect(got.items.find((i) => i.epodoc === 'US10123456')).toMatchObject({ count: 3, docdb: 'US.10123456.B2' });
    expect(got.settled).toBe(false);
    expect(got.url).toBe('https://a.example/');
    expect(badges.get(7)).toBe(2);
  });

  it("replaces a frame's list on each report, and clears a tab", async () => {
    const { store, badges } = makeStore();
    await store.report(1, 0, { url: 'https://a.example/', settled: true, items: [us('1111111')] });
    await store.report(1, 0, { url: 'https://a.example/', settled: true, items: [us('2222222')] });
    expect((await store.get(1)).items.map((i) => i.epodoc)).toEqual(['US2222222']);
    await store.clear(1);
    expect((await store.get(1)).items).toEqual([]);
    expect(badges.get(1)).toBe(0);
  });

  it('survives a service-worker restart through its mirror', async () => {
    const first = makeStore();
    await first.store.report(4, 0, { url: 'https://a.example/', settled: true, items: [us('3333333')] });
    const restarted = new FindingsStore(first.deps);
    expect((await restarted.get(4)).items.map((i) => i.epodoc)).toEqual(['US3333333']);
  });

  it('waits until the tab has settled', async () => {
    const { store } = makeStore();
    const waiting = store.waitFor(9, (f) => f.settled, 5_000);
    await store.report(9, 0, { url: 'https://a.example/', settled: false, items: [] });
    setTimeout(() => void store.report(9, 0, { url: 'https://a.example/', settled: true, items: [us('4444444')] }), 20);
    const got = await waiting;
    expect(got.settled).toBe(true);
    expect(got.items).toHaveLength(1);
  });

  it('keeps application numbers without DOCDB apart by their core number', async () => {
    const { store } = makeStore();
    const app = (raw: string): FindingItem => ({ raw, country: 'US', type: 'application', docdb: null, epodoc: null, count: 1, number: '14014229' });
    await store.report(2, 0, { url: 'https://a.example/', settled: true, items: [app('14/014,229'), app('US14/014,229')] });
    expect((await store.get(2)).items).toHaveLength(1);
  });
});
