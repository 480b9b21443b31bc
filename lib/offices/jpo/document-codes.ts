/**
 * English plain words for the JPO document codes that appear in app_progress `documentList`
 * (`documentCode` + the Japanese `documentDescription`). Codes from the recorded reply
 * (fixtures/app_progress.2020123456.json) plus the common prosecution ones listed by JPO code table 03020
 * users ([IPMCP], ip_tools catalog). Unknown codes fall back to the office's Japanese text.
 */
export const JPO_DOCUMENT_WORDS: Record<string, string> = {
  A63: 'Application filed',
  A621: 'Request for examination filed',
  A971007: 'Search report by a registered searching organisation',
  A131: 'Notice of reasons for refusal',
  A53: 'Written opinion filed',
  A523: 'Amendment filed',
  A01: 'Decision to grant a patent',
  A02: 'Decision of refusal',
  A61: 'Registration fee paid',
  R100: 'Patent fee paid',
  R150: 'Patent certificate issued',
};

/** What a document description says about the case — used by status derivation and document kinds. */
export type JpoDocumentMeaning =
  | 'filed'
  | 'examination-requested'
  | 'refusal-reason'
  | 'grant-decision'
  | 'refusal-decision'
  | 'withdrawn'
  | 'abandoned'
  | 'deemed-withdrawn'
  | 'opinion'
  | 'amendment'
  | 'appeal'
  | 'other';

/** Read the Japanese description, because codes differ per law and era while the words are stable. */
export function meaningOf(code: string, description: string): JpoDocumentMeaning {
  const d = description;
  if (code === 'A01' || d.includes('特許査定') || d.includes('登録査定')) return 'grant-decision';
  if (code === 'A02' || d.includes('拒絶査定')) return d.includes('不服') ? 'appeal' : 'refusal-decision';
  if (d.includes('審判')) return 'appeal';
  if (code === 'A131' || d.includes('拒絶理由')) return 'refusal-reason';
  if (d.includes('みなし取下') || d.includes('取下げとみな')) return 'deemed-withdrawn';
  if (d.includes('取下')) return 'withdrawn';
  if (d.includes('放棄')) return 'abandoned';
  if (code === 'A621' || d.includes('審査請求')) return 'examination-requested';
  if (d.includes('意見書')) return 'opinion';
  if (d.includes('補正書')) return 'amendment';
  if (d === '特許願' || d === '実用新案登録願') return 'filed';
  return 'other';
}

export function documentWords(code: string, description: string, lang: 'en' | 'ja'): string {
  if (lang === 'ja') return description || code;
  return JPO_DOCUMENT_WORDS[code] ?? description ?? code;
}
