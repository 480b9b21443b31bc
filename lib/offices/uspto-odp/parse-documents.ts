// ODP documents list (GET …/{appNo}/documents) → the documents tab. The office actions come first:
// they are what an examiner opens first (issue 11 §1).
import type { DocumentLink } from '../../model/patent';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { BadResponse } from '../../transport/errors';

type Json = Record<string, unknown>;

// Document codes of the file wrapper (USPTO IFW code list): what each is for the tab's grouping.
const KIND: Record<string, DocumentLink['kind']> = {
  CTNF: 'refusal-reason', // Non-Final Rejection
  CTFR: 'refusal-reason', // Final Rejection
  CTRS: 'refusal-reason', // Requirement for Restriction/Election
  'CTAV': 'refusal-reason', // Advisory Action
  NOA: 'decision', // Notice of Allowance
  ABN: 'decision', // Abandonment
  ISSUE: 'decision',
  REM: 'opinion', // Applicant Arguments/Remarks
  CLM: 'amendment', // Claims
  'A...': 'amendment', // Amendment after non-final rejection
  'A.NE': 'amendment', // Amendment after final rejection
};
const FIRST: DocumentLink['kind'][] = ['refusal-reason', 'decision', 'opinion', 'amendment', 'other'];

export interface OdpDocument extends DocumentLink {
  /** Path of the PDF below the ODP base (from downloadUrl). */
  pdfPath?: string;
}

export function parseOdpDocuments(body: unknown, info: FetchInfo): OdpDocument[] {
  const bag = (body as Json | null)?.documentBag;
  if (!Array.isArray(bag)) throw new BadResponse('uspto-odp', 'ODP documents: no documentBag in the reply');
  const source = sourceOf('uspto-odp', 'documents', info);
  return (bag as Json[])
    .map((d): OdpDocument => {
      const code = String(d.documentCode ?? '');
      const pdf = (Array.isArray(d.downloadOptionBag) ? (d.downloadOptionBag as Json[]) : []).find((o) => o.mimeTypeIdentifier === 'PDF');
      const url = typeof pdf?.downloadUrl === 'string' ? pdf.downloadUrl : '';
      const date = /^\d{4}-\d{2}-\d{2}/.exec(String(d.officialDate ?? ''))?.[0];
      return {
        id: String(d.documentIdentifier ?? ''),
        title: `${String(d.documentCodeDescriptionText ?? code)} (${code})`,
        ...(date && { date }),
        kind: KIND[code] ?? 'other',
        mediaType: 'application/pdf',
        source,
        ...(url && { pdfPath: new URL(url).pathname }),
      };
    })
    .filter((d) => d.id)
    .sort((a, b) => FIRST.indexOf(a.kind) - FIRST.indexOf(b.kind) || (b.date ?? '').localeCompare(a.date ?? ''));
}
