import type { Status } from './contracts';
import type { CaseStatus, StatusState } from './patent';

/**
 * The plain-words vocabulary every office's status is reduced to (issue 6, item 4). The office's own
 * wording always travels beside it in `CaseStatus.officeDetail`, so nothing is lost by the reduction.
 * Kept as data (not _locales) because background code builds contract C2 `Status.label` without a UI.
 */
export const STATUS_WORDS: Record<StatusState, { en: string; ja: string }> = {
  pending: { en: 'Pending', ja: '審査待ち' },
  'pending-examination': { en: 'Pending — examination requested', ja: '審査中（審査請求済み）' },
  published: { en: 'Pending — published', ja: '公開済み（審査請求前）' },
  granted: { en: 'Granted', ja: '登録' },
  refused: { en: 'Refused', ja: '拒絶' },
  withdrawn: { en: 'Withdrawn', ja: '取下げ' },
  abandoned: { en: 'Abandoned', ja: '放棄' },
  lapsed: { en: 'Lapsed', ja: '失効' },
  expired: { en: 'Expired', ja: '存続期間満了' },
  revoked: { en: 'Revoked', ja: '取消・無効' },
  unknown: { en: 'Status unknown', ja: '状態不明' },
};

export function statusWords(state: StatusState, lang: 'en' | 'ja' = 'en'): string {
  return STATUS_WORDS[state][lang];
}

/** Is the right or application still alive? (granted counts as alive; the rest of the dead states do not). */
export function isAlive(state: StatusState): boolean {
  return state === 'pending' || state === 'pending-examination' || state === 'published' || state === 'granted';
}

/** Contract C2 `Status` from a domain status: plain words as label, the office's words as detail. */
export function toContractStatus(status: CaseStatus, lang: 'en' | 'ja' = 'en'): Status {
  return {
    label: statusWords(status.state, lang),
    detail: status.officeDetail,
    office: status.source.office,
    asOf: status.source.fetchedAt,
  };
}
