import type { Status } from './contracts';
import type { CaseStatus, StatusState } from './patent';

/**
 * The plain-words vocabulary every office's status is reduced to (issue 6, item 4). The office's own
 * wording always travels beside it in `CaseStatus.officeDetail`, so nothing is lost by the reduction.
 * The UI shows the `_locales` message of STATUS_MESSAGE_KEY; STATUS_WORDS is the same text as data for
 * code without browser.i18n (node tools, tests). status-words.test.ts fails if the two drift apart.
 */
export const STATUS_MESSAGE_KEY: Record<StatusState, string> = {
  pending: 'status_pending',
  'pending-examination': 'status_pending_examination',
  published: 'status_published',
  granted: 'status_granted',
  refused: 'status_refused',
  withdrawn: 'status_withdrawn',
  abandoned: 'status_abandoned',
  lapsed: 'status_lapsed',
  expired: 'status_expired',
  revoked: 'status_revoked',
  unknown: 'status_unknown',
};

export const STATUS_WORDS: Record<StatusState, { en: string; ja: string }> = {
  pending: { en: 'Pending', ja: '係属中' },
  'pending-examination': { en: 'Pending — examination requested', ja: '審査中（審査請求済）' },
  published: { en: 'Published, not yet examined', ja: '公開済み（審査前）' },
  granted: { en: 'Granted', ja: '登録（特許）' },
  refused: { en: 'Refused', ja: '拒絶' },
  withdrawn: { en: 'Withdrawn', ja: '取下げ' },
  abandoned: { en: 'Abandoned', ja: '放棄' },
  lapsed: { en: 'Lapsed', ja: '消滅（失効）' },
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
