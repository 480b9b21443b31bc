import { describe, expect, it } from 'vitest';
import { writtenForm } from './display';
import { findNumbers } from './find-numbers';
import { viewerLinks } from './links';
import { parseNumber } from './parse-number';
import { findRights, parseRight } from './rights';

const read = (text: string) => findRights(text).map((f) => ({ raw: f.raw, type: f.type, right: f.right }));

describe('JP design and trademark numbers', () => {
  it('reads the JPO short and long application forms, in AD and in an era', () => {
    expect(read('意願2020-015234')).toEqual([{ raw: '意願2020-015234', type: 'application', right: { law: 'design', number: '2020015234' } }]);
    expect(read('商願２０２４－１２３４５６の拒絶理由')).toEqual([{ raw: '商願２０２４－１２３４５６', type: 'application', right: { law: 'trademark', number: '2024123456' } }]);
    expect(read('意匠登録出願 2021-19500 号')[0]?.right).toEqual({ law: 'design', number: '2021019500' });
    expect(read('商標登録願平成13年第012345号')[0]?.right).toEqual({ law: 'trademark', number: '2001012345' });
    expect(read('意願令元-001234')[0]?.right).toEqual({ law: 'design', number: '2019001234' });
  });

  it('reads registrations with and without 第…号, zero-padded to the 7 digits the JPO takes', () => {
    expect(read('意匠登録第1680736号に係る')).toEqual([{ raw: '意匠登録第1680736号', type: 'grant', right: { law: 'design', number: '1680736' } }]);
    expect(read('登録商標第6036291号')[0]?.right).toEqual({ law: 'trademark', number: '6036291' });
    expect(read('商標登録番号：987654')[0]?.right).toEqual({ law: 'trademark', number: '0987654' });
  });

  it('reads English citations that name Japan', () => {
    expect(read('see Japanese Design Registration No. 1680736.')[0]).toMatchObject({ type: 'grant', right: { law: 'design', number: '1680736' } });
    expect(read('JP Trademark Application No. 2024-123456')[0]).toMatchObject({ type: 'application', right: { law: 'trademark', number: '2024123456' } });
    expect(read('Design Registration No. 1680736')).toEqual([]); // no country: not ours to guess
  });

  it('keeps offsets into the text as written and reports several in order', () => {
    const text = '引用：商標登録第6036291号、意願２０２０－０１５２３４。';
    const found = findRights(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['商標登録第6036291号', '意願２０２０－０１５２３４']);
    expect(found.map((f) => f.label)).toEqual(['商標登録第6036291号', '意願2020-015234']);
  });

  it('never gives a DOCDB form, and the patent engine still reports none of them (FORMATS.md §2.1)', () => {
    const text = '商願2020-123456、商標登録第6123456号、意匠登録第1654321号';
    expect(findRights(text).every((f) => f.docdb === null && f.epodoc === null && f.country === 'JP')).toBe(true);
    expect(findRights(text)).toHaveLength(3);
    expect(findNumbers(text)).toEqual([]);
  });

  it('rejects what is not a right number: patents, zero serials, trial numbers', () => {
    expect(read('特願2020-015234 特許第6812345号 不服2019-012345')).toEqual([]);
    expect(read('意願2020-000000')).toEqual([]);
    expect(read('意匠登録第0号')).toEqual([]);
  });

  it('parseRight takes one whole number only', () => {
    expect(parseRight(' 意願2020-015234 ')).toMatchObject({ type: 'application', right: { law: 'design', number: '2020015234' }, label: '意願2020-015234' });
    expect(parseRight('意願2020-015234 and 商願2024-123456')).toBeNull();
    expect(parseRight('see 意願2020-015234')).toBeNull();
  });
});

describe('written forms of rights', () => {
  it('writtenForm gives the JPO form, and parseNumber reads it back to the same right', () => {
    for (const text of ['意願2020-015234', '商標登録第6036291号', 'JP Trademark Application No. 2024-123456']) {
      const ref = parseRight(text)!;
      const back = parseNumber(writtenForm(ref).text);
      expect(back.ok && back.ref.right).toEqual(ref.right);
      expect(back.ok && back.ref.type).toBe(ref.type);
    }
  });
});

describe('viewer links of rights', () => {
  it('J-PlatPat only, law 3 for designs and 4 for trademarks, stage 0 application / 5 registration', () => {
    expect(viewerLinks(parseRight('意願2020-015234')!)).toEqual([{ viewer: 'j-platpat', url: 'https://www.j-platpat.inpit.go.jp/c1801/PU/JP-2020-015234/30/ja' }]);
    expect(viewerLinks(parseRight('商標登録第6036291号')!)).toEqual([{ viewer: 'j-platpat', url: 'https://www.j-platpat.inpit.go.jp/c1801/PU/JP-6036291/45/ja' }]);
  });
});
