import type { Party } from '../../model/patent';
import type { Provenance } from '../../model/provenance';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { isoDate, objects, readEnvelope, str } from './envelope';

/** registration_info: the patent register record (登録情報). */
export interface JpoRegistration {
  applicationNumber: string;
  registrationNumber: string;
  registrationDate?: string;
  decisionDate?: string;
  appealDecisionDate?: string;
  title?: string;
  owners: Party[];
  numberOfClaims?: number;
  expireDate?: string;
  nextAnnuityDueDate?: string;
  lastPaidYear?: number;
  erasureIdentifier?: string;
  disappearanceDate?: string;
  updateDate?: string;
  source: Provenance;
}

/** Null for 107 (not registered). Counts come as zero-padded strings ("005"). */
export function parseRegistrationInfo(body: unknown, info: FetchInfo): JpoRegistration | null {
  const env = readEnvelope(body, 'registration_info');
  if (!env.data) return null;
  const d = env.data;
  const registrationNumber = str(d, 'registrationNumber');
  if (!registrationNumber) return null;
  const opt = (key: string, value: string | undefined) => (value ? { [key]: value } : {});
  const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : undefined);
  const claims = num(str(d, 'numberOfClaims'));
  const lastYear = num(str(d, 'lastPaymentYearly'));
  return {
    applicationNumber: str(d, 'applicationNumber'),
    registrationNumber,
    ...opt('registrationDate', isoDate(str(d, 'registrationDate'))),
    ...opt('decisionDate', isoDate(str(d, 'decisionDate'))),
    // The API spells it "appealTrialDecisiondDate" (fixtures/registration_info.2020123456.json).
    ...opt('appealDecisionDate', isoDate(str(d, 'appealTrialDecisiondDate') || str(d, 'appealTrialDecisionDate'))),
    ...opt('title', str(d, 'inventionTitle')),
    owners: objects(d, 'rightPersonInformation', 'registration_info')
      .map((p): Party => ({ name: str(p, 'rightPersonName'), role: 'owner', ...(str(p, 'rightPersonCd') && { code: str(p, 'rightPersonCd') }) }))
      .filter((p) => p.name),
    ...(claims !== undefined && { numberOfClaims: claims }),
    ...opt('expireDate', isoDate(str(d, 'expireDate'))),
    ...opt('nextAnnuityDueDate', isoDate(str(d, 'nextPensionPaymentDate'))),
    ...(lastYear !== undefined && { lastPaidYear: lastYear }),
    ...opt('erasureIdentifier', str(d, 'erasureIdentifier')),
    ...opt('disappearanceDate', isoDate(str(d, 'disappearanceDate'))),
    ...opt('updateDate', isoDate(str(d, 'updateDate'))),
    source: sourceOf('jpo', 'registration_info', info),
  };
}
