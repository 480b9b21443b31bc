import { describe, expect, it } from 'vitest';
import { displaySymbol, parseSymbol } from './symbol';

describe('parseSymbol', () => {
  it.each([
    ['H04W 4/00', 'H04W4/00', 'group'],
    ['H04W4/00', 'H04W4/00', 'group'],
    ['H04W0004000000', 'H04W4/00', 'group'],
    ['A01B0001020000', 'A01B1/02', 'group'],
    ['G06F0016421000', 'G06F16/421', 'group'],
    ['A61K 31/4439', 'A61K31/4439', 'group'],
    ['Ｈ０４Ｗ　４／０２', 'H04W4/02', 'group'],
    ['h04w 4/021', 'H04W4/021', 'group'],
    ['H04W   4/021', 'H04W4/021', 'group'],
    ['H04W 4', 'H04W4/00', 'group'],
    ['B29K2001/00', 'B29K2001/00', 'group'],
    ['H04W', 'H04W', 'subclass'],
    ['h04', 'H04', 'class'],
    ['H', 'H', 'section'],
  ])('%s → %s', (input, symbol, level) => expect(parseSymbol(input)).toEqual({ symbol, level }));

  it('keeps a named scheme', () => {
    expect(parseSymbol('CPC H04W 4/00')).toEqual({ symbol: 'H04W4/00', level: 'group', scheme: 'CPC' });
    expect(parseSymbol('ipc: a61k31/44')).toEqual({ symbol: 'A61K31/44', level: 'group', scheme: 'IPC' });
  });

  it.each(['battery', 'H04W 4/0', 'Z01B1/00', 'H04W 4/00 and more', ''])('is not a symbol: %j', (input) => expect(parseSymbol(input)).toBeNull());

  it('displays with one space after the subclass', () => {
    expect(displaySymbol('H04W4/021')).toBe('H04W 4/021');
    expect(displaySymbol('H04W')).toBe('H04W');
  });
});
