/**
 * The documents cited against a KR application, in KIPRIS's two forms:
 * - CitationService/citationInfoV3 (gateway A): one `citationInfoV3` item per document and stage, the
 *   document as KIPRIS standardised it (country, number, kind, date) beside the text the examiner or
 *   applicant wrote; status 20002 marks non-patent literature, which has only that text.
 * - the bibliography's priorArtDocumentsInfo (documentsNumber): the same documents, number only.
 * Field names from KIPRIS Plus's operation pages as public clients list them (fixtures/SOURCES.md).
 */
import type { Citation } from '../../model/patent';
import type { Provenance } from '../../model/provenance';
import { docRefOf } from '../../model/ref-like';
import { parseNumber } from '../../numbers';
import { kiprisDocRef } from './numbers';
import { isoDate, node, nodes, parseKiprisXml, text, type Node } from './xml';

/** CitationLiteratureTypeCode: the stage at which the document was cited. */
const CITED_BY: Record<string, Citation['citedBy']> = {
  E0801: 'examiner', // 발송문서: an office action sent to the applicant
  E0802: 'search-report', // 선행기술조사보고서: the prior-art search report
  E0805: 'search-report', // 선행기술조사문헌: documents of the prior-art search
  E0806: 'applicant', // 출원서인용문헌이력정보: cited in the application itself
};
const NON_PATENT = '20002';

function citationOf(it: Node, source: Provenance): Citation | undefined {
  const written = text(it.OriginalcitationLiteraturenumber);
  const country = text(it.StandardCitationLiteratureCountryCode);
  const number = text(it.StandardCitationLiteraturenumber).replace(/[\s-]/g, '');
  const ref = text(it.StandardStatusCode) === NON_PATENT ? undefined : kiprisDocRef(country, number, 'publication', text(it.StandardCitationIdentificationCode));
  if (!ref && !written) return undefined;
  const code = text(it.CitationLiteratureTypeCode);
  const stage = text(it.CitationLiteratureTypeCodeName);
  const date = isoDate(it.StandardCitationLiteraturePublicationDate) ?? isoDate(it.OriginalcitationLiteraturenumberDate);
  return {
    ...(ref ? { ref } : { text: written }),
    citedBy: CITED_BY[code] ?? 'other',
    ...((stage || code) && { phase: stage || code }),
    ...(date && { date }),
    source,
  };
}

const sameCitation = (a: Citation, b: Citation): boolean =>
  (a.ref?.docdb ?? a.text) === (b.ref?.docdb ?? b.text) && a.citedBy === b.citedBy && a.phase === b.phase;

/** citationInfoV3 → one citation per document and stage; [] when KIPRIS lists none. */
export function parseKiprisCitations(body: unknown, source: Provenance): Citation[] {
  const response = parseKiprisXml(body, 'citationInfoV3');
  const items = nodes(node(node(response.body).items).citationInfoV3);
  const out: Citation[] = [];
  for (const it of items) {
    const c = citationOf(it, source);
    if (c && !out.some((o) => sameCitation(o, c))) out.push(c);
  }
  return out;
}

/**
 * The bibliography's prior-art numbers (cited by the examiner or the applicant: KIPRIS does not say which):
 * a reference where the number engine reads one, else KIPRIS's text.
 */
export function priorArtCitations(item: Node, source: Provenance): Citation[] {
  return nodes(node(item.priorArtDocumentsInfoArray).priorArtDocumentsInfo).flatMap((d): Citation[] => {
    const written = text(d.documentsNumber);
    if (!written) return [];
    const parsed = parseNumber(written);
    return [{ ...(parsed.ok ? { ref: docRefOf(parsed.ref, written) } : { text: written }), source }];
  });
}
