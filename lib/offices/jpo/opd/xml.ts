// OPD replies: XML in the `api-data` envelope, or the JSON envelope of the other JPO APIs for some
// errors (the daily-cap 203 at least) — API-NOTES-JPO-OPD.md §1.6. Elements are matched by local name
// (the namespace is written both https and http in public clients) and repeated ones are always lists.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { BadResponse } from '../../../transport/errors';

const REPEATED = new Set([
  'family', 'family-item', 'publication-number', 'registration-number', 'family-list', 'document-list',
  'ipc', 'original', 'patent-literature', 'non-patent-literature', 'applicant',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  // `original` is a list under classification/originals and document-list, a single node under bibliographic.
  isArray: (name, jpath) => REPEATED.has(name) && !String(jpath).endsWith('bibliographic.original') && !String(jpath).endsWith('bibliographic.translated'),
});

export type Node = Record<string, unknown>;
export const node = (v: unknown): Node => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {});
export const nodes = (v: unknown): Node[] => (Array.isArray(v) ? v.map(node) : v && typeof v === 'object' ? [node(v)] : []);
/** Text of an element, whether it came as a string or as a node with attributes (`#text`). */
export const text = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : v && typeof v === 'object' ? text((v as Node)['#text']) : '';

export interface OpdEnvelope {
  statusCode: string;
  errorMessage: string;
  remainAccessCount?: number;
  /** The child element beside the status fields (family-data …), absent on errors. */
  data?: Node;
}

const remain = (v: unknown): number | undefined => {
  const n = Number.parseInt(text(v), 10);
  return Number.isFinite(n) ? n : undefined;
};

/** The envelope of any OPD reply body (XML text, or the JSON envelope parsed by the transport). */
export function readOpdEnvelope(body: unknown, endpoint: string, dataElement?: string): OpdEnvelope {
  if (body && typeof body === 'object' && !(body instanceof Uint8Array)) {
    const result = node((body as Node).result);
    if (!('statusCode' in result)) throw new BadResponse('jpo', `JPO ${endpoint}: a JSON reply without the JPO envelope`);
    const count = remain(result.remainAccessCount);
    return { statusCode: text(result.statusCode), errorMessage: text(result.errorMessage), ...(count !== undefined && { remainAccessCount: count }) };
  }
  const xml = body instanceof Uint8Array ? new TextDecoder('utf-8').decode(body) : body;
  if (typeof xml !== 'string' || !xml.trimStart().startsWith('<')) throw new BadResponse('jpo', `JPO ${endpoint}: the reply is neither XML nor the JSON envelope`);
  // The parser is lenient: a reply cut off in transit would parse to half a family. Only whole XML is read.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new BadResponse('jpo', `JPO ${endpoint}: the XML is not well-formed (${valid.err.msg})`);
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (error) {
    throw new BadResponse('jpo', `JPO ${endpoint}: the XML does not parse (${(error as Error).message})`);
  }
  const env = node(doc['api-data']);
  if (!('statusCode' in env)) throw new BadResponse('jpo', `JPO ${endpoint}: no <api-data> envelope with a statusCode`);
  const count = remain(env.remainAccessCount);
  const data = dataElement && env[dataElement] !== undefined ? node(env[dataElement]) : undefined;
  return { statusCode: text(env.statusCode), errorMessage: text(env.errorMessage), ...(count !== undefined && { remainAccessCount: count }), ...(data && { data }) };
}
