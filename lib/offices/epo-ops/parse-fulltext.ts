import type { DocRef } from '../../model/patent';
import type { Provenance } from '../../model/provenance';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { BadResponse } from '../../transport/errors';
import { publicationRefOf } from './doc-ref';
import { all, attr, one, parseOpsXml, path, text } from './xml';

/** Claims or description text of one publication (published-data …/claims, …/description). Only some offices have full text. */
export interface OpsFullText {
  ref?: DocRef;
  lang: string;
  /** One entry per claim (claims) or per paragraph (description). */
  parts: string[];
  source: Provenance;
}

export function parseClaims(body: unknown, info: FetchInfo): OpsFullText {
  const doc = fulltextDocument(body, 'claims');
  const claims = one(doc, 'claims');
  if (!claims) throw new BadResponse('epo-ops', 'OPS claims: no claims element');
  const parts = all(claims, 'claim').flatMap((c) => all(c, 'claim-text').map((t) => text(t))).filter(Boolean);
  return { ...refPart(doc), lang: attr(claims, 'lang'), parts, source: sourceOf('epo-ops', 'claims', info) };
}

export function parseDescription(body: unknown, info: FetchInfo): OpsFullText {
  const doc = fulltextDocument(body, 'description');
  const desc = one(doc, 'description');
  if (!desc) throw new BadResponse('epo-ops', 'OPS description: no description element');
  const paragraphs = all(desc, 'p').map((p) => text(p)).filter(Boolean);
  return { ...refPart(doc), lang: attr(desc, 'lang'), parts: paragraphs, source: sourceOf('epo-ops', 'description', info) };
}

/** …/fulltext inquiry: which full texts exist, in which languages. */
export function parseFulltextInquiry(body: unknown, info: FetchInfo): { kind: string; lang: string; formats: string[] }[] {
  const inquiry = path(parseOpsXml(body, 'fulltext'), 'world-patent-data', 'fulltext-inquiry');
  if (!inquiry) throw new BadResponse('epo-ops', 'OPS fulltext: no fulltext-inquiry');
  void info;
  return all(one(inquiry, 'inquiry-result'), 'fulltext-instance').map((i) => ({
    kind: attr(i, 'desc'),
    lang: attr(i, 'lang'),
    formats: all(one(i, 'fulltext-format-options'), 'fulltext-format').map((f) => text(f)),
  }));
}

/** …/equivalents: the simple-family publications (epodoc numbers). */
export function parseEquivalents(body: unknown, info: FetchInfo): { refs: DocRef[]; source: Provenance } {
  const inquiry = path(parseOpsXml(body, 'equivalents'), 'world-patent-data', 'equivalents-inquiry');
  if (!inquiry) throw new BadResponse('epo-ops', 'OPS equivalents: no equivalents-inquiry');
  const refs = all(inquiry, 'inquiry-result')
    .map((r) => publicationRefOf(one(r, 'publication-reference')))
    .filter((r): r is DocRef => Boolean(r));
  return { refs, source: sourceOf('epo-ops', 'equivalents', info) };
}

function fulltextDocument(body: unknown, endpoint: string) {
  const doc = path(parseOpsXml(body, endpoint), 'world-patent-data', 'fulltext-documents', 'fulltext-document');
  if (!doc) throw new BadResponse('epo-ops', `OPS ${endpoint}: no fulltext-document in the reply`);
  return doc;
}

function refPart(doc: ReturnType<typeof fulltextDocument>): { ref?: DocRef } {
  const pub = one(one(doc, 'bibliographic-data'), 'publication-reference');
  // data-format="docdb" sits on the publication-reference here, not on the document-id.
  const ref = publicationRefOf(pub);
  return ref ? { ref } : {};
}
