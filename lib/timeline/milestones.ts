/**
 * What each prosecution event means for the time line (issue 10 §3): one small vocabulary for the
 * JPO document history (app_progress documentList), the EP Register's events and procedural steps,
 * and INPADOC legal events. Codes first where the office documents them, words otherwise — the
 * words are stable where codes differ per law and era.
 */
import { meaningOf } from '../offices/jpo/document-codes';

export type Milestone =
  | 'priority'
  | 'filing'
  | 'publication'
  | 'examination-request'
  | 'search-report'
  | 'office-action'
  | 'response'
  | 'allowance'
  | 'grant'
  | 'refusal'
  | 'withdrawal'
  | 'appeal'
  | 'other';

const JPO_MEANING: Record<ReturnType<typeof meaningOf>, Milestone> = {
  filed: 'filing',
  'examination-requested': 'examination-request',
  'refusal-reason': 'office-action',
  'grant-decision': 'allowance',
  'refusal-decision': 'refusal',
  withdrawn: 'withdrawal',
  abandoned: 'withdrawal',
  'deemed-withdrawn': 'withdrawal',
  opinion: 'response',
  amendment: 'response',
  appeal: 'appeal',
  other: 'other',
};

/** EP Register dossier events and procedural steps (codes as the Register writes them). */
const EP_CODES: Record<string, Milestone> = {
  '0009012': 'publication', // Publication in section I.1 EP Bulletin
  '0009171': 'examination-request', // Request for examination filed
  '0009185': 'office-action', // First examination report
  EPIDOSNEXR2: 'office-action', // Despatch of examination report + time limit
  EPIDOSNEXR3: 'response', // Reply to examination report
  EPIDOSNIGR1: 'allowance', // Communication of intention to grant a patent
  '0009210': 'allowance', // (Expected) grant: the decision; the grant itself is the B publication's date
  DDIV: 'office-action', // First communication from the examining division (procedural step)
  EXRE: 'office-action', // Communication from the examining division
  IGRA: 'allowance', // Intention to grant the patent
  // INPADOC legal event codes of EP cases (lib/offices/epo-ops/legal-words.ts)
  '17P': 'examination-request', // Request for examination filed
  '17Q': 'office-action', // First examination report despatched
  INTG: 'allowance', // Intention to grant announced
  GRAP: 'allowance',
  GRAH: 'allowance',
  GRAG: 'allowance',
  GRAA: 'allowance', // "(Expected) grant": the decision; the grant is the B publication's date
  GRAS: 'other', // Grant fee paid
  GRAJ: 'other',
};

// INPADOC and other free texts (upper- or lower-case).
const WORDS: [RegExp, Milestone][] = [
  [/request for (?:substantive )?examination|examination requested/i, 'examination-request'],
  [/search report/i, 'search-report'],
  [/intention to grant|notice of allowance|decision to grant/i, 'allowance'],
  [/examination report|communication from the examining|non-final rejection|final rejection|office action/i, 'office-action'],
  [/reply to|response to|amendment/i, 'response'],
  [/refus(?:al|ed)|rejected/i, 'refusal'],
  [/withdrawn|abandon/i, 'withdrawal'],
  [/appeal/i, 'appeal'],
  [/\bpatent granted\b|\bpatent issued\b|\bpatented case\b/i, 'grant'],
];

export function milestoneOf(office: string, code: string, text: string): Milestone {
  if (office === 'jpo') {
    if (code === 'A971007') return 'search-report';
    return JPO_MEANING[meaningOf(code, text)];
  }
  const byCode = EP_CODES[code];
  if (byCode) return byCode;
  // Lapses in single contracting states and renewal fees do not move the case itself.
  if (/lapse.*contracting state|renewal fee|change -|new entry: renewal|designated contracting states/i.test(text)) return 'other';
  for (const [re, milestone] of WORDS) if (re.test(text)) return milestone;
  return 'other';
}
