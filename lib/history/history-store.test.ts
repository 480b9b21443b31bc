import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, type HistoryEntry, historyStore } from './history-store';

let n = 0;
const entry = (i: number, patch: Partial<HistoryEntry> = {}): HistoryEntry => ({
  key: `grant JP.${7000000 + i}`, written: `特許第${7000000 + i}号`, country: 'JP', type: 'grant', docdb: `JP.${7000000 + i}`, at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(), ...patch,
});

describe('history store', () => {
  it('keeps the newest first, one entry per document, at most 200', async () => {
    const h = historyStore(`h${n++}`);
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) await h.add(entry(i));
    await h.add(entry(10, { at: '2027-01-01T00:00:00.000Z' }));
    const all = await h.list();
    expect(all).toHaveLength(HISTORY_LIMIT);
    expect(all[0]?.written).toBe('特許第7000010号');
    expect(all.some((e) => e.written === '特許第7000004号')).toBe(false);        // the oldest went
  });

  it('searches written form, DOCDB and title in any case and width; clears', async () => {
    const h = historyStore(`h${n++}`);
    await h.add(entry(1, { title: 'Bluetooth networking' }));
    await h.add(entry(2));
    expect((await h.list('BLUETOOTH')).map((e) => e.key)).toEqual(['grant JP.7000001']);
    expect((await h.list('７０００００２')).map((e) => e.key)).toEqual(['grant JP.7000002']);
    await h.clear();
    expect(await h.list()).toEqual([]);
  });
});
