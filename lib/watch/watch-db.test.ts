import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { CaseSnapshot, ChangeRecord } from './model';
import { type CaseV1, WATCH_DB_VERSION, openWatchDb, watchRepository } from './watch-db';

let n = 0;
const snapshot = (at: string): CaseSnapshot => ({
  at, owners: ['FUJIFILM Corporation'], events: [], family: [], citations: [], offices: {}, unknown: [], dates: { filing: '2018-09-06' }, durations: [],
  status: { state: 'granted', label: 'Granted', detail: 'Patented Case', office: 'uspto-odp' },
});
const ref = { raw: 'US 10,902,286 B2', country: 'US', type: 'grant' as const, docdb: 'US.10902286.B2', epodoc: 'US10902286' };

/** A database exactly as v1 wrote it: cases with their snapshot inside, lists as strings. */
async function writeV1(name: string) {
  const db = await openDB(name, 1, {
    upgrade(d) {
      d.createObjectStore('cases', { keyPath: 'key' });
      d.createObjectStore('changes', { keyPath: 'id', autoIncrement: true });
    },
  });
  const cases: CaseV1[] = [
    { key: 'default|grant:US.10902286.B2', list: 'default', ref, text: 'US 10,902,286 B2', addedAt: '2026-01-01T00:00:00.000Z', lastChecked: '2026-11-30T00:00:00.000Z', snapshot: snapshot('2026-11-30T00:00:00.000Z') },
    { key: 'Rivals|grant:US.10902286.B2', list: 'Rivals', ref, text: '10902286', addedAt: '2026-02-01T00:00:00.000Z', lastChecked: null },
  ];
  for (const c of cases) await db.put('cases', c);
  const change: Omit<ChangeRecord, 'id'> = { ref, kind: 'status', summary: 'Status changed: Pending → Granted', office: 'uspto-odp', at: '2026-11-30T00:00:00.000Z', list: 'default', caseKey: cases[0]!.key, seen: false };
  await db.add('changes', change);
  db.close();
}

describe('watch database', () => {
  it('is at version 2', () => expect(WATCH_DB_VERSION).toBe(2));

  it('migrates a v1 database without loss: lists from the names, snapshots into history, changes kept', async () => {
    const name = `watch-db-v1-${++n}`;
    await writeV1(name);
    const repo = watchRepository(() => openWatchDb({ name, defaultListName: 'My watchlist', now: () => '2026-12-02T00:00:00.000Z' }));
    expect((await repo.lists()).map((l) => [l.id, l.name, l.intervalMinutes])).toEqual([['default', 'My watchlist', 1440], ['Rivals', 'Rivals', 1440]]);
    const [first, second] = await repo.cases();
    expect(first).toMatchObject({ key: 'default|grant:US.10902286.B2', lastChecked: '2026-11-30T00:00:00.000Z', latest: snapshot('2026-11-30T00:00:00.000Z') });
    expect(first).not.toHaveProperty('snapshot');
    expect(second).toMatchObject({ list: 'Rivals', text: '10902286', lastChecked: null });
    expect(await repo.history(first!.key)).toEqual([snapshot('2026-11-30T00:00:00.000Z')]);
    expect(await repo.changes({ caseKey: first!.key })).toMatchObject([{ summary: 'Status changed: Pending → Granted', seen: false }]);
    expect(await repo.unseenCount()).toBe(1);
  });

  it('creates a new database at v2 with the default list; deleting a list takes its cases, history and changes', async () => {
    const repo = watchRepository(() => openWatchDb({ name: `watch-db-new-${++n}`, defaultListName: 'My watchlist' }));
    expect((await repo.lists()).map((l) => l.id)).toEqual(['default']);
    const c = { key: 'default|grant:US.10902286.B2', list: 'default', ref, text: 'x', addedAt: '2026-01-01T00:00:00.000Z', lastChecked: null };
    await repo.recordCheck(c, snapshot('2026-12-01T00:00:00.000Z'), [{ ref, kind: 'status', summary: 's', office: 'uspto-odp', at: '2026-12-01T00:00:00.000Z', list: 'default', caseKey: c.key, seen: false }]);
    await repo.deleteList('default');
    expect(await repo.cases()).toEqual([]);
    expect(await repo.history(c.key)).toEqual([]);
    expect(await repo.changes()).toEqual([]);
  });
});
