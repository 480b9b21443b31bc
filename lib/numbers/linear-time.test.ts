import { describe, expect, it } from 'vitest';
import { findNumbers } from './find-numbers';
import { findRights } from './rights';

// Issue 4 point 5: no pattern may backtrack badly. No wall-clock limit here (the repo's rule: performance
// is measured by `npm run bench` as ratios, never as a timed assertion): each adversarial input must give
// exactly the expected OUTPUT, and its cost must grow linearly. From 0.25 MB to 4 MB (16×) a linear scan
// takes ~16× as long and a quadratic one 256×; the bound is 64×, on the fastest of a few runs, so a slow
// or busy machine slows both sizes alike and cannot fail the ratio.
const MB = 1 << 20;

/** [name, repeated unit, matches per unit, prefix]. */
const INPUTS: [string, string, number, string?][] = [
  ['digits', '1234567890', 0],
  ['zeros', '0', 0],
  ['digit groups', '1,234,567 ', 0],
  ['separators', '1-2/3.4 5,', 0],
  ['commas', '1,', 0],
  ['dashes', '1-', 0],
  ['dash runs', '2021-', 0],
  ['spaced blocks', '1 234 567 ', 0],
  ['full-width digits and dashes', '２０２１－０１２３４５６', 0],
  ['long-vowel marks as dashes', '２０２１ー', 0],
  ['CJK labels without numbers', '特開平特許第特願号公報1', 0],
  ['CJK prose', 'この出願は、次の理由によって拒絶をすべきものです。１', 0],
  ['country codes', 'US EP WO JP CN KR 1 ', 0],
  ['runs of US', 'US', 0, '1 '],
  ['runs of "US 1"', 'US 1', 0],
  ['runs of JP-A-', 'JP-A-1', 0],
  ['runs of PCT/', 'PCT/1', 0],
  ['near misses', 'US 10,123,45 EP 1 234 56 特開平7- PCT/JP20/ ', 0],
  ['Korean labels', '출원번호 : 10-20', 0],
  ['labels before every number', 'Application No. 1234567 ', 0],
  ['a list megabytes long', '1,234,567, ', 1, 'U.S. Pat. Nos. '],
  ['full-width grants', '特許第１２３４５６７号', 1],
  ['同 chains', '特開2020-123456号、同', 1],
  ['EP citations', 'EP-A-0 345 678 ', 1],
  ['Korean numbers', '출원번호 10-2020-0123456 ', 1],
];

/** Design and trademark forms (rights.ts), scanned by their own reader. */
const RIGHTS_INPUTS: [string, string, number, string?][] = [
  ['design labels without numbers', '意匠登録第', 0],
  ['trademark application prefixes', '商願2020-', 0],
  ['era words without serials', '意願平成13年第', 0],
  ['English words without numbers', 'Japanese Design Registration No. ', 0],
  ['trademark registrations', '商標登録第6036291号、', 1],
];

function run(text: string, find: (text: string) => unknown[] = findNumbers): { ms: number; n: number } {
  let ms = Infinity, n = -1;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    n = find(text).length;
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, n };
}

describe('linear time on adversarial input', () => {
  const cases = [
    ...INPUTS.map(([name, unit, per, prefix]) => [name, unit, per, prefix ?? '', findNumbers] as const),
    ...RIGHTS_INPUTS.map(([name, unit, per, prefix]) => [`${name} (rights)`, unit, per, prefix ?? '', findRights] as const),
  ];
  it.each(cases)('%s', (_name, unit, per, prefix, find) => {
    const make = (bytes: number) => { const k = Math.floor(bytes / unit.length); return { text: prefix + unit.repeat(k), k }; };
    const small = make(MB / 4), big = make(4 * MB);
    const a = run(small.text, find), b = run(big.text, find);
    expect(a.n).toBe(per * small.k);
    expect(b.n).toBe(per * big.k);
    // 0.05 ms floor: inputs the pre-filters reject outright take microseconds at both sizes.
    expect(b.ms / Math.max(a.ms, 0.05)).toBeLessThanOrEqual(64);
  }, 60_000);
});
