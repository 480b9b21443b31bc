/**
 * Lens.org patent records → the shared model: biblio, the simple family inside the extended one
 * (members carry their simple family's id, so the tab can group them), legal status, citations both
 * ways, CPC and IPC. Numbers are read back through the engine, so a Lens member is the same DocRef as
 * the same number found on a page.
 */
import type { Bibliographic, CaseStatus, Citation, Classification, DocRef, Family, FamilyMember, Party } from '../../model/patent';
import type { Provenance } from '../../model/provenance';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { docRefOf } from '../../model/ref-like';
import { parseNumber } from '../../numbers';
import { BadResponse, NotFound } from '../../transport/errors';
import type { ClaimsText } from '../document-texts';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const day = (v: unknown): string | undefined => /^\d{4}-\d{2}-\d{2}/.exec(str(v))?.[0];

/** A Lens document_id {jurisdiction, doc_number, kind} as a reference. */
export function refOfDocumentId(id: Json): DocRef | undefined {
  const cc = str(id.jurisdiction), number = str(id.doc_number), kind = str(id.kind);
  if (!cc || !number) return undefined;
  const raw = `${cc}${number}${kind}`;
  const parsed = parseNumber(raw);
  if (parsed.ok && parsed.ref.country === (cc === 'WO' ? 'WO' : cc)) return docRefOf(parsed.ref, raw);
  return { raw, country: cc, type: kind.startsWith('B') || kind.startsWith('C') ? 'grant' : 'publication', docdb: kind ? `${cc}.${number}.${kind}` : `${cc}.${number}`, epodoc: `${cc}${number}` };
}

export interface LensRecord {
  lensId: string;
  biblio: Bibliographic;
  family?: Family;
  status?: CaseStatus;
  citations: Citation[];
  citedBy: DocRef[];
  /** The document's claims, when the request included them (the Terms tab's texts). */
  claims?: ClaimsText;
}

export function lensRecords(body: unknown): Json[] {
  const data = obj(body).data;
  if (!Array.isArray(data)) throw new BadResponse('lens', 'Lens patent/search: no data in the reply');
  return arr(data);
}

const STATUS: Record<string, CaseStatus['state']> = {
  ACTIVE: 'granted', PENDING: 'pending', DISCONTINUED: 'abandoned', EXPIRED: 'expired', INACTIVE: 'lapsed', PATENTED: 'granted', CEASED: 'lapsed', WITHDRAWN: 'withdrawn', REJECTED: 'refused',
};

