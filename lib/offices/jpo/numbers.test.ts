import { describe, expect, it } from 'vitest';
import { jpEraPublicationRef, jpoNumberOf, pctNumberOf } from './numbers';

const ref = (country: string, type: 'application' | 'publication' | 'grant', docdb: string | null, epodoc: string | null = null) => ({ country, type, docdb, epodoc });

describe('JP numbers ↔ JPO API forms', () => {
  it.each([
    [ref('JP', 'application', 'JP.2020123456.A'), { kind: 'application', number: '2020123456' }],
    [ref('JP', 'application', 'JP.12345698.A'), { kind: 'application', number: '1998123456' }], // 特願平10-123456 (FORMATS §2.1)
    [ref('JP', 'application', 'JP.131699.A'), { kind: 'application', number: '1999001316' }], // serial 1316 of 1999 (FORMATS §1.3)
    [ref('JP', 'publication', 'JP.2021090037.A'), { kind: 'publication', number: '2021090037' }],
    [ref('JP', 'publication', 'JP.H10123456.A'), { kind: 'publication', number: '1998123456' }],
    [ref('JP', 'grant', 'JP.7533889.B2'), { kind: 'registration', number: '7533889' }],
    [ref('JP', 'grant', 'JP.6812345'), { kind: 'registration', number: '6812345' }],
    [ref('JP', 'publication', null, 'JP2021090037'), { kind: 'publication', number: '2021090037' }],
  ])('%o → %o', (r, expected) => {
    expect(jpoNumberOf(r)).toEqual(expected);
  });

  it('answers null for what JPO cannot take', () => {
    expect(jpoNumberOf(ref('EP', 'publication', 'EP.1000000.A1'))).toBeNull();
    expect(jpoNumberOf(ref('WO', 'application', 'JP.2021034567.W'))).toBeNull();
    expect(jpoNumberOf(ref('JP', 'publication', null))).toBeNull();
  });

  it('PCT refs → pct_national_phase inputs', () => {
    expect(pctNumberOf(ref('WO', 'application', 'JP.2021034567.W'))).toEqual({ kind: 'international_application', number: 'JP2021034567' });
    expect(pctNumberOf(ref('WO', 'application', 'US.2003021714.W'))).toEqual({ kind: 'international_application', number: 'US2003021714' });
    expect(pctNumberOf(ref('WO', 'application', 'US.0321714.W'))).toEqual({ kind: 'international_application', number: 'US2003021714' });   // pre-2004 DOCDB form
    expect(pctNumberOf(ref('WO', 'publication', 'WO.0212345.A1'))).toEqual({ kind: 'international_publication', number: 'WO2002012345' });
    expect(pctNumberOf(ref('WO', 'publication', 'WO.2020123456.A1'))).toEqual({ kind: 'international_publication', number: 'WO2020123456' });
    expect(pctNumberOf(ref('JP', 'application', 'JP.2020123456.A'))).toBeNull();
  });

  it('reads the era form: 503090037 is 特開2021-090037', () => {
    expect(jpEraPublicationRef('503090037')?.docdb).toBe('JP.2021090037.A');
    expect(jpEraPublicationRef('12345')).toBeUndefined();
  });
});
