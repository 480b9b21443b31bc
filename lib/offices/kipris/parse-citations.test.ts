import { describe, expect, it } from 'vitest';
import { fixtureText } from './test-fixtures';
import { parseKiprisCitations, priorArtCitations } from './parse-citations';
import { parseKiprisBibliography } from './parse-bibliography';
import { BadResponse } from '../../transport/errors';

const source = { office: 'kipris' as const, endpoint: 'citationInfoV3', fetchedAt: '2026-12-02T00:00:00.000Z' };

/** A gateway-A reply with the given items (element names of citationInfoV3, values made up for the case). */
const v3 = (...items: Record<string, string>[]) =>
  `<response><header><resultCode/><resultMsg/></header><body><items>${items
    .map((it) => `<citationInfoV3>${Object.entries(it).map(([k, v]) => `<${k}>${v}</${k}>`).join('')}</citationInfoV3>`)
    .join('')}</items></body></response>`;

describe('KIPRIS citationInfoV3', () => {
  it('reads the reconstructed reply: one KR document, cited in the search report and in the application', () => {
    const cited = parseKiprisCitations(fixtureText('citations.citationInfoV3.1020180133527.reconstructed.xml'), source);
    expect(cited.map((c) => [c.ref?.docdb, c.ref?.type, c.citedBy, c.phase])).toEqual([
      ['KR.20150034235.A', 'application', 'search-report', '선행기술조사보고서'],
      ['KR.20150034235.A', 'application', 'applicant', '출원서인용문헌이력정보'],
    ]);
    expect(cited[0]!.source.endpoint).toBe('citationInfoV3');
  });

  it('reads a foreign document by its standardised number and kind, non-patent literature by its text', () => {
    const cited = parseKiprisCitations(
      v3(
        { StandardCitationLiteraturenumber: '20150123456', StandardCitationLiteratureCountryCode: 'US', StandardCitationIdentificationCode: 'A1', StandardCitationLiteraturePublicationDate: '20150507', StandardStatusCode: '20001', CitationLiteratureTypeCode: 'E0801', CitationLiteratureTypeCodeName: '발송문서' },
        { OriginalcitationLiteraturenumber: 'Smith et al., Nature 501 (2013) 12-15', StandardStatusCode: '20002', CitationLiteratureTypeCode: 'E0801', CitationLiteratureTypeCodeName: '발송문서' },
        { StandardCitationLiteraturenumber: '20150123456', StandardCitationLiteratureCountryCode: 'US', StandardCitationIdentificationCode: 'A1', StandardStatusCode: '20001', CitationLiteratureTypeCode: 'E0801', CitationLiteratureTypeCodeName: '발송문서' },
        { StandardStatusCode: '20001', CitationLiteratureTypeCode: 'E0805' },
      ),
      source,
    );
    expect(cited).toHaveLength(2); // the repeated row is one citation; a row naming nothing is none
    expect(cited[0]).toMatchObject({ ref: { country: 'US', type: 'publication', docdb: 'US.2015123456.A1' }, citedBy: 'examiner', date: '2015-05-07' });
    expect(cited[1]).toMatchObject({ text: 'Smith et al., Nature 501 (2013) 12-15', citedBy: 'examiner' });
    expect(cited[1]!.ref).toBeUndefined();
  });

  it('an empty reply is no citations; a reply that is not KIPRIS XML is a BadResponse', () => {
    expect(parseKiprisCitations(fixtureText('search.empty-result.trademarkInfo.openapi-rest.xml'), source)).toEqual([]);
    expect(() => parseKiprisCitations('<html>', source)).toThrow(BadResponse);
    const full = fixtureText('citations.citationInfoV3.1020180133527.reconstructed.xml');
    expect(() => parseKiprisCitations(full.slice(0, 300), source)).toThrow(BadResponse);
  });
});

describe('KIPRIS bibliography prior art', () => {
  it('the recorded bibliography lists none', () => {
    expect(parseKiprisBibliography(fixtureText('bibliography.1020190100885.xml'), source, '1020190100885').priorArt).toEqual([]);
  });

  it('reads each documentsNumber as a reference where the engine can, else keeps the words', () => {
    const item = { priorArtDocumentsInfoArray: { priorArtDocumentsInfo: [{ documentsNumber: 'JP2015-123456 A' }, { documentsNumber: '일본공개특허 제2015-1호' }, { documentsNumber: '' }] } };
    const cited = priorArtCitations(item, source);
    expect(cited.map((c) => c.ref?.docdb ?? c.text)).toEqual(['JP.2015123456.A', '일본공개특허 제2015-1호']);
  });
});