export function parseLensRecord(rec: Json, info: FetchInfo): LensRecord {
  const source: Provenance = sourceOf('lens', 'patent/search', info);
  const b = obj(rec.biblio);
  const ref = refOfDocumentId({ jurisdiction: rec.jurisdiction, doc_number: rec.doc_number, kind: rec.kind });
  if (!ref) throw new BadResponse('lens', 'Lens record without jurisdiction or doc_number');
  const titles: Record<string, string> = {};
  for (const t of arr(b.invention_title)) titles[str(t.lang) || 'und'] ??= str(t.text);
  const p = obj(b.parties);
  const names = (list: unknown, role: Party['role']) => arr(list).map((x): Party => ({ name: str(obj(x.extracted_name).value), role, ...(str(x.residence) && { country: str(x.residence) }) })).filter((x) => x.name);
  const parties = [...names(p.applicants, 'applicant'), ...names(p.inventors, 'inventor'), ...names(p.agents, 'agent'), ...names(p.owners_all, 'owner')];
  const legal = obj(rec.legal_status);
  const appRef = refOfDocumentId(obj(b.application_reference));
  const classifications: Classification[] = [
    ...arr(obj(b.classifications_cpc).classifications).map((c) => ({ scheme: 'CPC' as const, symbol: str(c.symbol) })),
    ...arr(obj(b.classifications_ipcr).classifications).map((c) => ({ scheme: 'IPC' as const, symbol: str(c.symbol) })),
  ].filter((c, i, all) => c.symbol && all.findIndex((x) => x.scheme === c.scheme && x.symbol === c.symbol) === i);
  const dates = {
    ...(day(obj(b.application_reference).date) && { filing: day(obj(b.application_reference).date) }),
    ...(day(rec.date_published) && { publication: day(rec.date_published) }),
    ...(day(legal.grant_date) && { grant: day(legal.grant_date) }),
    ...(day(obj(obj(b.priority_claims).earliest_claim).date) && { priority: day(obj(obj(b.priority_claims).earliest_claim).date) }),
  };
  const abstracts: Record<string, string> = {};
  for (const a of arr(rec.abstract)) if (str(a.text)) abstracts[str(a.lang) || 'und'] ??= str(a.text);
  const abstract = abstracts.en ?? Object.values(abstracts)[0];
  const biblio: Bibliographic = {
    ref,
    title: titles.en ?? Object.values(titles)[0] ?? '',
    titles,
    ...(abstract && { abstract, abstracts }),
    parties,
    dates,
    ...(appRef && { numbers: [{ type: 'application' as const, ref: { ...appRef, type: 'application' as const } }] }),
    classifications,
    source,
  };

  const families = obj(rec.families);
  const simple = obj(families.simple_family);
  const extended = obj(families.extended_family);
  const simpleIds = new Set(arr(simple.members).map((m) => str(m.lens_id)));
  const memberOf = (m: Json, familyId?: string): FamilyMember | undefined => {
    const r = refOfDocumentId(obj(m.document_id));
    return r ? { ref: r, dates: { ...(day(obj(m.document_id).date) && { publication: day(obj(m.document_id).date) }) }, ...(familyId && { familyId }) } : undefined;
  };
  const members = (arr(extended.members).length ? arr(extended.members) : arr(simple.members))
    .map((m) => memberOf(m, simpleIds.has(str(m.lens_id)) ? str(simple.family_id) : undefined))
    .filter((m): m is FamilyMember => !!m);
  const family: Family | undefined = members.length
    ? { kind: arr(extended.members).length ? 'inpadoc' : 'simple', familyId: str(extended.family_id || simple.family_id), members, source }
    : undefined;

  const patentStatus = str(legal.patent_status).toUpperCase();
  const status: CaseStatus | undefined = patentStatus || legal.granted !== undefined
    ? {
        state: STATUS[patentStatus] ?? (legal.granted === true ? 'granted' : 'published'),
        officeDetail: [patentStatus && `Lens status ${patentStatus}`, day(legal.anticipated_term_date) && `anticipated term ${day(legal.anticipated_term_date)}`, day(legal.discontinuation_date) && `discontinued ${day(legal.discontinuation_date)}`].filter(Boolean).join('; '),
        ...((day(legal.grant_date) || day(legal.discontinuation_date)) && { since: patentStatus === 'DISCONTINUED' ? day(legal.discontinuation_date) : day(legal.grant_date) }),
        source,
      }
    : undefined;

  const citations: Citation[] = arr(obj(b.references_cited).citations).map((c): Citation => {
    const pat = obj(c.patcit);
    const r = Object.keys(pat).length ? refOfDocumentId(obj(pat.document_id)) : undefined;
    const category = Array.isArray(c.category) ? (c.category as unknown[]).map(str).join('') : str(c.category);
    return {
      ...(r ? { ref: r } : { text: str(obj(c.nplcit).text) }),
      ...(category && { category }),
      citedBy: str(c.cited_phase) === 'SEA' ? 'search-report' : str(c.cited_phase) === 'APP' ? 'applicant' : str(c.cited_phase) === 'EXA' ? 'examiner' : 'other',
      ...(str(c.cited_phase) && { phase: str(c.cited_phase) }),
      source,
    };
  });
  const citedBy = arr(obj(b.cited_by).patents).map((x) => refOfDocumentId(obj(x.document_id))).filter((r): r is DocRef => !!r);
  // Lens gives claims per language: the first set is the document's own (the language it was filed in).
  const claimSet = arr(rec.claims)[0];
  const parts = claimSet ? arr(claimSet.claims).flatMap((c) => (Array.isArray(c.claim_text) ? c.claim_text.map(str) : [str(c.claim_text)])).filter(Boolean) : [];
  const claims: ClaimsText | undefined = claimSet && parts.length ? { ref, lang: str(claimSet.lang) || 'und', parts, source } : undefined;
  return { lensId: str(rec.lens_id), biblio, ...(family && { family }), ...(status && { status }), citations, citedBy, ...(claims && { claims }) };
}

export function parseLensSearch(body: unknown, info: FetchInfo): LensRecord {
  const [rec] = lensRecords(body);
  if (!rec) throw new NotFound('lens', 'Lens has no record of this number');
  return parseLensRecord(rec, info);
}
