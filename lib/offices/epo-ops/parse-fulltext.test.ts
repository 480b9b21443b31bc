import { describe, expect, it } from 'vitest';
import { parseClaims, parseDescription, parseEquivalents, parseFulltextInquiry } from './parse-fulltext';
import { FETCHED, fixtureText } from './test-fixtures';

describe('claims, description, fulltext inquiry, equivalents', () => {
  it('EP2400812 claims: 15 claims in English', () => {
    const c = parseClaims(fixtureText('claims.docdb.EP2400812.A1.xml'), FETCHED);
    expect(c.lang).toBe('EN');
    expect(c.parts).toHaveLength(15);
    expect(c.parts[0]).toMatch(/^1\. A communication device \(100\) comprising:/);
    expect(c.ref?.docdb).toBe('EP.2400812.A1');
    expect(c.source.endpoint).toBe('claims');
  });

  it('EP1000000 claims and description', () => {
    const c = parseClaims(fixtureText('claims.docdb.EP1000000.A1.xml'), FETCHED);
    expect(c.parts).toHaveLength(11);
    const d = parseDescription(fixtureText('description.docdb.EP1000000.A1.xml'), FETCHED);
    expect(d.parts).toHaveLength(22);
    expect(d.parts[0]).toMatch(/^\[0001\] The invention relates to an apparatus for manufacturing green bricks/);
  });

  it('fulltext inquiry: description and claims exist in EN', () => {
    expect(parseFulltextInquiry(fixtureText('fulltext-inquiry.docdb.EP2400812.A1.xml'), FETCHED)).toEqual([
      { kind: 'description', lang: 'EN', formats: ['text-only'] },
      { kind: 'claims', lang: 'EN', formats: ['text-only'] },
    ]);
  });

  it('equivalents: EP, US and CA publications', () => {
    const e = parseEquivalents(fixtureText('equivalents.docdb.EP2400812.A1.xml'), FETCHED);
    expect(e.refs.map((r) => r.epodoc)).toEqual(['EP2400812', 'US2012057518', 'CA2744162']);
  });

  it('claims reply without claims is a BadResponse', () => {
    expect(() => parseClaims(fixtureText('biblio.docdb.EP2400812.A1.xml'), FETCHED)).toThrow(/fulltext-document/);
  });
});
