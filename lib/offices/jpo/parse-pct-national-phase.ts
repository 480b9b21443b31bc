import type { RelatedCase } from '../../model/patent';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { readEnvelope, str } from './envelope';
import { jpApplicationRef } from './numbers';

/**
 * pct_national_phase_application_number → the JP national-phase application, or null (107, the only recorded
 * reply). The success shape is not recorded: ip_tools' model reads `data.applicationNumber` ("the live API returns
 * just applicationNumber") and an older client reads `nationalApplicationNumber`; both are accepted
 * (fixtures/pct_national_phase_application_number.…reconstructed.json).
 */
export function parsePctNationalPhase(body: unknown, info: FetchInfo): RelatedCase | null {
  const env = readEnvelope(body, 'pct_national_phase_application_number');
  if (!env.data) return null;
  const no = str(env.data, 'applicationNumber') || str(env.data, 'nationalApplicationNumber');
  if (!/^\d{10}$/.test(no)) return null;
  return { relation: 'national-phase', ref: jpApplicationRef(no), source: sourceOf('jpo', 'pct_national_phase_application_number', info) };
}
