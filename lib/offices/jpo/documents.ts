import { unzipSync } from 'fflate';
import type { DocumentLink } from '../../model/patent';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { BadResponse } from '../../transport/errors';
import type { JpoDocumentEndpoint } from './endpoints';
import { readEnvelope, str } from './envelope';

/**
 * JPO document bundles (app_doc_cont_*). Small bundles arrive as `application/zip`; large ones (~10 MB+) as the
 * JSON envelope with `data.URL`, a JPO-hosted ZIP the user downloads directly; errors and "no document"
 * (107/108/111) also arrive as JSON — so the Content-Type decides (API-NOTES §1 "Document downloads").
 * Patent documents are XML, design/trademark HTM, all Shift_JIS.
 */
export interface JpoDocument extends DocumentLink {
  /** Path inside the ZIP, e.g. "A53_52400900476/JPOXMLDOC01-jpbibl.xml". */
  path: string;
  /** JPO document code when known (folder name prefix "A53_…" or <jp:document-code>). */
  code?: string;
  /** Large bundles only: the JPO-hosted ZIP to open in a tab (the bundle itself is not fetched). */
  url?: string;
}

/** One link standing for a large bundle that JPO hands out as a download URL instead of the ZIP. */
export function downloadLink(bundle: Extract<JpoDocumentBundle, { kind: 'download' }>, endpoint: JpoDocumentEndpoint): JpoDocument {
  return { id: `${endpoint}/`, path: '', title: '書類一式（ZIP）', kind: 'other', mediaType: 'application/zip', url: bundle.url, source: bundle.source };
}

export type JpoDocumentBundle =
  | { kind: 'documents'; documents: JpoDocument[]; zip: Uint8Array }
  | { kind: 'download'; url: string; source: DocumentLink['source'] }
  | { kind: 'empty' };

export interface OpenedDocument {
  fileName: string;
  mediaType: string;
  /** The bytes as JPO sent them (Shift_JIS) — for "save original". */
  bytes: Uint8Array;
  /** Decoded text with the charset declaration rewritten to UTF-8, so a Blob of it opens correctly in a tab. */
  text: string;
}

const sjis = new TextDecoder('shift_jis');

/**
 * `body` is what the transport hands over for responseType 'bytes': a Uint8Array, or the already parsed JSON
 * envelope when the Content-Type said JSON (provider.ts OfficeResponse).
 */
export function readDocumentBundle(body: unknown, contentType: string, endpoint: JpoDocumentEndpoint, info: FetchInfo): JpoDocumentBundle {
  if (!(body instanceof Uint8Array) || /json/i.test(contentType) || looksLikeJson(body)) {
    const env = readEnvelope(body instanceof Uint8Array ? new TextDecoder('utf-8').decode(body) : body, endpoint);
    if (!env.data) return { kind: 'empty' };
    const url = str(env.data, 'URL');
    if (!/^https:\/\//.test(url)) throw new BadResponse('jpo', `JPO ${endpoint}: JSON reply without a download URL`);
    return { kind: 'download', url, source: sourceOf('jpo', endpoint, info) };
  }
  const documents = listDocuments(body, endpoint, info);
  return documents.length ? { kind: 'documents', documents, zip: body } : { kind: 'empty' };
}

/** The documents in a bundle ZIP, one link per XML/HTM file, titled and dated from the file itself. */
export function listDocuments(zip: Uint8Array, endpoint: JpoDocumentEndpoint, info: FetchInfo): JpoDocument[] {
  const files = unzip(zip, endpoint);
  const source = sourceOf('jpo', endpoint, info);
  return Object.entries(files)
    .filter(([path, bytes]) => !path.endsWith('/') && /\.(xml|htm|html)$/i.test(path) && bytes.length > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, bytes]) => describe(path, sjis.decode(bytes), endpoint, source));
}

const DOCUMENT_ENDPOINTS: readonly JpoDocumentEndpoint[] = ['app_doc_cont_opinion_amendment', 'app_doc_cont_refusal_reason_decision', 'app_doc_cont_refusal_reason'];

/** A document id (`<endpoint>/<path in ZIP>`) → its bundle endpoint and path; null when it is not one of ours. */
export function parseDocumentId(id: string): { endpoint: JpoDocumentEndpoint; path: string } | null {
  const slash = id.indexOf('/');
  const endpoint = DOCUMENT_ENDPOINTS.find((e) => e === id.slice(0, slash));
  return endpoint && slash < id.length - 1 ? { endpoint, path: id.slice(slash + 1) } : null;
}

