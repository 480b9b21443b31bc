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
  // next to an invisible character
  ['See US 10,123\u00ad,\n456 B2 and US 10,123,\n\u200b457 B2', 'See US 10,123,456 B2 and US 10,123,457 B2'],
];

describe('numbers across a line break', () => {
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
