// The four OPD XML answers → the model of a dossier (API-NOTES-JPO-OPD.md §1.6 trees). Numbers stay in
// OPD's DOCDB-like form (`US.201314768239.A`), which is also the form each member is asked by.
import type { Provenance } from '../../../model/provenance';
import { BadResponse } from '../../../transport/errors';
import { isJpoEmptyStatus, jpoStatusError } from '../errors';
import { type Node, type OpdEnvelope, node, nodes, readOpdEnvelope, text } from './xml';

export interface OpdNumber {
  /** DOCDB-like, as OPD writes it: `JP.2015500001.A`, `US.9459406.B2`. */
  number: string;
  date?: string;
}

export interface OpdMember {
  /** Office of the member (JP, US, EP, CN, KR …). */
  country: string;
  application: OpdNumber;
  publications: OpdNumber[];
  registrations: OpdNumber[];
}

export interface OpdFamily {
  members: OpdMember[];
  source: Provenance;
}

export interface OpdDocument {
  /** Opaque id for global_doc_cont / jp_doc_cont (`Written_Amendment_51201606245_JP`). */
  id: string;
  date?: string;
  /** The office's own words, and OPD's translation when it sent one. */
  description: string;
  translated?: string;
  group?: string;
}

export interface OpdDocumentList {
  application: string;
  title?: string;
  titleTranslated?: string;
  applicants: string[];
  documents: OpdDocument[];
  source: Provenance;
}

export interface OpdCitation {
  date?: string;
  citedIn?: string;
  /** Patent literature: the cited number as OPD writes it; non-patent literature: the citation text. */
  number?: string;
  text?: string;
}

export interface OpdCiteClass {
  application: string;
  ipc: string[];
  /** Each office's own classification, with its scheme as OPD names it. */
  original: { scheme: string; symbol: string }[];
  patentCitations: OpdCitation[];
  otherCitations: OpdCitation[];
  source: Provenance;
}

/** Repeated elements as a list, whether text or nodes. */
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

const date = (v: unknown): string | undefined => {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text(v));
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
};

function numberOf(v: unknown): OpdNumber | undefined {
  const n = node(v);
  const number = text(n['document-number']);
  if (!number) return undefined;
  const d = date(n.date);
  return { number, ...(d && { date: d }) };
}

const numbersIn = (container: unknown, element: string): OpdNumber[] =>
  nodes(node(container)[element]).map(numberOf).filter((x): x is OpdNumber => x !== undefined);

/** The data of a reply, or null when OPD has none (107, 111); other codes are the JPO's errors. */
function dataOf(body: unknown, endpoint: string, element: string): Node | null {
  const env: OpdEnvelope = readOpdEnvelope(body, endpoint, element);
  if (env.statusCode !== '100') {
    if (isJpoEmptyStatus(env.statusCode) || env.statusCode === '111') return null;
    throw jpoStatusError(env.statusCode, env.errorMessage, endpoint);
  }
  if (!env.data) throw new BadResponse('jpo', `JPO ${endpoint}: statusCode 100 without <${element}>`);
  return env.data;
}

export function parseOpdFamily(body: unknown, source: Provenance): OpdFamily | null {
  const data = dataOf(body, source.endpoint, 'family-data');
  if (!data) return null;
  const members = nodes(node(data.families).family).flatMap((family) => {
    const country = text(family.country);
    return nodes(node(family['family-items'])['family-item']).flatMap((item): OpdMember[] => {
      const application = numberOf(item['application-number']);
      if (!application) return [];
      return [{
        country: country || application.number.slice(0, 2),
        application,
        publications: numbersIn(item['publication-numbers'], 'publication-number'),
        registrations: numbersIn(item['registration-numbers'], 'registration-number'),
      }];
    });
  });
  return { members, source };
}

/** family_list: the same members as a flat list (with dates HB v1.4 note 2 promises). */
export function parseOpdFamilyList(body: unknown, source: Provenance): OpdFamily | null {
  const data = dataOf(body, source.endpoint, 'family-list-data');
  if (!data) return null;
  const members = nodes(node(data['family-lists'])['family-list']).flatMap((item): OpdMember[] => {
    const application = numberOf(item['application-number']);
    if (!application) return [];
    return [{
      country: application.number.slice(0, 2),
      application,
      publications: numbersIn(item['publication-numbers'], 'publication-number'),
      registrations: numbersIn(item['registration-numbers'], 'registration-number'),
    }];
  });
  return { members, source };
}

export function parseOpdDocumentList(body: unknown, application: string, source: Provenance): OpdDocumentList | null {
  const data = dataOf(body, source.endpoint, 'document-list-data');
  if (!data) return null;
  const bib = node(data.bibliographic);
  const original = node(bib.original);
  const translated = node(bib.translated);
  const title = text(original['invention-title']);
  const titleTranslated = text(translated['invention-title']);
  const documents = nodes(node(data['document-lists'])['document-list']).flatMap((list): OpdDocument[] => {
    const own = nodes(list.original)[0];
    const id = text(own?.['@id']);
    if (!id) return [];
    const other = nodes(list.translated)[0];
    const d = date(list['legal-date']);
    const group = text(list['@group']);
    const translatedWords = text(other?.['document-description']);
    return [{ id, description: text(own?.['document-description']) || id, ...(d && { date: d }), ...(translatedWords && { translated: translatedWords }), ...(group && { group }) }];
  });
  return {
    application,
    ...(title && { title }),
    ...(titleTranslated && { titleTranslated }),
    applicants: nodes(original.applicant).map((a) => text(a['last-name'])).filter(Boolean),
    documents,
    source,
  };
}

export function parseOpdCiteClass(body: unknown, application: string, source: Provenance): OpdCiteClass | null {
  const data = dataOf(body, source.endpoint, 'citation-and-classification-data');
  if (!data) return null;
  const cls = node(data.classification);
  const citation = node(data.citation);
  const cite = (c: Node): OpdCitation => {
    const d = date(c['draft-date']);
    const citedIn = text(c['cited-in']);
    const number = text(nodes(c['publication-number'])[0]?.['document-number']);
    const words = text(c.text);
    return { ...(d && { date: d }), ...(citedIn && { citedIn }), ...(number && { number }), ...(words && { text: words }) };
  };
  return {
    application,
    ipc: list(node(cls.ipcs).ipc).map(text).filter(Boolean),
    original: list(node(cls.originals).original)
      .map((o) => ({ scheme: text(node(o)['@scheme']), symbol: text(o) }))
      .filter((o) => o.symbol),
    patentCitations: nodes(node(citation['patent-literatures'])['patent-literature']).map(cite),
    otherCitations: nodes(node(citation['non-patent-literatures'])['non-patent-literature']).map(cite),
    source,
  };
}
