/**
 * For a granted JP patent the register (JPO registration_info) is the word on who owns it now and on
 * what is due: the next annuity (with the year it pays for) and the end of term. A watch check reads
 * it beside the lookup; the application's applicants are not the right holders after a transfer.
 */
import type { JpoRegistration } from '../offices/jpo/parse-registration';
import type { CaseSnapshot, OfficeDeadline } from './model';

export interface RegisterFacts {
  owners: string[];
  deadlines: OfficeDeadline[];
}

export function needsJpRegister(country: string, snapshot: CaseSnapshot): boolean {
  return country === 'JP' && snapshot.status?.state === 'granted';
}

export function registerFacts(r: JpoRegistration): RegisterFacts {
  const endpoint = r.source.endpoint;
  const deadlines: OfficeDeadline[] = [];
  // No next due date once the right has lapsed or every year is paid (the register leaves it empty).
  if (r.nextAnnuityDueDate && !r.disappearanceDate) {
    deadlines.push({ kind: 'annuity', due: r.nextAnnuityDueDate, ...(r.lastPaidYear !== undefined && { year: r.lastPaidYear + 1 }), office: 'jpo', endpoint });
  }
  if (r.expireDate) deadlines.push({ kind: 'expiry', due: r.expireDate, office: 'jpo', endpoint });
  return { owners: r.owners.map((o) => o.name), deadlines };
}

/** The snapshot with the register's owners and deadlines; on a failed register read, owners are unknown. */
export function withRegister(snapshot: CaseSnapshot, facts: RegisterFacts | Error): CaseSnapshot {
  if (facts instanceof Error) return { ...snapshot, unknown: [...new Set([...snapshot.unknown, 'owners' as const])] };
  return {
    ...snapshot,
    ...(facts.owners.length > 0 && { owners: facts.owners, offices: { ...snapshot.offices, owners: 'jpo' } }),
    deadlines: facts.deadlines,
  };
}
