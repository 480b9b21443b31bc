/**
 * The JPO One Portal Dossier (issue 17 §3): the five-office family of a JP, US, EP, CN or KR case, each
 * member's document list (the other offices' office actions), citations and classifications across the
 * offices, and one document's contents. Each is its own call, asked when the user opens it: OPD allows
 * 100–300 calls a day and 5 a minute.
 */
import { sourceOf, fetchInfoOf } from '../../../model/provenance-of';
import type { ReadableDocument } from '../../../model/readable-document';
import { BadResponse, NotFound } from '../../../transport/errors';
import type { RefLike } from '../../../model/ref-like';
import type { ProviderContext } from '../../provider';
import { openDocument, readDocumentBundle } from '../documents';
import { jpoNumberOf } from '../numbers';
import { readJpoXml } from '../read-document';
import { opdEndpoints } from './endpoints';
import { readOpdEnvelope } from './xml';
import { isOpdNumber, jpApplicationOf, opdNumberOf } from './numbers';
import { type OpdCiteClass, type OpdDocumentList, type OpdFamily, parseOpdCiteClass, parseOpdDocumentList, parseOpdFamily } from './parse';

export type { OpdCiteClass, OpdDocumentList, OpdFamily };
export type { OpdMember } from './parse';

/** Where the family is asked from: a JP case by its application (any JP number, through the JPO's number lookup). */
async function familyQuery(ref: RefLike, jpApplication: (ref: RefLike) => Promise<string>) {
  if (ref.country === 'JP' && !ref.right && jpoNumberOf(ref)) return { kind: 'application' as const, number: `JP.${await jpApplication(ref)}.A` };
  const q = opdNumberOf(ref);
  if (!q) throw new NotFound('jpo', 'OPD holds the dossiers of JP, US, EP, CN and KR cases, asked by their DOCDB number; this number has none (a US application needs its filing year)');
  return q;
}

export async function dossierFamily(ref: RefLike, ctx: ProviderContext, jpApplication: (ref: RefLike) => Promise<string>): Promise<OpdFamily> {
  const q = await familyQuery(ref, jpApplication);
  const res = await ctx.request(opdEndpoints.family(q.kind, q.number));
  const family = parseOpdFamily(res.body, sourceOf('jpo', 'opd.family', fetchInfoOf(res)));
  if (!family || family.members.length === 0) throw new NotFound('jpo', `OPD has no family for ${q.number}`, { officeCode: '107' });
  return family;
}

function checked(application: string): string {
  if (!isOpdNumber(application)) throw new NotFound('jpo', `"${application}" is not an OPD application number`);
  return application;
}

export async function dossierDocuments(application: string, ctx: ProviderContext): Promise<OpdDocumentList> {
  const res = await ctx.request(opdEndpoints.documentList(checked(application)));
  const list = parseOpdDocumentList(res.body, application, sourceOf('jpo', 'opd.global_doc_list', fetchInfoOf(res)));
  if (!list) throw new NotFound('jpo', `OPD has no documents for ${application}`, { officeCode: '107' });
  return list;
}

export async function dossierCiteClass(application: string, ctx: ProviderContext): Promise<OpdCiteClass> {
  const res = await ctx.request(opdEndpoints.citeClass(checked(application)));
  const answer = parseOpdCiteClass(res.body, application, sourceOf('jpo', 'opd.global_cite_class', fetchInfoOf(res)));
  if (!answer) throw new NotFound('jpo', `OPD has no citations or classifications for ${application}`, { officeCode: '107' });
  return answer;
}

export interface DossierFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  fetchedAt: string;
  /** A JP document's text (jp_doc_cont's JPO XML), to read in the panel. */
  readable?: ReadableDocument;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP_MAGIC = [0x50, 0x4b]; // PK
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** One document of a member: the PDF from any office, or for a JP member the JPO XML (`format: 'xml'`). */
export async function dossierDocument(application: string, documentId: string, format: 'pdf' | 'xml', ctx: ProviderContext): Promise<DossierFile> {
  checked(application);
  if (!/^[A-Za-z0-9_\-]{1,100}$/.test(documentId)) throw new NotFound('jpo', `"${documentId}" is not an OPD document id`);
  const jp = format === 'xml' ? jpApplicationOf(application) : null;
  if (format === 'xml' && !jp) throw new NotFound('jpo', 'Only JP documents come as JPO XML; the others come as PDF');
  const res = await ctx.request<Uint8Array>(jp ? opdEndpoints.jpDocument(application, documentId) : opdEndpoints.globalDocument(application, documentId));
  const bytes = res.body;
  if (!(bytes instanceof Uint8Array)) {
    // No file: the JSON envelope came instead (107 no data, 108 no document body).
    const env = readOpdEnvelope(bytes, `opd.${jp ? 'jp' : 'global'}_doc_cont`);
    throw new NotFound('jpo', `OPD has no contents for document ${documentId} of ${application} (statusCode ${env.statusCode})`, { officeCode: env.statusCode });
  }
  if (!jp) {
    if (!startsWith(bytes, PDF_MAGIC)) throw new BadResponse('jpo', 'JPO opd.global_doc_cont: the reply is not a PDF');
    return { fileName: `${documentId}.pdf`, mediaType: 'application/pdf', bytes, fetchedAt: res.fetchedAt };
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new BadResponse('jpo', 'JPO opd.jp_doc_cont: the reply is not a ZIP');
  // The same ZIP of Shift_JIS JPO XML as the patent API's document bundles (§1.3 #6): read with their reader.
  const bundle = readDocumentBundle(bytes, res.headers['content-type'] ?? 'application/zip', 'app_doc_cont_refusal_reason_decision', fetchInfoOf(res));
  const first = bundle.kind === 'documents' ? bundle.documents[0] : undefined;
  const readable = first && bundle.kind === 'documents' ? readJpoXml(openDocument(bundle.zip, first.id).text, first.title) : undefined;
  return { fileName: `${documentId}.zip`, mediaType: 'application/zip', bytes, fetchedAt: res.fetchedAt, ...(readable && { readable }) };
}
