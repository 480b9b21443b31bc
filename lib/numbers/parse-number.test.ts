import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number';

const brief = (s: string): string | string[] => {
  const r = parseNumber(s);
  return r.ok ? r.readings.map((x) => `${x.country} ${x.type} ${x.docdb}`) : r.reason;
};

// One typed number → readings (FORMATS.md §3.9: report ambiguity rather than guess).
describe('parseNumber', () => {
  it.each([
    ['特開平7-234567', ['JP publication JP.H07234567.A']],
    ['  US 10,123,456 B2 ', ['US grant US.10123456.B2']],
    ['EP 19 205 846.3', ['EP application EP.19205846.A']],
    ['PCT/JP2021/034567', ['WO application JP.2021034567.W']],
    ['KR 10-2021-0045678 A', ['KR publication KR.20210045678.A']],
    ['KR 10-2020-0012345', ['KR publication KR.20200012345', 'KR application KR.20200012345.A']],   // §2.5 same shape
    ['JP2020123456', ['JP publication JP.2020123456', 'JP application JP.2020123456.A']],            // §3.6 Google ids
    ['特開2020-123456', ['JP publication JP.2020123456.A']],
    ['2021-012345', ['JP publication JP.2021012345', 'JP application JP.2021012345.A']],
    ['16/123,456', ['US application null']],
    ['9,122,078', ['US grant US.9122078']],
    ['7012348', ['US grant US.7012348', 'JP grant JP.7012348']],
    ['10-2345678', ['KR grant KR.102345678']],
    ['U.S. Pat. No. 9,876,543', ['US grant US.9876543']],
  ])('%s', (input, want) => expect(brief(input)).toEqual(want));

  it.each([
    ['', 'The input is empty.'],
    ['hello', 'There are no digits in the input.'],
    ['2021-01-15', 'This looks like a date.'],
    ['03-1234-5678', 'This looks like a phone number.'],
    ['商願2020-123456', 'This is a trademark number, not a patent document.'],
    ['不服2019-012345', 'This is a trial or court case number, not a patent document.'],
    ['US 5,123,456 and US 6,234,567', 'The input holds more than one number; enter one at a time.'],
    ['12345', 'This is not a patent number format we know.'],
  ])('rejects %j', (input, reason) => expect(brief(input)).toBe(reason));

  it('gives the first reading as ref', () => {
    const r = parseNumber('2021-012345');
    expect(r.ok && r.ref).toEqual(r.ok && r.readings[0]);
  });
});
