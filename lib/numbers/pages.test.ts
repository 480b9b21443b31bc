import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../bench/engine';
import { findNumbers } from './find-numbers';
import { googleId } from './format/google';

// Saved real pages in ../shared/pages (read at test time). The Google Patents page carries its own
// answer key: itemprop="publicationNumber" microdata (later issue: ≥ 99 % of it found in the visible
// text, and every other finding a real patent number).
const PAGES = resolve(__dirname, '../../../shared/pages');

describe('Google Patents US20230418876A1', () => {
  const file = `${PAGES}/google-patents/US20230418876A1-detail-bs4-prettified.html`;
  const micro = new Set([...readFileSync(file, 'utf8').matchAll(/itemprop="publicationNumber"[^>]*>\s*([^<\s]+)/g)].map((m) => m[1]));
  const found = findNumbers(readPage(file));
  const ids = new Set<string>();
  for (const f of found) {
    const g = googleId(f);
    if (g) { ids.add(g); ids.add(g.replace(/([SE])$/, '$11')); }   // USD…S1 / USRE…E1 as Google writes them
  }

  it('finds at least 99 % of the microdata numbers', () => {
    const missed = [...micro].filter((n) => !ids.has(n as string));
    expect(missed.length / micro.size, missed.join(' ')).toBeLessThanOrEqual(0.01);
  });

  it('finds nothing else than the page\'s own application numbers', () => {
    const extra = found.filter((f) => { const g = googleId(f); return !g || !(micro.has(g) || micro.has(g.replace(/([SE])$/, '$11'))); });
    const own = new Set(['US2023418876A1', 'US20230418876A1']);   // the page's own publication in other spellings
    expect(extra.filter((f) => f.type !== 'application' && !own.has(f.raw.replace(/\s/g, ''))).map((f) => f.raw)).toEqual([]);
  });
});

describe('other saved pages', () => {
  it('JPO office action (Shift_JIS, full-width digits)', () => {
    const f = findNumbers(readPage(`${PAGES}/jp/jpo-office-actions/test_oa2.shift_jis.html`)).map((x) => `${x.country} ${x.docdb}`);
    expect(f).toEqual(expect.arrayContaining(['JP JP.2009285704.A', 'DE DE.3411062', 'JP JP.S5315437.A', 'JP JP.H0812538.A', 'FR FR.2850021']));
  });

  it('PatFT reference table (bare numbers under "U.S. Patent Documents")', () => {
    const f = findNumbers(readPage(`${PAGES}/uspto/patft-patent_client/pat_6095611.html`));
    expect(f.filter((x) => x.country === 'US' && x.type === 'grant').length).toBeGreaterThanOrEqual(20);
  });

  it('court docket: only the patents in suit', () => {
    const f = findNumbers(readPage(`${PAGES}/courts/pacer/njd_509180-docket.html`));
    expect(new Set(f.map((x) => x.docdb))).toEqual(new Set(['US.10626088', 'US.11060128', 'US.11268128', 'US.11274331', 'US.11274332']));
  });
});