/** One document's bytes and readable text, for open/save. `id` is a JpoDocument id or a path inside the ZIP. */
export function openDocument(zip: Uint8Array, id: string): OpenedDocument {
  const path = parseDocumentId(id)?.path ?? id;
  const files = unzip(zip, 'app_doc_cont');
  const bytes = files[path];
  if (!bytes) throw new BadResponse('jpo', `JPO document "${path}" is not in the bundle`);
  const isXml = /\.xml$/i.test(path);
  const decoded = sjis.decode(bytes);
  const text = isXml
    ? decoded.replace(/(<\?xml[^>]*encoding=")[^"]*(")/i, '$1UTF-8$2')
    : decoded.replace(/charset=Shift_JIS/i, 'charset=UTF-8');
  return { fileName: path.split('/').pop() ?? path, mediaType: isXml ? 'application/xml' : 'text/html', bytes, text };
}

function unzip(zip: Uint8Array, endpoint: string): Record<string, Uint8Array> {
  try {
    return unzipSync(zip);
  } catch (e) {
    throw new BadResponse('jpo', `JPO ${endpoint}: the bundle is not a readable ZIP (${(e as Error).message})`);
  }
}

function looksLikeJson(body: Uint8Array): boolean {
  let i = 0;
  while (i < body.length && (body[i] === 0x20 || body[i] === 0x0a || body[i] === 0x0d || body[i] === 0x09)) i++;
  return body[i] === 0x7b; // '{' — a ZIP starts with 'PK'
}

/** Titles for applicant-filed documents, which carry no <jp:document-name> (root element / folder code). */
const TITLE_BY_CODE: Record<string, string> = { A53: '意見書', A523: '手続補正書', A131: '拒絶理由通知書', A01: '特許査定', A02: '拒絶査定' };
const TITLE_BY_ROOT: Record<string, string> = { 'pat-rspns': '意見書', 'pat-amnd': '手続補正書' };

function describe(path: string, text: string, endpoint: JpoDocumentEndpoint, source: DocumentLink['source']): JpoDocument {
  const isXml = /\.xml$/i.test(path);
  const folderCode = /^([A-Z]\d+)_/.exec(path)?.[1];
  let title: string | undefined;
  let date: string | undefined;
  if (isXml) {
    title = /<jp:document-name>([^<]+)<\/jp:document-name>/.exec(text)?.[1]?.trim();
    const root = /<jp:([a-z-]+)[\s>][^]*?xmlns:jp=/.exec(text)?.[1];
    title ??= (folderCode && TITLE_BY_CODE[folderCode]) ?? (root && TITLE_BY_ROOT[root]);
    const d = /<jp:drafting-date>\s*<jp:date>(\d{8})<\/jp:date>/.exec(text)?.[1];
    if (d) date = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  } else {
    title = (/<FONT SIZE="6">([^<]+)<\/FONT>/i.exec(text)?.[1] ?? /【書類名】[\s　]*([^\s　<]+)/.exec(text)?.[1])?.replace(/[\s　]/g, '');
    const era = /(?:起案日|【提出日】|発送日)[\s　]*(令和|平成)[\s　]*([０-９\d]+)年[\s　]*([０-９\d]+)月[\s　]*([０-９\d]+)日/.exec(text);
    if (era) date = eraDate(era[1] ?? '', era[2] ?? '', era[3] ?? '', era[4] ?? '');
  }
  title ??= folderCode ?? path;
  return {
    id: `${endpoint}/${path}`,
    path,
    title,
    ...(date && { date }),
    kind: kindOf(title, endpoint),
    mediaType: isXml ? 'application/xml' : 'text/html',
    ...(folderCode && { code: folderCode }),
    source,
  };
}

function kindOf(title: string, endpoint: JpoDocumentEndpoint): DocumentLink['kind'] {
  if (title.includes('拒絶理由')) return 'refusal-reason';
  if (title.includes('査定') || title.includes('審決') || title.includes('決定')) return 'decision';
  if (title.includes('意見書')) return 'opinion';
  if (title.includes('補正')) return 'amendment';
  return endpoint === 'app_doc_cont_refusal_reason' ? 'refusal-reason' : 'other';
}

function halfWidth(s: string): number {
  return Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

function eraDate(era: string, y: string, m: string, d: string): string {
  const year = halfWidth(y) + (era === '令和' ? 2018 : 1988);
  return `${year}-${String(halfWidth(m)).padStart(2, '0')}-${String(halfWidth(d)).padStart(2, '0')}`;
}
