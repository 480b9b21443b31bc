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

  // Pasted straight from an office action, a URL or PatentPeek's own exports (issue 9 §3).
  it.each([
    ['EP.2400812.A1', ['EP publication EP.2400812.A1']],
    ['ep2400812a1', ['EP publication EP.2400812.A1']],
    ['wo2020123456a1', ['WO publication WO.2020123456.A1']],
    ['特開2003-290630号公報', ['JP publication JP.2003290630.A']],
    ['特開2003-290630号の公報', ['JP publication JP.2003290630.A']],
    ['米国特許第5998650号明細書', ['US grant US.5998650']],
    ['米国特許第５９９８６５０号明細書', ['US grant US.5998650']],
    ['欧州特許出願公開第2063489号明細書', ['EP publication EP.2063489']],
    ['D1: EP 2 400 812 A1', ['EP publication EP.2400812.A1']],
    ['[2] US 2019/0012345 A1', ['US publication US.2019012345.A1']],
    ['引用文献1：特開2003-290630号公報', ['JP publication JP.2003290630.A']],
    ['Patent Document 1: JP 2003-290630 A', ['JP publication JP.2003290630.A']],
    ['JP-A-7-234567', ['JP publication JP.H07234567.A']],
    ['JP-B-7-234567', ['JP publication JP.H07234567.B2']],
    ['RE43,633', ['US grant US.RE43633']],
    ['D645,062', ['US grant US.D645062']],
    ['design patent D645,062', ['US grant US.D645062']],
    ['U.S. Patent Application Publication No. 2019/0012345', ['US publication US.2019012345']],
    ['CN201910123456 (application)', ['CN application CN.201910123456.A']],
    ['EP 2 345 678 (patent)', ['EP grant EP.2345678']],
    ['IN345678', ['IN publication IN.345678']],
  ])('pasted %s', (input, want) => expect(brief(input)).toEqual(want));

  it.each([
    ['JP.2020123456.A', 'docdb-shape', ['JP publication JP.2020123456.A', 'JP application JP.2020123456.A']],
    ['KR 10-2020-0012345', 'kr-shape', ['KR publication KR.20200012345', 'KR application KR.20200012345.A']],
    ['JP2020123456', 'jp-unlabelled', ['JP publication JP.2020123456', 'JP application JP.2020123456.A']],
    ['2021-012345', 'bare-dated', ['JP publication JP.2021012345', 'JP application JP.2021012345.A']],
    ['7012348', 'bare-grant', ['US grant US.7012348', 'JP grant JP.7012348']],
  ])('says why %s has several readings', (input, why, want) => {
    const r = parseNumber(input);
    expect(r.ok && r.ambiguity).toBe(why);
    expect(brief(input)).toEqual(want);
  });

  it('a type word that contradicts the kind code reads nothing rather than a wrong type', () => {
    expect(parseNumber('EP 2400812 A1 (patent)').ok).toBe(false);
  });

  it.each([
    ['', 'The input is empty.'],
    ['hello', 'There are no digits in the input.'],
    ['2021-01-15', 'This looks like a date.'],
    ['03-1234-5678', 'This looks like a phone number.'],
    ['trademark 40-2020-0123456', 'This is a trademark number, not a patent document.'],
    ['不服2019-012345', 'This is a trial or court case number, not a patent document.'],
    ['US 5,123,456 and US 6,234,567', 'The input holds more than one number; enter one at a time.'],
    ['12345', 'This is not a patent number format we know.'],
  ])('rejects %j', (input, reason) => expect(brief(input)).toBe(reason));

  it('reads a JP design or trademark number as that right (the JPO answers it), never as a patent', () => {
    const r = parseNumber('商願2020-123456');
    expect(r.ok && r.ref).toMatchObject({ country: 'JP', type: 'application', docdb: null, epodoc: null, right: { law: 'trademark', number: '2020123456' } });
    const g = parseNumber('意匠登録第1680736号');
    expect(g.ok && g.ref).toMatchObject({ type: 'grant', right: { law: 'design', number: '1680736' } });
  });

  it('gives the first reading as ref', () => {
    const r = parseNumber('2021-012345');
    expect(r.ok && r.ref).toEqual(r.ok && r.readings[0]);
  });
});
