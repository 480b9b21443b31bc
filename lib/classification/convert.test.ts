import { describe, expect, it } from 'vitest';
import { convert } from './convert';
import { ipcTitle } from './dataset';
import { bundledDataset } from './test-data';

const data = bundledDataset();
const brief = (input: string) => {
  const c = convert(data, input);
  return { scheme: c.scheme, results: c.results.slice(0, 3).map((r) => `${r.scheme} ${r.symbol} ${r.relation}`), note: c.note };
};

describe('CPC↔IPC on the bundled data', () => {
  it('holds the whole CPC 2022.08 scheme', () => {
    expect(data.rows.length).toBe(260263);
    expect(data.source).toMatch(/CPC 2022\.08.*derived.*not the official concordance/);
  });

  it('CPC-only subgroups go to their IPC counterpart (README validation rows)', () => {
    expect(brief('A01B1/022')).toEqual({ scheme: 'CPC', results: ['IPC A01B1/02 broader'], note: undefined });
    expect(brief('B64C 2001/0018')).toMatchObject({ results: ['IPC B64C1/00 broader'] });
    expect(brief('B29K2001/00')).toMatchObject({ results: ['IPC B29K1/00 broader'] });
    expect(brief('A01K2227/10')).toMatchObject({ results: [], note: 'cpc-only' });
    expect(brief('Y02E 10/50')).toMatchObject({ results: [], note: 'cpc-only' });
  });

  it('IPC symbols go to every CPC symbol under them, the same symbol first', () => {
    const c = convert(data, 'A01B 1/02');
    expect(c.scheme).toBe('IPC');
    expect(c.results[0]).toMatchObject({ symbol: 'A01B1/02', relation: 'same' });
    expect(c.results.map((r) => r.symbol)).toEqual(expect.arrayContaining(['A01B1/022', 'A01B1/024']));
    expect(convert(data, 'A61F2/30').results.length).toBeGreaterThan(400);
  });

  it('a named scheme decides the direction; written forms all read', () => {
    expect(brief('CPC H04W 4/00')).toMatchObject({ scheme: 'CPC', results: ['IPC H04W4/00 same'] });
    for (const form of ['H04W 4/00', 'H04W4/00', 'H04W0004000000', 'ｈ０４ｗ　４／００']) expect(convert(data, form).subject?.symbol).toBe('H04W4/00');
  });

  it('gives titles and the hierarchy path, IPC titles without the CPC-only parts', () => {
    const c = convert(data, 'A01B1/022');
    expect(c.subject?.title).toMatch(/Collapsible/);
    expect(c.subject?.path.map((p) => p.symbol)).toEqual(['A', 'A01', 'A01B', 'A01B1/00', 'A01B1/02']);
    expect(c.results[0]?.title).toBe('Spades; Shovels');
    expect(ipcTitle('Hand tools (edge trimmers for lawns A01G3/06  {; machines for working soil A01B35/00; making hand tools B21D})')).toBe('Hand tools (edge trimmers for lawns A01G3/06)');
  });

  it('searches the titles by words, broad places first', () => {
    const c = convert(data, 'wireless network');
    expect(c.note).toBe('search');
    expect(c.results[0]?.symbol).toBe('H04W');
    expect(c.results.every((r) => /wireless/i.test(r.title) && /network/i.test(r.title))).toBe(true);
  });

  it('says when a symbol is not in the data', () => {
    expect(brief('B64U 10/00')).toMatchObject({ results: [], note: 'not-in-data' });
  });
});

describe('hierarchy across CPC indexing codes', () => {
  it('an ordinary group skips the 2000-series codes interleaved in its tree; an indexing code hangs under the ordinary rows', () => {
    expect(convert(data, 'A61F2/30').subject?.path.map((p) => p.symbol).slice(0, 4)).toEqual(['A', 'A61', 'A61F', 'A61F2/00']);
    const idx = data.rows.find((r) => r.symbol.startsWith('A61F2002/') && r.level === '3');
    const path = convert(data, `CPC ${idx!.symbol}`).subject?.path ?? [];
    expect(path.map((p) => p.symbol)).toContain('A61F2/00');
    expect(path.length).toBeGreaterThanOrEqual(6);
  });
});
