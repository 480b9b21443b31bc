import type { Provenance } from '../../model/provenance';
import type { DocRef, RelatedCase } from '../../model/patent';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { isoDate, objects, readEnvelope, str } from './envelope';
import { jpApplicationRef } from './numbers';

/**
 * priority_right_app_info and divisional_app_info → RelatedCase[]. app_progress carries the same blocks,
 * so the `…Data` functions take the `data` object and are reused there.
 */
export function parsePriorityRightAppInfo(body: unknown, info: FetchInfo): RelatedCase[] {
  const env = readEnvelope(body, 'priority_right_app_info');
  return env.data ? parsePriorityData(env.data, sourceOf('jpo', 'priority_right_app_info', info)) : [];
}

export function parseDivisionalAppInfo(body: unknown, info: FetchInfo): RelatedCase[] {
  const env = readEnvelope(body, 'divisional_app_info');
  return env.data ? parseDivisionalData(env.data, sourceOf('jpo', 'divisional_app_info', info)) : [];
}

/** Paris priority (foreign number, printed form kept) and domestic priority (国内優先, a JP application or a PCT). */
export function parsePriorityData(data: Record<string, unknown>, source: Provenance): RelatedCase[] {
  const out: RelatedCase[] = [];
  for (const p of objects(data, 'priorityRightInformation', source.endpoint)) {
    const paris = str(p, 'parisPriorityApplicationNumber');
    if (paris) {
      const date = isoDate(str(p, 'parisPriorityDate'));
      out.push({ relation: 'priority', ref: foreignApplicationRef(paris, str(p, 'parisPriorityCountryCd')), ...(date && { date }), source });
    }
    const national = str(p, 'nationalPriorityApplicationNumber');
    const nationalPct = str(p, 'nationalPriorityInternationalApplicationNumber');
    const date = isoDate(str(p, 'nationalPriorityDate'));
    if (/^\d{10}$/.test(national)) out.push({ relation: 'priority', ref: jpApplicationRef(national), ...(date && { date }), source });
    else if (nationalPct) out.push({ relation: 'priority', ref: foreignApplicationRef(nationalPct, 'WO'), ...(date && { date }), source });
  }
  return out;
}

/**
 * `parentApplicationInformation{parentApplicationNumber, filingDate}` and `divisionalApplicationInformation[]`
 * (applicationNumber, …, divisionalGeneration). Field names: the recorded empty reply plus published client
 * classes (see fixtures/SOURCES.md, divisional_app_info.2007035937.reconstructed.json).
 */
export function parseDivisionalData(data: Record<string, unknown>, source: Provenance): RelatedCase[] {
  const out: RelatedCase[] = [];
  const parent = data.parentApplicationInformation;
  if (parent && typeof parent === 'object' && !Array.isArray(parent)) {
    const p = parent as Record<string, unknown>;
    const no = str(p, 'parentApplicationNumber');
    const date = isoDate(str(p, 'filingDate'));
    if (/^\d{10}$/.test(no)) out.push({ relation: 'parent', ref: jpApplicationRef(no), ...(date && { date }), source });
  }
  for (const c of objects(data, 'divisionalApplicationInformation', source.endpoint)) {
    const no = str(c, 'applicationNumber');
    if (/^\d{10}$/.test(no) && no !== str(data, 'applicationNumber')) out.push({ relation: 'divisional', ref: jpApplicationRef(no), source });
  }
  return out;
}

/** A foreign or PCT application number as JPO prints it; the docdb form cannot be fixed without the office's rules. */
function foreignApplicationRef(number: string, country: string): DocRef {
  return { raw: number, country: country || 'unknown', type: 'application', docdb: null, epodoc: null };
}
