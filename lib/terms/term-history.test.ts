import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { glossaryCsv, glossaryTbx } from './glossary-export';
import { termHistoryStore, termKey } from './term-history';

let n = 0;
const store = () => {
  let t = Date.parse('2026-12-02T00:00:00Z');
  return termHistoryStore(`terms-test-${++n}`, () => new Date((t += 1000)));
};

describe('term history', () => {
  it('one entry per term and language, newest first, counted, PEARL equivalents merged without repeats', async () => {
    const s = store();
    await s.record('配線', 'ja', { equivalents: [{ lang: 'en', term: 'wiring', from: 'pearl', conceptId: '9000001', reliability: 3 }] });
    await s.record('Bluetooth', 'en', { document: 'EP 2 400 812 A1' });
    await s.record(' 配線 ', 'ja', { equivalents: [{ lang: 'en', term: 'Wiring', from: 'pearl' }, { lang: 'de', term: 'Verdrahtung', from: 'pearl' }] });
    const list = await s.list();
    expect(list.map((e) => `${e.term}×${e.count}`)).toEqual(['配線×2', 'Bluetooth×1']);
    expect(list[0]!.equivalents.map((e) => e.term)).toEqual(['wiring', 'Verdrahtung']);
    expect(list[1]!.document).toBe('EP 2 400 812 A1');
  });

  it('keeps the person\'s own equivalent, replacing an earlier one for the same words', async () => {
    const s = store();
    await s.record('Bluetooth networking', 'en');
    await s.note(termKey('Bluetooth networking', 'en'), { lang: 'de', term: 'Bluetooth-Vernetzung' });
    const [entry] = await s.list();
    expect(entry!.equivalents).toEqual([{ lang: 'de', term: 'Bluetooth-Vernetzung', from: 'you' }]);
    await s.remove(entry!.key);
    expect(await s.list()).toEqual([]);
  });
});

describe('glossary exports', () => {
  const entries = [
    { key: 'ja:配線', term: '配線', lang: 'ja', equivalents: [{ lang: 'en', term: 'wiring', from: 'pearl' as const, conceptId: '9000001', reliability: 3 }, { lang: 'de', term: '=HYPERLINK("x")', from: 'you' as const }], count: 2, at: '2026-12-02T00:00:02.000Z', document: '特願2020-123456' },
    { key: 'en:mesh', term: 'mesh <net> & co', lang: 'en', equivalents: [], count: 1, at: '2026-12-02T00:00:01.000Z' },
  ];

  it('CSV: a row per equivalent, formula cells defused, BOM and CRLF', () => {
    const csv = glossaryCsv(entries);
    expect(csv.startsWith('\uFEFFterm,lang,equivalent,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('配線,ja,wiring,en,pearl,9000001,3,特願2020-123456,2026-12-02T00:00:02.000Z,2');
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")",de,you`);
    expect(lines[3]).toBe('mesh <net> & co,en,,,,,,,2026-12-02T00:00:01.000Z,1');
  });

  it('TBX: one termEntry per term, a langSet per language, text escaped', () => {
    const xml = glossaryTbx(entries);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['termEntry', 'langSet', 'tig'].includes(name) }).parse(xml);
    const termEntries = parsed.martif.text.body.termEntry;
    expect(parsed.martif.type).toBe('TBX-Basic');
    expect(termEntries).toHaveLength(2);
    expect(termEntries[0].langSet.map((l: { 'xml:lang': string }) => l['xml:lang'])).toEqual(['ja', 'en', 'de']);
    expect(termEntries[0].langSet[1].tig[0]).toMatchObject({ term: 'wiring', admin: { type: 'source', '#text': 'WIPO PEARL concept 9000001, reliability 3' } });
    expect(termEntries[1].langSet[0].tig[0].term).toBe('mesh <net> & co');
    expect(xml).toContain('mesh &lt;net&gt; &amp; co');
  });
});
