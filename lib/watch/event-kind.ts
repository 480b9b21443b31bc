/**
 * Which kind of change a new legal event is: an appeal or trial, an office document the examiner
 * will want to read (an office action, a decision, a search report), or any other legal event.
 * Read from the office's own words as well as ours, because codes differ per office and era while
 * the words are stable (JPO 審判/拒絶理由, EPO opposition/communication, USPTO appeal/rejection).
 */
import type { LegalEvent } from '../model/patent';
import type { SnapshotEvent } from './model';

const APPEAL = /appeal|opposition|審判|異議|trial|inter partes|post[- ]grant review|\bPTAB\b|\bIPR\b|limitation procedure|revocation/i;

const DOCUMENT = new RegExp(
  [
    '拒絶理由', '査定', '審決', '検索報告', '補正の却下', '通知書',
    'rejection', 'refusal', 'office action', 'notice of allowance', 'allowability', 'decision to grant', 'decision of',
    'communication from the examining', 'search report', 'written opinion of the', 'intention to grant', 'examiner',
    'requirement for restriction', 'restriction/election',
  ].join('|'),
  'i',
);

// USPTO transaction codes for office actions and notices (the prosecution history's document codes).
const USPTO_ACTION_CODES = new Set(['CTNF', 'CTFR', 'CTRS', 'CTEQ', 'MCTNF', 'MCTFR', 'NOA', 'MN/=.', 'CTAV', 'EXIN']);

export function eventKind(event: Pick<LegalEvent, 'code' | 'description' | 'officeText'> & { office?: string }): SnapshotEvent['kind'] {
  const words = `${event.officeText ?? ''} ${event.description}`;
  if (APPEAL.test(words)) return 'appeal';
  if (event.office === 'uspto-odp' && USPTO_ACTION_CODES.has(event.code.trim())) return 'document';
  // The applicant's own filings (意見書, amendments, fee payments) are legal events, not office documents.
  if (/意見書|補正書|納付|請求書|fee|paid|payment|filed/i.test(words) && !/rejection|refusal|拒絶/i.test(words)) return 'legal-event';
  return DOCUMENT.test(words) ? 'document' : 'legal-event';
}
