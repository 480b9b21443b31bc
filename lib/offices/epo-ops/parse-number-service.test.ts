import { describe, expect, it } from 'vitest';
import { parseNumberService } from './parse-number-service';
import { FETCHED, SOURCE, fixtureText } from './test-fixtures';

describe('number-service', () => {
  it('original → docdb for JP application 2006-147056', () => {
    const c = parseNumberService(fixtureText('number-service.application.original-to-docdb.JP.2006-147056.xml'), FETCHED);
    expect(c).toEqual({
      refType: 'application',
      inputFormat: 'original',
      outputFormat: 'docdb',
      input: { country: 'JP', number: '2006-147056', kind: 'A', date: '20060526' },
      output: { country: 'JP', number: '2006147056', kind: 'A', date: '20060526' },
      ref: { raw: 'JP2006147056A', country: 'JP', type: 'application', docdb: 'JP.2006147056.A', epodoc: null },
      status: 'SUCCESS',
      source: SOURCE('number-service'),
    });
  });

  it('docdb → original keeps the number, no DocRef for the original form', () => {
    const c = parseNumberService(fixtureText('number-service.application.docdb-to-original.JP2006147056.xml'), FETCHED);
    expect(c.output).toEqual({ country: 'JP', number: '2006147056', kind: 'A', date: '20060526' });
    expect(c.ref).toBeUndefined();
  });

  it('docdb → epodoc pads the Moldovan application to 13 characters', () => {
    const c = parseNumberService(fixtureText('number-service.application.docdb-to-epodoc.MD20050130.xml'), FETCHED);
    expect(c.output.number).toBe('MD20050000130');
    expect(c.ref).toMatchObject({ country: 'MD', epodoc: 'MD20050000130', docdb: null });
  });

  it('PCT/GB02/04635 → docdb GB.0204635.W with warnings, typed as a WO application', () => {
    const c = parseNumberService(fixtureText('number-service.application.original-to-docdb.PCT-GB02-04635.xml'), FETCHED);
    expect(c.input.number).toBe('PCT/GB02/04635');
    expect(c.ref).toEqual({ raw: 'GB0204635W', country: 'WO', type: 'application', docdb: 'GB.0204635.W', epodoc: null });
    expect(c.status).toBe('pBRE002 pBRE015');
  });

  it('US 08/921,321 → epodoc US19970921321', () => {
    const c = parseNumberService(fixtureText('number-service.application.original-to-epodoc.US08-921321.xml'), FETCHED);
    expect(c.input).toMatchObject({ country: 'US', number: '08/921,321' });
    expect(c.ref?.epodoc).toBe('US19970921321');
  });

  it('EP2400812 A1 publication → epodoc and → original (status pBRE028)', () => {
    const e = parseNumberService(fixtureText('number-service.publication.docdb-to-epodoc.EP2400812A1.xml'), FETCHED);
    expect(e).toMatchObject({ refType: 'publication', status: 'pBRE028', ref: { epodoc: 'EP2400812', type: 'publication' } });
    const o = parseNumberService(fixtureText('number-service.publication.docdb-to-original.EP2400812A1.xml'), FETCHED);
    expect(o.output).toEqual({ country: 'EP', number: '2400812', kind: 'A1', date: '20111228' });
  });

  it('a fault is not a conversion', () => {
    expect(() => parseNumberService(fixtureText('fault.404-invalid-reference.reconstructed.xml'), FETCHED)).toThrow(/standardization/);
  });
});
