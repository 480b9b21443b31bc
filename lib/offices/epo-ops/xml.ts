import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { BadResponse } from '../../transport/errors';

/**
 * One XML reading for every OPS reply: namespaces dropped (exchange, ops, register ns2/ns3, cpc all read
 * by local name), attributes kept as `@_name`, text as `#text`, values left as strings (leading zeros in
 * doc-numbers such as GB 0204635 matter), and the elements that can repeat always arrays.
 */
const REPEATED = new Set([
  'exchange-document', 'document-id', 'classification-ipcr', 'patent-classification', 'applicant', 'inventor', 'agent',
  'invention-title', 'citation', 'passage', 'family-member', 'legal', 'pre', 'publication-reference', 'priority-claim',
  'abstract', 'p', 'claims', 'claim', 'claim-text', 'description', 'fulltext-document', 'fulltext-instance', 'inquiry-result',
  'ep-patent-status', 'events-data', 'dossier-event', 'procedural-step', 'procedural-step-text', 'procedural-step-date',
  'register-document', 'classification-item', 'title-part', 'classification-statistics', 'mapping', 'meta', 'applicants',
  'inventors', 'classifications-ipcr', 'lapsed-in-country', 'nplcit', 'patcit', 'text', 'gazette-reference', 'time-limit', 'term-of-grant', 'designation-of-states', 'exchange-documents',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

export type Node = Record<string, unknown>;

/** Parse an OPS body; throws BadResponse when it is not XML or has no element at all. */
export function parseOpsXml(body: unknown, endpoint: string): Node {
  const text = typeof body === 'string' ? body : body instanceof Uint8Array ? new TextDecoder().decode(body) : '';
  let doc: unknown;
  try {
    doc = parser.parse(text);
  } catch (e) {
    throw new BadResponse('epo-ops', `OPS ${endpoint}: reply is not XML (${(e as Error).message})`);
  }
  const root = doc && typeof doc === 'object' ? Object.keys(doc).filter((k) => k !== '?xml' && k !== '?xml-stylesheet') : [];
  if (root.length === 0) throw new BadResponse('epo-ops', `OPS ${endpoint}: reply has no XML element`);
  // The parser is lenient and reads a cut-off reply as a shorter valid one: a truncated body must be
  // a BadResponse, never a silently incomplete answer.
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new BadResponse('epo-ops', `OPS ${endpoint}: reply is not well-formed XML (${valid.err.msg}, line ${valid.err.line})`);
  return doc as Node;
}

/** The child element(s) as a list, whatever the parser produced. */
export function all(node: unknown, key: string): Node[] {
  if (!node || typeof node !== 'object') return [];
  const v = (node as Node)[key];
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => (typeof x === 'object' && x !== null ? (x as Node) : ({ '#text': String(x) } as Node)));
}

export function one(node: unknown, key: string): Node | undefined {
  return all(node, key)[0];
}

/** Follow a path of element names, first match at each step. */
export function path(node: unknown, ...keys: string[]): Node | undefined {
  let cur: unknown = node;
  for (const k of keys) {
    cur = one(cur, k);
    if (!cur) return undefined;
  }
  return cur as Node;
}

/** The text of an element (its own text plus nested text, in order), trimmed; '' when absent. */
export function text(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node).trim();
  if (Array.isArray(node)) return node.map(text).filter(Boolean).join(' ').trim();
  if (typeof node === 'object') {
    return Object.entries(node as Node)
      .filter(([k]) => !k.startsWith('@_'))
      .map(([, v]) => text(v))
      .filter(Boolean)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return '';
}

export function childText(node: unknown, key: string): string {
  return text(one(node, key));
}

/** The first descendant element with this name (depth first), e.g. INPADOC L510EP inside an L500EP group. */
export function deep(node: unknown, key: string): unknown {
  if (!node || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const n of node) {
      const hit = deep(n, key);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
  const o = node as Node;
  if (key in o) return o[key];
  for (const [k, v] of Object.entries(o)) {
    if (k.startsWith('@_') || k === '#text') continue;
    const hit = deep(v, key);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

export function attr(node: unknown, name: string): string {
  if (!node || typeof node !== 'object') return '';
  const v = (node as Node)[`@_${name}`];
  return typeof v === 'string' ? v : v === undefined ? '' : String(v);
}

/** YYYYMMDD or YYYY-MM-DD → YYYY-MM-DD. */
export function isoDate(value: string): string | undefined {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}
