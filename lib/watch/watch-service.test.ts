// @vitest-environment node
// The watch service end to end in Node: the real lookup service and pipelines against the sandbox office
// server (recorded replies; `advance` serves the reconstructed later states), a real IndexedDB (fake-indexeddb).
import { describe, expect, it } from 'vitest';
import type { OfficeId, WatchChange } from '../model/contracts';
import { parseNumber } from '../numbers';
import { useSandbox } from '../../test/unit/sandbox-helpers';
import { sandboxLookup } from '../../test/support/sandbox-lookup';
import { englishWords } from '../../test/support/english-words';
import { openWatchDb, watchRepository } from './watch-db';
import { createWatchService, type WatchAlerts } from './watch-service';

let n = 0;
const { sb } = useSandbox();

function service(offices: OfficeId[], opts: { share?: number } = {}) {
  const { lookup, pipelineOf } = sandboxLookup(sb(), offices);
  const notified: { title: string; changes: WatchChange[] }[] = [];
  const badges: number[] = [];
  const alerts: WatchAlerts = {
    notify: async (title, changes) => void notified.push({ title, changes }),
    badge: async (count) => void badges.push(count),
  };
  const db = openWatchDb({ name: `watch-service-${++n}`, defaultListName: 'My watchlist' });
  const watch = createWatchService({
    repo: watchRepository(() => db),
    parse: (text) => parseNumber(text),
    details: (text, reading, policy) => lookup.details(text, reading, policy),
    spendingOffices: (text, reading) => lookup.spendingOffices(text, reading),
    quotaRows: () => lookup.quota(),
    quotaShare: async () => opts.share ?? 0.5,
    searchContext: (office, policy) => pipelineOf(office).context(policy, 'en'),
    jpRegistration: async (c, policy) => {
      const answer = await lookup.jpoExtra({ kind: 'registration', text: c.text, ...(c.reading && { reading: c.reading }) }, policy);
      if (answer.kind !== 'registration') throw new Error('not a register record');
      return answer.value;
    },
    words: englishWords,
    officeName: (o) => o,
    defaultListName: 'My watchlist',
    alerts,
  });
  return { watch, notified, badges };
}


describe('watch service through the sandbox', () => {
  it('records no change on the first run; after the offices move on, says each change in plain words', async () => {
    const { watch, notified, badges } = service(['jpo', 'epo-ops', 'uspto-odp']);
    const added = await watch.add([{ text: '特願2020-123456' }, { text: 'EP 2400812 A1' }, { text: 'US 10,902,286 B2' }, { text: 'not a number' }]);
    expect(added.added).toHaveLength(3);
    expect(added.rejected.map((r) => r.text)).toEqual(['not a number']);

    expect(await watch.run({})).toEqual([]);
    expect(notified).toEqual([]);
    const cases = await watch.cases();
    expect(cases.every((c) => c.lastChecked && c.latest && !c.lastError)).toBe(true);
    const jpFirst = cases.find((c) => c.ref.country === 'JP')!.latest!;
    expect(jpFirst.deadlines).toEqual([
      { kind: 'annuity', due: '2027-08-05', year: 4, office: 'jpo', endpoint: 'registration_info' },
      { kind: 'expiry', due: '2040-07-20', office: 'jpo', endpoint: 'registration_info' },
    ]);
    expect(jpFirst.offices.owners).toBe('jpo');

    sb().advance();
    const changes = await watch.run({});
    const summaries = changes.map((c) => `${c.ref.country} ${c.kind} ${c.summary}`);
    expect(summaries).toContainEqual(expect.stringMatching(/^JP legal-event New legal event: Patent fee paid \(2026-11-16\)/));
    expect(summaries).toContainEqual(expect.stringMatching(/^EP legal-event New legal event: Lapsed in a contracting state: GB/));
    expect(summaries).toContainEqual('EP family New family member: US.2026345678.A1');
    expect(summaries).toContainEqual('US status Status changed: granted → expired');
    expect(changes.find((c) => c.kind === 'status')).toMatchObject({ before: 'granted', after: 'expired', office: 'uspto-odp' });
    expect(notified).toHaveLength(1);
    expect(notified[0]!.title).toBe('My watchlist');
    expect(badges.at(-1)).toBe(changes.length);

    // A third run with nothing new says nothing; history keeps every check.
    expect(await watch.run({})).toEqual([]);
    const jp = (await watch.cases()).find((c) => c.ref.country === 'JP')!;
    expect(jp.latest!.deadlines![0]).toMatchObject({ kind: 'annuity', due: '2028-08-05', year: 5 });
    expect(await watch.history(jp.key)).toHaveLength(3);
    await watch.markSeen();
    expect(await watch.unseenCount()).toBe(0);
    expect(badges.at(-1)).toBe(0);
  });

  it('skips a run that would cross the share of an allowance, says why and when it resets', async () => {
    // OPS has no per-day call cap; the JPO's daily caps with a 0% share leave nothing for a watch run.
    const { watch } = service(['jpo'], { share: 0 });
    await watch.add([{ text: '特願2020-123456' }]);
    expect(await watch.run({})).toEqual([]);
    const [c] = await watch.cases();
    expect(c!.lastChecked).toBeNull();
    expect(c!.skipped?.reason).toMatch(/^Not checked: this run would need 1 of jpo's \S+ allowance, and only 0 is left within your share$/);
    expect(c!.skipped?.until).toMatch(/T15:00:00\.000Z$/); // 00:00 JST
    expect(sb().requests.filter((r) => r.office === 'jpo' && r.path.includes('/api/'))).toHaveLength(0);
  });

  it('a saved OPS search reports only the hits that are new since its last run', async () => {
    const { watch } = service(['epo-ops']);
    const s = await watch.saveSearch({ name: 'Batteries', office: 'epo-ops', query: 'ti=battery' });
    expect(await watch.run({ search: s.id })).toEqual([]);
    expect((await watch.hits(s.id)).map((h) => h.key)).toHaveLength(5);
    sb().advance();
    const fresh = await watch.run({ search: s.id });
    expect(fresh.map((c) => c.after)).toEqual(['EP.4712345.A1', 'JP.2026187654.A']);
    expect(fresh[0]).toMatchObject({ kind: 'new-hit', office: 'epo-ops', summary: 'New hit EP4712345A1 for “Batteries”' });
    expect((await watch.hits(s.id)).filter((h) => !h.seen)).toHaveLength(2);
    await watch.markHitsSeen(s.id);
    expect((await watch.hits(s.id)).filter((h) => !h.seen)).toHaveLength(0);
  });

  it('an office that fails during a check changes nothing: its sections keep their last values', async () => {
    const { watch } = service(['epo-ops']);
    await watch.add([{ text: 'EP 2400812 A1' }]);
    await watch.run({});
    sb().advance();
    sb().setFailure('epo-ops', 'server-error');
    const changes = await watch.run({});
    expect(changes).toEqual([]);
    const [c] = await watch.cases();
    expect(c!.lastError ?? '').toMatch(/./);
  });
});
