import { describe, expect, it } from 'vitest';
import { findNumbers } from './find-numbers';

const docs = (text: string) => findNumbers(text).map((f) => f.docdb);
const raws = (text: string) => findNumbers(text).map((f) => f.raw);

// Issue 13: numbers broken by a line break (PDF columns, e-mail, table cells). Each pair is a text as
// written with a break and the same text on one line: both must read as the same documents.
const BROKEN: [string, string][] = [
  // where the number had a space: kind on the next line, office code on the line before, grouped digits
  ['授权公告号 CN 110123456\nB，申请公布号 CN 110123456\nA', '授权公告号 CN 110123456 B，申请公布号 CN 110123456 A'],
  ['Y\tJP\n2005 123456 A (MATSUSHITA)', 'Y\tJP 2005 123456 A (MATSUSHITA)'],
  ['X\tUS 5\n123 456 A (SMITH)', 'X\tUS 5 123 456 A (SMITH)'],
  ['Reference: KR 10-2212345\r\n    B1 and WO 2021/123456\nA1', 'Reference: KR 10-2212345 B1 and WO 2021/123456 A1'],
  ['Japanese Patent Application No. Hei\n9-123456', 'Japanese Patent Application No. Hei 9-123456'],
  ['U.S. Pat. No. Re.\n31,234 and U.S. Pat. No. Des.\n654,321', 'U.S. Pat. No. Re. 31,234 and U.S. Pat. No. Des. 654,321'],
  // between two digits, no separator: CJK text wraps at any character
  ['前記特開2003-29\n0630号公報に記載', '前記特開2003-290630号公報に記載'],
  ['(21)申请号 2020202\n34567.6\n(22)申请日 2020.11.05', '(21)申请号 202020234567.6\n(22)申请日 2020.11.05'],
  ['D1: US 2019/00\n12345 A1', 'D1: US 2019/0012345 A1'],
  ['JPH0\n918425A - Google Patents', 'JPH0918425A - Google Patents'],
  // after a separator that follows an office code or kind, with the next line indented
  ['D1 = EP-\n1234567-A1; D2 = EP-A-\r\n    0 567 890', 'D1 = EP-1234567-A1; D2 = EP-A-0 567 890'],
  ['Application No. 1234/DEL/\n2015', 'Application No. 1234/DEL/2015'],
  // spread out by justified PDF text or a table's tabs
  ['A\tEP  2  123  456  A1 (SONY CORP)', 'A\tEP 2 123 456 A1 (SONY CORP)'],
  ['X\tCN\t109\t123\t456\tA (UNIV ZHEJIANG)', 'X\tCN 109 123 456 A (UNIV ZHEJIANG)'],
  ['特開  2020-123456 及び 특허  제10-1234567호', '特開2020-123456 及び 특허 제10-1234567호'],
  // cut twice, and cut where the line before ends with a number of its own
  ['See US 10,\r\n    123,\n456 B2 for the coil.', 'See US 10,123,456 B2 for the coil.'],
  ['U.S. PATENT DOCUMENTS\n6,123,457 B1 * 9/2000 Smith ........ 345/173\n7,123,\r\n    464 B2 10/2006 Jones', 'U.S. PATENT DOCUMENTS\n6,123,457 B1 * 9/2000 Smith ........ 345/173\n7,123,464 B2 10/2006 Jones'],
  // next to an invisible character
  ['See US 10,123\u00ad,\n456 B2 and US 10,123,\n\u200b457 B2', 'See US 10,123,456 B2 and US 10,123,457 B2'],
];

describe('numbers across a gap', () => {
  it.each(BROKEN)('%j reads as it does on one line', (broken, joined) => {
    const expected = docs(joined);
    expect(expected.length).toBeGreaterThan(0);
    expect(docs(broken)).toEqual(expected);
  });

  it('marks the number where it stands, break included', () => {
    const text = 'see CN 110123456\nB here';
    const [hit] = findNumbers(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('CN 110123456\nB');
    expect(hit!.raw).toBe('CN 110123456\nB');
  });

  it('lets a line end with a number and a full stop', () => {
    // A break after a separator is closed only where that makes a number across it.
    expect(docs('2016-01-01 Priority to US201662123456P.\n2017-05-04 Publication of US20170123456A1')).toEqual(['US.201662123456.P', 'US.2017123456.A1']);
    expect(docs('Application number, filing date\n 19871250.7.\n 10.10.2019')).toEqual(['EP.19871250.A']);
  });

  it('reads what follows a number past its full stop, and a date wrapped onto the next line', () => {
    expect(docs('Appl. No.: 16/912,345.\nFiled: Jun. 1, 2020')).toEqual(docs('Appl. No.: 16/912,345\nFiled: Jun. 1, 2020'));
    expect(docs('Appl. No.: 16/912,345.\nFiled: Jun. 1, 2020')).toEqual(['US.202016912345.A']);
    expect(docs('Ser. No. 11/064,519, filed Feb. 24,\n         2005, and issued')).toEqual(docs('Ser. No. 11/064,519, filed Feb. 24, 2005, and issued'));
    expect(docs('Jpn. Kokai Tokkyo Koho JP 61234567. (1986)')).toEqual(['JP.S61234567.A']);
    expect(docs('KR 10-2020-0123458. (출원)')).toEqual(docs('KR 10-2020-0123458 (출원)'));
  });

  it('keeps the lines apart where each holds a number of its own', () => {
    expect(docs('US 7,123,456 B2\nUS 7,234,567 B2')).toEqual(['US.7123456.B2', 'US.7234567.B2']);
    expect(docs('特開2003-290630号公報\n2004年')).toEqual(['JP.2003290630.A']);
    // The article after a break is no kind, as after a space.
    expect(docs('US 7,123,456\nA method of making')).toEqual(docs('US 7,123,456 A method of making'));
  });

  it('joins nothing that is not a number on one line either', () => {
    for (const text of ['Fig. 3\n12345', '2019\n2020\n2021', 'Table 1\n2 345 678 units', 'Order No. 123\n4567', 'Claims 1-5\n6-10']) {
      expect(raws(text), text).toEqual([]);
      expect(raws(text.replace(/\n/g, ' ')), text).toEqual([]);
    }
  });

  it('a letter-style code needs five digits: "IT-B-2 021" is none', () => {
    expect(docs('Flight UA 1234 — IT-B-2 021 itinerary')).toEqual([]);
    expect(docs('CH-A-123 456')).toEqual(['CH.123456']);
  });

  it('an era has no year 0: "JPH0 918425" is not Heisei 0', () => {
    expect(docs('JPH0 918425A')).toEqual([]);
    expect(docs('特開平元-123456')).toEqual(['JP.H01123456.A']);
  });
});

describe('bare numbers under a Chinese label', () => {
  it('are CN numbers, or nothing when too short for one', () => {
    // Under a Korean label a plain 7-digit number is a US patent in a foreign list (§2.5); a Chinese
    // label names CN's own numbers, and 7 digits are no CN application.
    expect(docs('专利号 2017106')).toEqual([]);
    expect(docs('申请号 1234567')).toEqual([]);
    expect(docs('公告号 1234567')).toEqual(['CN.1234567']);
    expect(docs('등록번호 7123456')).toEqual(['US.7123456']);
  });
});
