import type { CaseStatus, StatusState } from '../../model/patent';
import type { Provenance } from '../../model/provenance';
import { type JpoDocumentMeaning, meaningOf } from './document-codes';
import type { JpoCaseFacts, JpoProgressDocument } from './parse-progress';
import type { JpoRegistration } from './parse-registration';

/**
 * Plain-words status of a JP case from app_progress facts (and registration_info when fetched), with JPO's
 * own words beside it. Order matters: a registration outranks anything in the document list; an ended right
 * is expired when it ran its term (expireDate), lapsed when it ended earlier (disappearanceDate, e.g. unpaid
 * annuities); without a registration the last decisive document decides.
 */
const REGISTRATION_WORD = { patent: '特許', design: '意匠登録', trademark: '商標登録' } as const;

export function deriveJpoStatus(facts: JpoCaseFacts, source: Provenance, now: Date, registration?: JpoRegistration | null): CaseStatus {
  const today = now.toISOString().slice(0, 10);
  const law = facts.law ?? 'patent';
  const word = REGISTRATION_WORD[law];
  const regNo = registration?.registrationNumber ?? facts.registrationNumber;
  const expire = registration?.expireDate ?? facts.expireDate;
  const ended = registration?.disappearanceDate ?? facts.disappearanceDate;
  const src = registration ? registration.source : source;

  if (regNo) {
    const regDate = registration?.registrationDate ?? facts.registrationDate;
    if (ended) {
      const ranFullTerm = expire !== undefined && ended >= expire;
      return make(ranFullTerm ? 'expired' : 'lapsed', `${word}第${regNo}号 本権利消滅 ${ended}${expire ? `（存続期間満了日 ${expire}）` : ''}`, src, ended);
    }
    if (expire && expire < today) return make('expired', `${word}第${regNo}号 存続期間満了 ${expire}`, src, expire);
    return make('granted', `登録 ${word}第${regNo}号${regDate ? ` ${regDate}` : ''}${expire ? `（存続期間満了予定 ${expire}）` : ''}`, src, regDate);
  }

  const docs = [...facts.documents].filter((d) => d.date).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const decisive = lastOf(docs, ['grant-decision', 'refusal-decision', 'appeal', 'withdrawn', 'deemed-withdrawn', 'abandoned']);
  if (decisive) {
    const m = meaningOf(decisive.code, decisive.description);
    const detail = `${decisive.description} ${decisive.date}`;
    if (m === 'grant-decision') return make('granted', `${detail}（登録前）`, source, decisive.date);
    if (m === 'refusal-decision') return make('refused', detail, source, decisive.date);
    if (m === 'withdrawn' || m === 'deemed-withdrawn') return make('withdrawn', detail, source, decisive.date);
    if (m === 'abandoned') return make('abandoned', detail, source, decisive.date);
    if (m === 'appeal') return make('pending', detail, source, decisive.date);
  }

  const examRequested = docs.find((d) => meaningOf(d.code, d.description) === 'examination-requested');
  const latest = docs[docs.length - 1];
  if (examRequested) return make('pending-examination', latest ? `${latest.description} ${latest.date}` : '出願審査請求', source, examRequested.date);

  // No examination request within 3 years of filing: the application is deemed withdrawn (特許法48条の3,
  // applications filed from 2001-10-01). Only said when the filing date is known and the document list is not empty.
  // Designs and trademarks are examined without a request: the rule is the patent law's alone.
  if (law === 'patent' && facts.filingDate && docs.length > 0 && facts.filingDate >= '2001-10-01' && addYears(facts.filingDate, 3) < today) {
    return make('withdrawn', `審査請求期間経過（出願日 ${facts.filingDate}）— 取下げとみなされる`, source, addYears(facts.filingDate, 3));
  }
  if (facts.publicationDate) return make('published', `公開 ${facts.publicationDate}`, source, facts.publicationDate);
  return make(docs.length ? 'pending' : 'unknown', latest ? `${latest.description} ${latest.date}` : '', source, facts.filingDate);
}

function lastOf(docs: JpoProgressDocument[], meanings: JpoDocumentMeaning[]): JpoProgressDocument | undefined {
  for (let i = docs.length - 1; i >= 0; i--) {
    const d = docs[i];
    if (d && meanings.includes(meaningOf(d.code, d.description))) return d;
  }
  return undefined;
}

function addYears(isoDay: string, years: number): string {
  return `${String(Number(isoDay.slice(0, 4)) + years).padStart(4, '0')}${isoDay.slice(4)}`;
}

function make(state: StatusState, officeDetail: string, source: Provenance, since?: string): CaseStatus {
  return { state, officeDetail: officeDetail.trim(), ...(since && { since }), source };
}
