// ODP application status → plain words. The code table (GET /api/v1/patent/status-codes, recorded
// sample in fixtures/status-codes.json) has ~240 codes; the common ones are named here, and the
// office's description decides the rest (its words are stable: "Patented Case", "Abandoned -- …").
import type { StatusState } from '../../model/patent';

const CODES: Record<string, StatusState> = {
  '150': 'granted', // Patented Case
  '159': 'expired', // Provisional Application Expired
  '161': 'abandoned', // Abandoned -- Failure to Respond to an Office Action
  '160': 'abandoned', // Abandoned -- Incomplete Application (Pre-examination)
  '166': 'abandoned', // Abandoned -- File-Wrapper-Continuation Parent Application
  '168': 'abandoned', // Abandoned -- After Examiner's Answer or Board of Appeals Decision
  '250': 'expired', // Patent Expired Due to NonPayment of Maintenance Fees Under 37 CFR 1.362
  '30': 'pending', // Docketed New Case - Ready for Examination
  '41': 'pending-examination', // Non Final Action Mailed
  '61': 'pending-examination', // Final Rejection Mailed
  '93': 'pending-examination', // Notice of Allowance Mailed -- Application Received in Office of Publications
};

const WORDS: [RegExp, StatusState][] = [
  [/patented case/i, 'granted'],
  [/expired/i, 'expired'],
  [/abandon/i, 'abandoned'],
  [/withdrawn/i, 'withdrawn'],
  [/appeal/i, 'pending-examination'],
  [/allowance|issue fee|ready for issue|publications/i, 'pending-examination'],
  [/action mailed|rejection|response|examiner|amendment|restriction/i, 'pending-examination'],
  [/docketed|pre-exam|new case|application received|filing/i, 'pending'],
  [/published|publication/i, 'published'],
];

export function stateOfOdpStatus(code: string, words: string): StatusState {
  const byCode = CODES[code];
  if (byCode) return byCode;
  for (const [re, state] of WORDS) if (re.test(words)) return state;
  return 'unknown';
}
