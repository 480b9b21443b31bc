import type { DocRef } from '../../model/patent';
import type { Provenance } from '../../model/provenance';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { BadResponse } from '../../transport/errors';
import { docRefFrom, publicationType } from './doc-ref';
import { type Node, all, attr, childText, one, parseOpsXml, path } from './xml';

/** One number-service conversion: input and output document-ids, and OPS's status codes (pBRE…, BRE…). */
export interface OpsNumberConversion {
  refType: 'application' | 'publication' | 'priority';
  inputFormat: string;
  outputFormat: string;
  input: { country: string; number: string; kind: string; date?: string };
  output: { country: string; number: string; kind: string; date?: string };
  /** The output as a DocRef (docdb/epodoc outputs only; 'original' has no normalised form). */
  ref?: DocRef;
  /** 'SUCCESS' or warning codes such as 'pBRE002 pBRE015' (FORMATS.md §1: pBRE002 no country, …). */
  status: string;
  source: Provenance;
}

export function parseNumberService(body: unknown, info: FetchInfo): OpsNumberConversion {
  const root = path(parseOpsXml(body, 'number-service'), 'world-patent-data');
  const std = one(root, 'standardization');
  if (!std) throw new BadResponse('epo-ops', 'OPS number-service: no standardization element');
  const status = attr(all(root, 'meta').find((m) => attr(m, 'name') === 'status'), 'value') || 'unknown';
  const side = (name: 'input' | 'output') => {
    const el = one(std, name);
    const refEl = one(el, 'application-reference') ?? one(el, 'publication-reference') ?? one(el, 'priority-claim');
    const refType = one(el, 'application-reference') ? 'application' : one(el, 'publication-reference') ? 'publication' : 'priority';
    const id = one(refEl, 'document-id');
    if (!id) throw new BadResponse('epo-ops', `OPS number-service: no ${name} document-id`);
    return { refType, id } as { refType: OpsNumberConversion['refType']; id: Node };
  };
  const input = side('input');
  const output = side('output');
  const fields = (id: Node) => ({ country: childText(id, 'country'), number: childText(id, 'doc-number'), kind: childText(id, 'kind'), ...(childText(id, 'date') && { date: childText(id, 'date') }) });
  const outFormat = attr(std, 'outputFormat');
  const out = fields(output.id);
  let ref: DocRef | undefined;
  const type = output.refType === 'publication' ? publicationType(out.country, out.kind) : 'application';
  if (outFormat === 'docdb') ref = docRefFrom({ docdb: out }, type);
  if (outFormat === 'epodoc') {
    const country = /^[A-Z]{2}/.exec(out.number)?.[0] ?? '';
    ref = { raw: out.number, country: type === 'application' && out.number.startsWith('WO') ? 'WO' : country, type, docdb: null, epodoc: out.number };
  }
  return {
    refType: output.refType,
    inputFormat: attr(std, 'inputFormat'),
    outputFormat: outFormat,
    input: fields(input.id),
    output: out,
    ...(ref && { ref }),
    status,
    source: sourceOf('epo-ops', 'number-service', info),
  };
}
