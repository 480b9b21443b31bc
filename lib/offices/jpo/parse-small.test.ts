import { describe, expect, it } from 'vitest';
import { parseApplicantAttorney, parseApplicantAttorneyCd } from './parse-applicant';
import { parseCaseNumberReference } from './parse-case-number';
import { parseCiteDocInfo } from './parse-citations';
import { parseJppFixedAddress } from './parse-fixed-address';
import { parsePctNationalPhase } from './parse-pct-national-phase';
import { parseRegistrationInfo } from './parse-registration';
import { FETCHED, fixtureJson } from './test-fixtures';

describe('applicant_attorney_cd / applicant_attorney', () => {
  it('reads the name for a code', () => {
    expect(parseApplicantAttorneyCd(fixtureJson('applicant_attorney_cd.000003207.json'), '000003207', FETCHED)).toEqual({
      value: { code: '000003207', name: 'トヨタ自動車株式会社' },
      source: { office: 'jpo', endpoint: 'applicant_attorney_cd', fetchedAt: FETCHED.fetchedAt },
    });
  });
  it('reads the codes for an exact name', () => {
    expect(parseApplicantAttorney(fixtureJson('applicant_attorney.by-name-toyota.json'), FETCHED).value).toEqual([{ code: '000003207', name: 'トヨタ自動車株式会社' }]);
    expect(parseApplicantAttorney(fixtureJson('app_progress.9999999999.status107-no-data.json'), FETCHED).value).toEqual([]);
  });
});

describe('case_number_reference', () => {
  it('application → publication and registration', () => {
    const n = parseCaseNumberReference(fixtureJson('case_number_reference.application.2020123456.json'), FETCHED)!;
    expect(n).toMatchObject({ applicationNumber: '2020123456', publicationNumber: '2021090037', registrationNumber: '7533889' });
    expect(n.nationalPublicationNumber).toBeUndefined();
    expect(n.refs.publication?.docdb).toBe('JP.2021090037.A');
    expect(n.refs.registration).toEqual({ raw: '特許第7533889号', country: 'JP', type: 'grant', docdb: 'JP.7533889.B2', epodoc: 'JP7533889B2' });
    expect(n.source.endpoint).toBe('case_number_reference');
  });
  it('publication 2020-123456 belongs to application 2019-013554 (registration 7193363)', () => {
    const n = parseCaseNumberReference(fixtureJson('case_number_reference.publication.2020123456.json'), FETCHED)!;
    expect(n.applicationNumber).toBe('2019013554');
    expect(n.refs.application.epodoc).toBe('JP20190013554');
    expect(n.registrationNumber).toBe('7193363');
  });
  it('is null for 107', () => {
    expect(parseCaseNumberReference(fixtureJson('app_progress.9999999999.status107-no-data.json'), FETCHED)).toBeNull();
  });
});

describe('cite_doc_info', () => {
  const cites = parseCiteDocInfo(fixtureJson('cite_doc_info.2020123456.json'), FETCHED);
  it('reads every patent citation with date and JPO citation type', () => {
    expect(cites).toHaveLength(13);
    expect(cites[0]).toEqual({
      ref: { raw: 'JPA 414233033', country: 'JP', type: 'publication', docdb: 'JP.2002233033.A', epodoc: 'JP2002233033' },
      category: '19',
      citedBy: 'examiner',
      date: '2024-02-20',
      source: { office: 'jpo', endpoint: 'cite_doc_info', fetchedAt: FETCHED.fetchedAt },
    });
  });
  it('converts era numbers: Heisei before 2000 and Shōwa keep the era letter, serial without leading zeros', () => {
    expect(cites.find((c) => c.ref?.raw === 'JPA 408167522')?.ref?.docdb).toBe('JP.H08167522.A');
    expect(cites.find((c) => c.ref?.raw === 'JPA 360046093')?.ref).toMatchObject({ docdb: 'JP.S6046093.A', epodoc: 'JPS6046093' });
    expect(cites.find((c) => c.ref?.raw === 'JPA 415248131')?.ref?.docdb).toBe('JP.2003248131.A');
    expect(cites.filter((c) => c.category === '31')).toHaveLength(7);
  });
});

describe('registration_info', () => {
  it('reads the register record', () => {
    const r = parseRegistrationInfo(fixtureJson('registration_info.2020123456.json'), FETCHED)!;
    expect(r).toMatchObject({
      applicationNumber: '2020123456',
      registrationNumber: '7533889',
      registrationDate: '2024-08-05',
      decisionDate: '2024-07-04',
      title: '立体配線構造体の製造方法',
      owners: [{ name: 'メイショウ株式会社', role: 'owner', code: '000114400' }],
      numberOfClaims: 5,
      expireDate: '2040-07-20',
      nextAnnuityDueDate: '2027-08-05',
      lastPaidYear: 3,
      erasureIdentifier: '00',
      updateDate: '2024-08-21',
    });
    expect(r.disappearanceDate).toBeUndefined();
    expect(r.appealDecisionDate).toBeUndefined();
    expect(r.source.endpoint).toBe('registration_info');
  });
});

describe('jpp_fixed_address', () => {
  it('reads the J-PlatPat link (upper-case URL key) for patent and design', () => {
    expect(parseJppFixedAddress(fixtureJson('jpp_fixed_address.2020123456.json'), FETCHED)?.value).toMatch(/^https:\/\/www\.j-platpat\.inpit\.go\.jp\/c1800\/PU\/JP-2020-123456\//);
    expect(parseJppFixedAddress(fixtureJson('design.jpp_fixed_address.2020015234.json'), FETCHED)?.value).toContain('/DE/JP-2020-015234/');
  });
  it('refuses a link to another host', () => {
    const body = { result: { statusCode: '100', errorMessage: '', remainAccessCount: '1', data: { URL: 'https://evil.example/' } } };
    expect(() => parseJppFixedAddress(body, FETCHED)).toThrow(/unexpected URL/);
  });
});

describe('pct_national_phase_application_number', () => {
  it('is null for the recorded no-data reply', () => {
    expect(parsePctNationalPhase(fixtureJson('pct_national_phase_application_number.international_application.JP9999999999.status107.json'), FETCHED)).toBeNull();
  });
  it('reads the national-phase application (reconstructed success reply, fixtures/SOURCES.md)', () => {
    const r = parsePctNationalPhase(fixtureJson('pct_national_phase_application_number.international_application.US2003021714.reconstructed.json'), FETCHED);
    expect(r).toEqual({
      relation: 'national-phase',
      ref: { raw: '特願2005-505120', country: 'JP', type: 'application', docdb: 'JP.2005505120.A', epodoc: 'JP20050505120' },
      source: { office: 'jpo', endpoint: 'pct_national_phase_application_number', fetchedAt: FETCHED.fetchedAt },
    });
  });
});
