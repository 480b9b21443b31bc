import type { Sourced } from '../../model/provenance';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { BadResponse } from '../../transport/errors';
import { objects, readEnvelope, str } from './envelope';

export interface JpoApplicantAttorney {
  code: string; // 9-digit applicant/attorney code
  name: string;
}

/** applicant_attorney_cd/{code} → the registered name (`data.applicantAttorneyName`, one string). Null when 107. */
export function parseApplicantAttorneyCd(body: unknown, code: string, info: FetchInfo): Sourced<JpoApplicantAttorney> | null {
  const env = readEnvelope(body, 'applicant_attorney_cd');
  if (!env.data) return null;
  const name = str(env.data, 'applicantAttorneyName');
  if (!name) throw new BadResponse('jpo', 'JPO applicant_attorney_cd: no applicantAttorneyName');
  return { value: { code, name }, source: sourceOf('jpo', 'applicant_attorney_cd', info) };
}

/** applicant_attorney/{exact name} → every registered code for it (`data.applicantAttorney[]`). [] when 107. */
export function parseApplicantAttorney(body: unknown, info: FetchInfo): Sourced<JpoApplicantAttorney[]> {
  const env = readEnvelope(body, 'applicant_attorney');
  const source = sourceOf('jpo', 'applicant_attorney', info);
  if (!env.data) return { value: [], source };
  const list = objects(env.data, 'applicantAttorney', 'applicant_attorney').map((x) => ({ code: str(x, 'applicantAttorneyCd'), name: str(x, 'name') }));
  return { value: list.filter((x) => x.code && x.name), source };
}
