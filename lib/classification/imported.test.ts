import { describe, expect, it } from 'vitest';
import { convert } from './convert';
import { ImportError, mergeImported, parseConcordance, parseTitleFiles } from './imported';
import { bundledDataset } from './test-data';

const bundled = bundledDataset();
// Rows as the official CPCTitleList files write them (section/class/subclass rows have no level).
const titleRows = (n: number) => ['A\t\tHUMAN NECESSITIES', 'A01\t\tAGRICULTURE', 'A01B\t\tSOIL WORKING', 'A01B1/00\t0\tHand tools', 'A01B1/02\t1\tSpades; Shovels', 'A01B1/022\t2\t{Collapsible; new title}',
  ...Array.from({ length: n }, (_, i) => `A01B${100 + i}/00\t0\tTool ${i}`)].join('\n');

describe('imported classification data', () => {
  it('a title list replaces the titles and keeps the derived mapping, said so in the source', () => {
    const data = mergeImported(bundled, { titles: { rows: parseTitleFiles([{ name: 'cpc-section-A_20250101.txt', text: titleRows(200) }]), name: 'cpc-section-A_20250101.txt' } });
    const c = convert(data, 'A01B1/022');
    expect(c.subject?.title).toBe('{Collapsible; new title}');
    expect(c.results[0]?.symbol).toBe('A01B1/02');
    expect(c.source).toMatch(/cpc-section-A_20250101\.txt.*derived/);
  });

  it('the official concordance replaces the derived mapping', () => {
    const rows = ['A01B1/022\tA01B1/00', 'Y02E10/50\tCPCONLY', ...Array.from({ length: 200 }, (_, i) => `A01B${100 + i}/00\tA01B${100 + i}/00`)].join('\n');
    const data = mergeImported(bundled, { concordance: { map: parseConcordance('cpc-ipc-concordance.txt', rows), name: 'cpc-ipc-concordance.txt' } });
    expect(convert(data, 'A01B1/022').results[0]?.symbol).toBe('A01B1/00');
    expect(convert(data, 'A01B1/024').results[0]?.symbol).toBe('A01B1/02');          // not in the file: as bundled
    expect(convert(data, 'A01B1/022').source).toMatch(/cpc-ipc-concordance\.txt \(imported\)/);
  });

  it('refuses a wrong file with the line that gave it away', () => {
    expect(() => parseTitleFiles([{ name: 'notes.txt', text: 'hello world\nsecond line' }])).toThrow(ImportError);
    expect(() => parseTitleFiles([{ name: 'notes.txt', text: 'hello world' }])).toThrow(/notes\.txt, line 1/);
    expect(() => parseTitleFiles([{ name: 'short.txt', text: titleRows(2) }])).toThrow(/Only 8 title rows/);
    expect(() => parseConcordance('x.csv', 'A01B1/022,A01B1/02')).toThrow(/x\.csv, line 1/);
  });
});
