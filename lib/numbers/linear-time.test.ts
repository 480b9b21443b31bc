import { describe, expect, it } from 'vitest';
import { findNumbers } from './find-numbers';

// Issue 4 point 5: no pattern may backtrack badly. Each adversarial megabyte must scan in well under a
// second, and doubling the input must roughly double the time (not square it).
const MB = 1 << 20;
const rep = (s: string, n: number): string => s.repeat(Math.ceil(n / s.length)).slice(0, n);

const INPUTS: [string, (n: number) => string][] = [
  ['digits', (n) => rep('1234567890', n)],
  ['digit groups', (n) => rep('1,234,567 ', n)],
  ['separators', (n) => rep('1-2/3.4 5,', n)],
  ['dash runs', (n) => rep('2021-', n)],
  ['full-width digits and dashes', (n) => rep('２０２１－０１２３４５６', n)],
  ['CJK labels without numbers', (n) => rep('特開平特許第特願号公報', n)],
  ['country codes', (n) => rep('US EP WO JP CN KR ', n)],
  ['near misses', (n) => rep('US 10,123,45 EP 1 234 56 特開平7- PCT/JP20/ ', n)],
  ['Korean labels', (n) => rep('출원번호 : 10-20', n)],
  ['a list a megabyte long', (n) => `U.S. Pat. Nos. ${rep('1,234,567, ', n)}`],
  ['labels before every number', (n) => rep('Application No. 1234567 ', n)],
  ['full-width grants', (n) => rep('特許第１２３４５６７号', n)],
  ['同 chains', (n) => rep('特開2020-123456号、同', n)],
];

function ms(text: string): number {
  const t0 = performance.now();
  findNumbers(text);
  return performance.now() - t0;
}

describe('linear time on adversarial input', () => {
  it.each(INPUTS)('%s', (_name, make) => {
    const one = ms(make(MB));
    const two = ms(make(2 * MB));
    expect(one).toBeLessThan(1500);
    expect(two).toBeLessThan(Math.max(4 * one, 400));
  });
});
