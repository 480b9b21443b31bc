/**
 * For a granted TW patent, TIPO's annuity record (PatentAnnuity) says what the register says in Japan:
 * paid up to a date for a year of the term, so the next year's fee is due by that date (with six months'
 * grace, Patent Act Art. 94). A watch check reads it beside the lookup (issue 12 §3, issue 17 §2).
 */
import type { TipoAnnuity } from '../offices/tipo/parse';
import type { CaseSnapshot, OfficeDeadline } from './model';

export function needsTwAnnuity(country: string, snapshot: CaseSnapshot): boolean {
  return country === 'TW' && snapshot.status?.state === 'granted';
}

export function annuityDeadlines(a: TipoAnnuity): OfficeDeadline[] {
  if (!a.paidUntil) return [];
  return [{ kind: 'annuity', due: a.paidUntil, ...(a.paidYear !== undefined && { year: a.paidYear + 1 }), office: 'tipo', endpoint: a.source.endpoint }];
}

/** The snapshot with TIPO's annuity deadline beside the office's other dates; a failed read changes nothing. */
export function withAnnuity(snapshot: CaseSnapshot, annuity: TipoAnnuity | null | Error): CaseSnapshot {
  if (annuity instanceof Error || annuity === null) return snapshot;
  const others = (snapshot.deadlines ?? []).filter((d) => d.office !== 'tipo' || d.kind !== 'annuity');
  return { ...snapshot, deadlines: [...others, ...annuityDeadlines(annuity)] };
}
