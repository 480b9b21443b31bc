import { describe, expect, it } from 'vitest';
import { docdbSpellings, dottedDocdb, peel, upperLatin } from './pasted';

describe('pasted text', () => {
  it.each([
    ['引用文献1：特開2003-290630号公報', '特開2003-290630号'],
    ['D1: EP 2 400 812 A1', 'EP 2 400 812 A1'],
    ['[12] US 2019/0012345 A1', 'US 2019/0012345 A1'],
    ['Patent Document 3: JP 2003-290630 A', 'JP 2003-290630 A'],
    ['米国特許第5998650号明細書', '米国特許第5998650号'],
    ['特開2003-290630号の公報。', '特開2003-290630号'],
    ['D645,062', 'D645,062'],             // a design patent, not citation D6
    ['10,123,456', '10,123,456'],         // digits are never a label
  ])('peel %s', (input, want) => expect(peel(input)).toBe(want));

  it('upper-cases Latin letters only', () => expect(upperLatin('ep2400812a1 特開')).toBe('EP2400812A1 特開'));

  it('reads the dotted DOCDB form and spells the applications DOCDB writes alike', () => {
    expect(dottedDocdb('JP.12345695.A')).toEqual({ cc: 'JP', number: '12345695', kind: 'A' });
    expect(dottedDocdb('EP2400812A1')).toBeNull();
    expect(docdbSpellings({ cc: 'JP', number: '12345695', kind: 'A' })).toContain('特願平7-123456');
    expect(docdbSpellings({ cc: 'US', number: '0321714', kind: 'W' })).toContain('PCT/US03/21714');
  });
});
