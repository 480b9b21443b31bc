import { describe, expect, it } from 'vitest';
import { parsePublishedData } from './parse-biblio';
import { FETCHED, SOURCE, fixtureText } from './test-fixtures';

describe('published-data biblio / abstract / full-cycle', () => {
  it('EP2400812 A1 (docdb): title, parties, dates, application, CPC/IPC, citations', () => {
    const [doc] = parsePublishedData(fixtureText('biblio.docdb.EP2400812.A1.xml'), FETCHED);
    const b = doc!.biblio;
    expect(b.ref).toEqual({ raw: 'EP2400812A1', country: 'EP', type: 'publication', docdb: 'EP.2400812.A1', epodoc: 'EP2400812' });
    expect(b.title).toBe('BLUETOOTH NETWORKING');
    expect(b.titles).toEqual({ de: 'BLUETOOTH-VERNETZUNG', fr: 'MISE EN RÉSEAU BLUETOOTH', en: 'BLUETOOTH NETWORKING' });
    expect(b.parties).toEqual([
      { name: '9SOLUTIONS OY', role: 'applicant', country: 'FI' },
      { name: 'HERRALA SAMI', role: 'inventor', country: 'FI' },
      { name: 'KYLMAENEN JARI', role: 'inventor', country: 'FI' },
      { name: 'NIEMI JAAKKO', role: 'inventor', country: 'FI' },
    ]);
    expect(b.dates).toEqual({ filing: '2010-06-24', publication: '2011-12-28', priority: '2010-06-24' });
    expect(b.numbers).toEqual([{ type: 'application', ref: { raw: 'EP10167109A', country: 'EP', type: 'application', docdb: 'EP.10167109.A', epodoc: 'EP20100167109' } }]);
    expect(b.classifications).toEqual([
      { scheme: 'CPC', symbol: 'H04W84/20' },
      { scheme: 'CPC', symbol: 'H04W88/04' },
      { scheme: 'IPC', symbol: 'H04W84/20' },
    ]);
    expect(b.abstract).toMatch(/^An apparatus enabling establishment of a Bluetooth mesh network/);
    expect(b.source).toEqual(SOURCE('biblio'));
    expect(doc!.familyId).toBe('43088294');
    expect(doc!.citations).toHaveLength(6);
    expect(doc!.citations[0]).toMatchObject({ ref: { docdb: 'WO.02054790.A2', epodoc: 'WO02054790' }, category: 'A', citedBy: 'examiner', phase: 'national-search-report', date: '2002-07-11' });
  });

  it('EP1000000 A1 (epodoc request): NL applicant, priority 1998', () => {
    const [doc] = parsePublishedData(fixtureText('biblio.epodoc.EP1000000.A1.xml'), FETCHED);
    expect(doc!.biblio.title).toBe('Apparatus for manufacturing green bricks for the brick manufacturing industry');
    expect(doc!.biblio.parties[0]).toEqual({ name: 'BOER BEHEER NIJMEGEN BV DE', role: 'applicant', country: 'NL' });
    expect(doc!.biblio.dates).toEqual({ filing: '1999-11-08', publication: '2000-05-17', priority: '1998-11-12' });
    expect(doc!.biblio.numbers?.[0]?.ref.epodoc).toBe('EP19990203729');
    expect(doc!.citations.map((c) => c.ref?.docdb)).toContain('DE.3546191.A1');
  });

  it('JP2005533465 A (JP national phase of a PCT): application 2005-505120, CPC list', () => {
    const [doc] = parsePublishedData(fixtureText('biblio.docdb.JP2005533465.A.xml'), FETCHED);
    expect(doc!.biblio.ref).toMatchObject({ docdb: 'JP.2005533465.A', epodoc: 'JP2005533465' });
    expect(doc!.biblio.numbers?.[0]?.ref.docdb).toBe('JP.2005505120.A');
    expect(doc!.biblio.dates).toEqual({ filing: '2003-07-11', publication: '2005-11-04', priority: '2002-07-15' });
    expect(doc!.biblio.classifications?.filter((c) => c.scheme === 'CPC')).toHaveLength(17);
    expect(doc!.citations.map((c) => c.ref?.docdb)).toContain('JP.2004048632.A');
  });

  it('WO2009085664 A2: Microsoft, PCT application with country WO', () => {
    const [doc] = parsePublishedData(fixtureText('biblio.docdb.WO2009085664.A2.xml'), FETCHED);
    expect(doc!.biblio.title).toBe('RELEVANCY SORTING OF USERS BROWSER HISTORY');
    expect(doc!.biblio.parties.filter((p) => p.role === 'inventor')).toHaveLength(5);
    expect(doc!.biblio.parties[0]).toEqual({ name: 'MICROSOFT CORP', role: 'applicant', country: 'US' });
    expect(doc!.biblio.numbers?.[0]?.ref).toEqual({ raw: 'US2008086599W', country: 'WO', type: 'application', docdb: 'US.2008086599.W', epodoc: 'WO2008US86599' });
  });

  it('abstract replies (docdb and epodoc) carry the abstract and the number only', () => {
    const [a] = parsePublishedData(fixtureText('abstract.docdb.EP2400812.A1.xml'), FETCHED, 'abstract');
    expect(a!.biblio.abstract).toContain('Bluetooth mesh network');
    expect(a!.biblio.source.endpoint).toBe('abstract');
    const [b] = parsePublishedData(fixtureText('abstract.epodoc.EP1000000.A1.xml'), FETCHED, 'abstract');
    expect(b!.biblio.ref.docdb).toBe('EP.1000000.A1');
    expect(b!.biblio.abstract).toMatch(/^The invention relates to an apparatus \(1\) for manufacturing/);
  });

  it('full-cycle lists the A1 and the granted B1', () => {
    const docs = parsePublishedData(fixtureText('full-cycle.epodoc.EP1000000.A1.xml'), FETCHED, 'full-cycle');
    expect(docs.map((d) => [d.biblio.ref.docdb, d.biblio.ref.type, d.biblio.dates.publication])).toEqual([
      ['EP.1000000.A1', 'publication', '2000-05-17'],
      ['EP.1000000.B1', 'grant', '2003-02-12'],
    ]);
    expect(docs[1]!.biblio.dates.grant).toBe('2003-02-12');
    expect(docs[1]!.biblio.parties[0]?.name).toBe('BEHEERMIJ DE BOER NIJMEGEN BV');
  });

  it('throws BadResponse for a reply without exchange documents', () => {
    expect(() => parsePublishedData(fixtureText('fault.404-entity-not-found.reconstructed.xml'), FETCHED)).toThrow(/no exchange-document/);
    expect(() => parsePublishedData('', FETCHED)).toThrow(/no XML element/);
  });
});
