/**
 * Domain values → the C2 shapes (contracts.d.ts). Labels are plain words in the UI language; the
 * office's own words stay in `detail`.
 */
import type { Biblio, OfficeId, Status } from '../model/contracts';
import type { Bibliographic, CaseStatus, DocRef, Family, RelatedCase, StatusState } from '../model/patent';
import { isOfficeError, type OfficeErrorData } from '../transport/errors';
import type { SourceReport } from './types';

export function toStatus(status: CaseStatus, label: (state: StatusState) => string): Status {
  return { label: label(status.state), detail: status.officeDetail, office: status.source.office, asOf: status.source.fetchedAt };
}

export function toBiblio(biblio: Bibliographic): Biblio {
  const dates: Biblio['dates'] = {};
  for (const key of ['filing', 'publication', 'grant', 'priority'] as const) {
    const value = biblio.dates[key];
    if (value) dates[key] = value;
  }
  return { title: biblio.title, applicants: biblio.parties.filter((p) => p.role === 'applicant').map((p) => p.name), dates };
}

export function toFamily(family: Family): DocRef[] {
  return family.members.map((m) => m.ref);
}

export function toRelated(related: RelatedCase[]): { relation: string; ref: DocRef }[] {
  return related.map((r) => ({ relation: r.relation, ref: r.ref }));
}

/** An office that failed, from the plain error data (errors cross boundaries as data). */
export function outcomeOfData(office: OfficeId, data: OfficeErrorData): SourceReport {
  return {
    office,
    ok: false,
    error: {
      kind: data.kind,
      message: data.message,
      ...(data.asOf !== undefined && { asOf: data.asOf }),
      ...(data.resetsAt !== undefined && { resetsAt: data.resetsAt }),
      ...(data.retryAfterSeconds !== undefined && { retryAfterSeconds: data.retryAfterSeconds }),
    },
  };
}

/** One office's outcome; anything that is not a taxonomy error is a reply we could not read. */
export function failedOutcome(office: OfficeId, error: unknown): SourceReport {
  if (isOfficeError(error)) return outcomeOfData(office, error.toData());
  const message = error instanceof Error ? error.message : String(error);
  return { office, ok: false, error: { kind: 'bad-response', message: `${office}: could not read the reply (${message})` } };
}
