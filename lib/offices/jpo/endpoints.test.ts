import { describe, expect, it } from 'vitest';
import { JPO_DAILY_CAPS, JPO_ENDPOINTS, jpoEndpoints } from './endpoints';
import { fixtureJson, fixtureBytes } from './test-fixtures';
import { readDocumentBundle } from './documents';

const BASE = 'https://ip-data.jpo.go.jp';
const recordedUri = (file: string) => (fixtureJson(file) as { request: { uri: string } }).request.uri;

describe('JPO URL builders reproduce the recorded request lines (fixtures/SOURCES.md)', () => {
  it.each([
    [jpoEndpoints.appProgress('2020123456'), '/api/patent/v1/app_progress/2020123456'],
    [jpoEndpoints.appProgressSimple('2020123456'), '/api/patent/v1/app_progress_simple/2020123456'],
    [jpoEndpoints.appProgress('2020015234', 'design'), '/api/design/v1/app_progress/2020015234'],
    [jpoEndpoints.divisionalAppInfo('2020123456'), '/api/patent/v1/divisional_app_info/2020123456'],
    [jpoEndpoints.priorityRightAppInfo('2020123456'), '/api/patent/v1/priority_right_app_info/2020123456'],
    [jpoEndpoints.applicantAttorneyCd('000003207'), '/api/patent/v1/applicant_attorney_cd/000003207'],
    [jpoEndpoints.applicantAttorney('トヨタ自動車株式会社'), '/api/patent/v1/applicant_attorney/%E3%83%88%E3%83%A8%E3%82%BF%E8%87%AA%E5%8B%95%E8%BB%8A%E6%A0%AA%E5%BC%8F%E4%BC%9A%E7%A4%BE'],
    [jpoEndpoints.caseNumberReference('publication', '2020123456'), '/api/patent/v1/case_number_reference/publication/2020123456'],
    [jpoEndpoints.citeDocInfo('2020123456'), '/api/patent/v1/cite_doc_info/2020123456'],
    [jpoEndpoints.registrationInfo('2020123456'), '/api/patent/v1/registration_info/2020123456'],
    [jpoEndpoints.jppFixedAddress('2020015234', 'design'), '/api/design/v1/jpp_fixed_address/2020015234'],
    [jpoEndpoints.pctNationalPhase('international_application', 'JP9999999999'), '/api/patent/v1/pct_national_phase_application_number/international_application/JP9999999999'],
    [jpoEndpoints.documents('app_doc_cont_refusal_reason_decision', '2024123456', 'trademark'), '/api/trademark/v1/app_doc_cont_refusal_reason_decision/2024123456'],
  ])('%o', (req, path) => {
    expect(req.path).toBe(path);
    expect(req.method).toBe('GET');
  });

  it('matches the request lines kept in the headers files', () => {
    expect(`${BASE}${jpoEndpoints.appProgress('9999999999').path}`).toBe(recordedUri('headers.app_progress.json'));
    expect(`${BASE}${jpoEndpoints.documents('app_doc_cont_refusal_reason', '2020123456').path}`).toBe(recordedUri('headers.app_doc_cont_refusal_reason.zip-response.json'));
  });

  it('reads bytes for document bundles and JSON for the rest; a recorded ZIP reply is a bundle by its Content-Type', () => {
    expect(jpoEndpoints.documents('app_doc_cont_opinion_amendment', '2020123456').responseType).toBe('bytes');
    expect(jpoEndpoints.citeDocInfo('2020123456').responseType).toBe('json');
    const headers = (fixtureJson('headers.app_doc_cont_refusal_reason.zip-response.json') as { headers: Record<string, string[]> }).headers;
    const bundle = readDocumentBundle(fixtureBytes('app_doc_cont_refusal_reason.2020123456.zip'), headers['Content-Type']?.[0] ?? '', 'app_doc_cont_refusal_reason', { fetchedAt: 'x' });
    expect(bundle.kind).toBe('documents');
  });

  it('has a daily cap for each of the 14 patent endpoints, and the 11 of each of designs and trademarks on their own counters', () => {
    expect(JPO_ENDPOINTS).toHaveLength(14);
    const keys = Object.keys(JPO_DAILY_CAPS);
    expect(keys.filter((k) => !k.includes('.')).sort()).toEqual([...JPO_ENDPOINTS].sort());
    for (const law of ['design', 'trademark']) {
      const own = keys.filter((k) => k.startsWith(`${law}.`));
      expect(own).toHaveLength(11);
      // Patent-only: divisional, citations, PCT national phase (API-NOTES-JPO-OPD §2.1).
      expect(own.some((k) => /divisional|cite_doc|pct_national/.test(k))).toBe(false);
    }
    // registration_info: 50 for patents, 200 for designs and trademarks (HB v1.4).
    expect([JPO_DAILY_CAPS['registration_info'], JPO_DAILY_CAPS['design.registration_info']]).toEqual([50, 200]);
  });

  it('names a design or trademark call by its law, so it counts on its own counter', () => {
    const call = jpoEndpoints.appProgress('2020015234', 'design');
    expect(call).toMatchObject({ endpoint: 'design.app_progress', path: '/api/design/v1/app_progress/2020015234' });
    expect(jpoEndpoints.documents('app_doc_cont_refusal_reason', '2024123456', 'trademark')).toMatchObject({ endpoint: 'trademark.app_doc_cont_refusal_reason', path: '/api/trademark/v1/app_doc_cont_refusal_reason/2024123456' });
    expect(jpoEndpoints.appProgress('2020123456').endpoint).toBe('app_progress');
  });
});
