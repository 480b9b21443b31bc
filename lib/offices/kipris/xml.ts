// KIPRIS Plus XML (UTF-8) → plain objects with fast-xml-parser. The repeated elements inside each
// `…Array` container (and the items of a search) are always arrays, however many there are.
import { XMLParser } from 'fast-xml-parser';
import { BadResponse } from '../../transport/errors';

const REPEATED = new Set([
  'ipcInfo', 'familyInfo', 'abstractInfo', 'claimInfo', 'applicantInfo', 'inventorInfo', 'agentInfo',
  'priorityInfo', 'legalStatusInfo', 'internationalInfo', 'item', 'biblioSummaryInfo', 'priorArtDocumentsInfo', 'citationInfoV3',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

export type Node = Record<string, unknown>;

export function parseKiprisXml(body: unknown, endpoint: string): Node {
  if (typeof body !== 'string') throw new BadResponse('kipris', `KIPRIS Plus ${endpoint}: the reply is not text`);
  let doc: Node;
  try {
    doc = parser.parse(body) as Node;
  } catch (error) {
    throw new BadResponse('kipris', `KIPRIS Plus ${endpoint}: the XML does not parse (${(error as Error).message})`);
  }
  const response = doc.response;
  if (!response || typeof response !== 'object') throw new BadResponse('kipris', `KIPRIS Plus ${endpoint}: no <response> in the reply`);
  return response as Node;
}

export const node = (v: unknown): Node => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {});
export const nodes = (v: unknown): Node[] => (Array.isArray(v) ? v.map(node) : v && typeof v === 'object' ? [node(v)] : []);
export const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** "2019.08.19", "20190819" or "2019-08-19" → "2019-08-19"; anything else → undefined. */
export function isoDate(v: unknown): string | undefined {
  const m = /^(\d{4})[.\-]?(\d{2})[.\-]?(\d{2})/.exec(text(v));
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** An element sent as `xsi:nil="true"` (biblioSummaryInfo, sometimes) counts as absent. */
export function isNil(v: unknown): boolean {
  return node(v)['@xsi:nil'] === 'true';
}
