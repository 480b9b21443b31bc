/**
 * Plain-words status of a KR case from KIPRIS's legal-status history (legalStatusInfo: the documents
 * filed and mailed, with their Korean and English names), KIPRIS's own words beside it. The last
 * decisive document decides, read from the Korean name because the English one is sometimes blank:
 * 등록결정 (decision to grant) and 설정등록 (registration) → granted; 거절결정 (decision to refuse) →
 * refused, unless a re-examination (재심사) or an appeal (심판) followed; 취하 → withdrawn; 포기 → abandoned.
 * The summary's own status word (registerStatus: 등록, 거절, 소멸 …) wins when KIPRIS sent it.
 */
import type { CaseStatus, LegalEvent, StatusState } from '../../model/patent';
import type { Provenance } from '../../model/provenance';

const SUMMARY_WORDS: [RegExp, StatusState][] = [
  [/소멸|만료/, 'expired'],
  [/등록/, 'granted'],
  [/거절/, 'refused'],
  [/취하/, 'withdrawn'],
  [/포기/, 'abandoned'],
  [/무효/, 'revoked'],
  [/공개|출원|심사/, 'pending'],
];

function meaning(event: LegalEvent): StatusState | 'reopened' | undefined {
  const ko = event.officeText ?? '';
  if (/등록결정|설정등록|특허결정/.test(ko)) return 'granted';
  if (/거절결정서/.test(ko) && !/불복/.test(ko)) return 'refused';
  if (/재심사|불복|심판청구/.test(ko)) return 'reopened';
  if (/취하/.test(ko)) return 'withdrawn';
  if (/포기/.test(ko)) return 'abandoned';
  if (/심사청구/.test(ko)) return 'pending-examination';
  return undefined;
}

export function deriveKiprisStatus(events: readonly LegalEvent[], summaryStatus: string, source: Provenance): CaseStatus {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const last = sorted[sorted.length - 1];
  const summary = summaryStatus.trim();
  if (summary) {
    const state = SUMMARY_WORDS.find(([re]) => re.test(summary))?.[1] ?? 'unknown';
    return { state, officeDetail: summary, ...(last && { officeSince: last.date }), source };
  }
  let state: StatusState = sorted.length > 0 ? 'pending' : 'unknown';
  let decided: LegalEvent | undefined;
  for (const e of sorted) {
    const m = meaning(e);
    if (!m) continue;
    if (m === 'reopened') {
      if (state === 'refused') state = 'pending';
      decided = e;
    } else if (m !== 'pending-examination' || state === 'pending') {
      state = m;
      decided = e;
    }
  }
  const shown = decided ?? last;
  const detail = shown ? `${shown.officeText ?? shown.description} ${shown.date}` : '';
  return { state, officeDetail: detail, ...(shown && { since: shown.date }), source };
}
