// The OPD replies of lib/offices/jpo/fixtures/opd/ (copies of ../shared/fixtures/jpo-opd/, all
// RECONSTRUCTED — their headers say which values were seen live): parsed into the dossier model.
import { describe, expect, it } from 'vitest';
import { BadResponse, NotFound, QuotaExceeded } from '../../../transport/errors';
import { classifyJpoReply, jpoQuotaSignals } from '../errors';
import { fixtureBytes, fixtureJson } from '../test-fixtures';
import { opdNumberOf } from './numbers';
import { parseOpdCiteClass, parseOpdDocumentList, parseOpdFamily, parseOpdFamilyList } from './parse';

const xml = (name: string) => new TextDecoder('utf-8').decode(fixtureBytes(`opd/${name}`));
const src = (endpoint: string) => ({ office: 'jpo' as const, endpoint, fetchedAt: '2026-12-02T00:00:00.000Z' });

describe('OPD replies', () => {
  it('family: members by office, with application, publication and registration numbers', () => {
    const f = parseOpdFamily(xml('family.publication.JP.6249966.B2.reconstructed.xml'), src('opd.family'))!;
    expect(f.members.map((m) => [m.country, m.application.number, m.application.date, m.publications.map((p) => p.number), m.registrations.map((r) => r.number)])).toEqual([
      ['JP', 'JP.2014560041.A', '2013-02-28', ['JP.2015508823.A'], ['JP.6249966.B2']],
      ['JP', 'JP.2017152743.A', '2017-08-07', ['JP.2018008995.A'], ['JP.6322325.B2']],
      ['JP', 'JP.2018070806.A', '2018-04-02', ['JP.2018118993.A'], ['JP.6553236.B2']],
    ]);
    const us = parseOpdFamily(xml('family.application.JP.2015500001.A.reconstructed.xml'), src('opd.family'))!;
    expect(us.members.find((m) => m.country === 'US')).toEqual({
      country: 'US',
      application: { number: 'US.201314768239.A', date: '2013-11-19' },
      publications: [{ number: 'US.2015378098.A1' }],
      registrations: [{ number: 'US.9459406.B2' }],
    });
  });

  it('family list: the same members flat', () => {
    const f = parseOpdFamilyList(xml('family_list.application.JP.2015500001.A.reconstructed.xml'), src('opd.family_list'))!;
    expect(f.members.map((m) => m.application.number)).toEqual(['JP.2015500001.A', 'US.201314768239.A']);
  });

  it('document list: title, applicant and each document with its id and words', () => {
    const d = parseOpdDocumentList(xml('global_doc_list.JP.2007550210.A.reconstructed.xml'), 'JP.2007550210.A', src('opd.global_doc_list'))!;
    expect(d.title).toBe('核初期化因子');
    expect(d.documents.map((x) => x.id)).toEqual(['Written_Amendment_51201606245_JP', 'Description_00000000000_JP']);
    expect(d.documents[0]).toMatchObject({ date: '2000-01-01', translated: 'PLACEHOLDER Written Amendment' });
  });

  it('citations and classifications across the offices', () => {
    const c = parseOpdCiteClass(xml('global_cite_class.JP.2007550210.A.reconstructed.xml'), 'JP.2007550210.A', src('opd.global_cite_class'))!;
    expect(c.ipc).toEqual(['PLACEHOLDER-IPC-1', 'PLACEHOLDER-IPC-2']);
    expect(c.original).toEqual([{ scheme: 'PLACEHOLDER-SCHEME', symbol: 'PLACEHOLDER-CLASS' }]);
    expect(c.patentCitations).toEqual([{ date: '2000-01-01', citedIn: 'PLACEHOLDER', number: 'PLACEHOLDER-NUMBER' }]);
    expect(c.otherCitations[0]?.text).toBe('PLACEHOLDER citation text');
  });

  it('107 is no answer; 203 arrives as the JSON envelope and is the daily cap until 00:00 JST', () => {
    expect(parseOpdFamily(xml('status107-no-data.xml-envelope.reconstructed.xml'), src('opd.family'))).toBeNull();
    const quota = classifyJpoReply({ status: 200, body: fixtureJson('opd/status203-daily-limit.json-envelope.reconstructed.json') }, { endpoint: 'opd.family' }, new Date('2026-12-02T03:00:00Z'));
    expect(quota).toBeInstanceOf(QuotaExceeded);
    expect((quota as QuotaExceeded).resetsAt).toBe('2026-12-02T15:00:00.000Z');
    expect(jpoQuotaSignals({ body: xml('global_doc_list.JP.2007550210.A.reconstructed.xml') })).toEqual({ remainingToday: 299 });
  });

  it('an XML error status is the JPO error, and HTTP 403 on OPD says the ID is not registered for OPD', () => {
    const limit = xml('status107-no-data.xml-envelope.reconstructed.xml').replace('<statusCode>107', '<statusCode>203');
    expect(classifyJpoReply({ status: 200, body: limit }, { endpoint: 'opd.family' })).toBeInstanceOf(QuotaExceeded);
    expect(classifyJpoReply({ status: 200, body: xml('family.application.JP.2015500001.A.reconstructed.xml') }, { endpoint: 'opd.family' })).toBe('ok');
    const forbidden = classifyJpoReply({ status: 403, body: '' }, { endpoint: 'opd.global_doc_list' });
    expect(forbidden).toMatchObject({ kind: 'auth' });
    expect((forbidden as Error).message).toMatch(/not registered for One Portal Dossier/);
  });

  it('truncated, fuzzed or foreign replies are BadResponse, never data', () => {
    const full = xml('family.publication.JP.6249966.B2.reconstructed.xml');
    for (const body of [full.slice(0, full.length / 2), '<html>gateway error</html>', '{"nope":1}', 42, full.replace('<family-data>', '<other-data>')]) {
      expect(() => parseOpdFamily(typeof body === 'string' && body.startsWith('{') ? JSON.parse(body) : body, src('opd.family'))).toThrow(BadResponse);
    }
    expect(() => parseOpdFamily(xml('status107-no-data.xml-envelope.reconstructed.xml').replace('<statusCode>107', '<statusCode>204'), src('opd.family'))).toThrow(NotFound);
  });

  it('asks non-JP members by their DOCDB number, publications with their kind', () => {
    expect(opdNumberOf({ country: 'EP', type: 'application', docdb: 'EP.06834636.A', epodoc: 'EP20060834636' })).toEqual({ kind: 'application', number: 'EP.06834636.A' });
    expect(opdNumberOf({ country: 'US', type: 'grant', docdb: 'US.9459406.B2', epodoc: 'US9459406' })).toEqual({ kind: 'publication', number: 'US.9459406.B2' });
    expect(opdNumberOf({ country: 'KR', type: 'application', docdb: 'KR.20087017015', epodoc: null })).toEqual({ kind: 'application', number: 'KR.20087017015.A' });
    // No DOCDB number (a US application without its year), or not an IP5 office.
    expect(opdNumberOf({ country: 'US', type: 'application', docdb: null, epodoc: null })).toBeNull();
    expect(opdNumberOf({ country: 'DE', type: 'publication', docdb: 'DE.102019123456.A1', epodoc: 'DE102019123456' })).toBeNull();
  });
});
