import { describe, expect, it } from 'vitest';
import { parseNumber } from '../numbers';
import { englishWords } from '../../test/support/english-words';
import { openWatchDb, watchRepository } from './watch-db';
import { createWatchService } from './watch-service';
import { exportRis } from './portable';

let n = 0;
let id = 0;
function service() {
  const db = openWatchDb({ name: `portable-${++n}`, defaultListName: 'My watchlist' });
  return createWatchService({
    repo: watchRepository(() => db),
    parse: (text) => parseNumber(text),
    details: async () => { throw new Error('no lookups in this test'); },
    spendingOffices: async () => [],
    quotaRows: async () => [],
    quotaShare: async () => 0.5,
    searchContext: () => { throw new Error('no searches in this test'); },
    words: englishWords,
    officeName: (o) => o,
    defaultListName: 'My watchlist',
    newId: () => `id-${++id}`,
    now: () => Date.parse('2026-12-02T10:00:00Z'),
  });
}

async function filled() {
  const watch = service();
  const rivals = await watch.createList('Rivals', 7 * 1440);
  await watch.add([{ text: '特願2020-123456' }, { text: 'EP 2400812 A1' }]);
  await watch.add([{ text: 'US 10,902,286 B2' }], rivals.id);
  await watch.saveSearch({ name: 'Batteries', office: 'epo-ops', query: 'ti=battery' });
  return watch;
}

describe('watch export and import', () => {
  it('a JSON export re-imports to the same lists, cases and searches', async () => {
    const source = await filled();
    const file = await source.exportFile('json');
    expect(file.fileName).toBe('patentpeek-watchlists-2026-12-02.json');

    const target = service();
    const preview = await target.importFile(file.fileName, file.text, { apply: false });
    expect(preview).toMatchObject({ preview: true, cases: { added: 3, duplicates: 0 }, lists: { created: ['Rivals'], existing: ['My watchlist'] }, rejected: [] });
    expect(await target.cases()).toEqual([]);

    await target.importFile(file.fileName, file.text, { apply: true });
    const shape = async (w: ReturnType<typeof service>) => ({
      lists: (await w.lists()).map(({ id: listId, name, intervalMinutes }) => ({ listId, name, intervalMinutes })),
      cases: (await w.cases()).map((c) => [c.key, c.list, c.text, c.ref]),
      searches: (await w.searches()).map(({ id: searchId, name, office, query }) => ({ searchId, name, office, query })),
    });
    expect(await shape(target)).toEqual(await shape(source));

    // Importing the same file again adds nothing.
    expect((await target.importFile(file.fileName, file.text, { apply: true })).cases).toEqual({ added: 0, duplicates: 3 });
  });

  it('never overwrites a saved search without asking', async () => {
    const source = await filled();
    const file = await source.exportFile('json');
    const target = service();
    await target.importFile(file.fileName, file.text, { apply: true });
    const [s] = await target.searches();
    await target.saveSearch({ id: s!.id, name: 'Batteries', office: 'epo-ops', query: 'ti=battery and pa=tesla' });
    const report = await target.importFile(file.fileName, file.text, { apply: true });
    expect(report.searches.conflicts).toEqual([{ id: s!.id, name: 'Batteries', existingQuery: 'ti=battery and pa=tesla', importedQuery: 'ti=battery' }]);
    expect((await target.searches())[0]!.query).toBe('ti=battery and pa=tesla');
    const replaced = await target.importFile(file.fileName, file.text, { apply: true, replaceConflicts: true });
    expect(replaced.searches.replaced).toEqual(['Batteries']);
    expect((await target.searches())[0]!.query).toBe('ti=battery');
  });

  it('imports a CSV list of numbers and reports every rejected row with its reason', async () => {
    const watch = service();
    const csv = 'number,list\n特開2021-090037,Rivals\n,Rivals\nhello world,\nEP 2400812 A1,\n';
    const report = await watch.importFile('numbers.csv', csv, { apply: true });
    expect(report.cases).toEqual({ added: 2, duplicates: 0 });
    expect(report.rejected.map((r) => r.where)).toEqual(['Row 3', 'Row 4']);
    expect(report.rejected[0]!.reason).toBe('No number in this row');
    expect(report.rejected[1]!.reason).toMatch(/^hello world: /);
    expect((await watch.lists()).map((l) => l.name)).toEqual(['My watchlist', 'Rivals']);
    expect((await watch.importFile('x.csv', 'docdb\nEP.1.A1\n', { apply: false })).rejected[0]!.reason).toBe('The CSV has no “number” column');
    expect((await watch.importFile('x.json', '{"format":"other"}', { apply: false })).rejected[0]!.reason).toMatch(/not a PatentPeek watch export/);
  });

  it('CSV and RIS exports carry one row / one PAT record per case', async () => {
    const watch = await filled();
    const csv = (await watch.exportFile('csv')).text.trim().split(/\r?\n/);
    expect(csv[0]).toBe('list,number,docdb,country,type,status,status_office,status_since,title,last_checked,added');
    expect(csv).toHaveLength(4);
    const ris = exportRis(await watch.cases());
    expect(ris.match(/^TY {2}- PAT$/gm)).toHaveLength(3);
    expect(ris.match(/^ER {2}- $/gm)).toHaveLength(3);
    expect(ris).toMatch(/^SN {2}- US 10,902,286 B2$/m);
    expect(ris).toMatch(/^M1 {2}- 特願2020-123456$/m);
  });
});

