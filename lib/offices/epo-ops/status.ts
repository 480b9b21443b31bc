import type { CaseStatus, StatusState } from '../../model/patent';
import type { Provenance } from '../../model/provenance';
import type { OpsLegalEvent } from './parse-legal';
import type { RegisterStatus } from './parse-register';

/**
 * Plain-words status from the EP Register status texts (`ep-patent-status`) or, outside the EP Register,
 * from INPADOC legal events. The office's own words go into officeDetail unchanged.
 */
const TEXT_RULES: [RegExp, StatusState][] = [
  [/revoked/i, 'revoked'],
  [/refused/i, 'refused'],
  [/deemed to be withdrawn|has been withdrawn|withdrawn/i, 'withdrawn'],
  [/lapsed|ceased/i, 'lapsed'],
  [/expired|expiry/i, 'expired'],
  [/has been granted|no opposition filed|patent maintained|opposition (?:filed|procedure)|patented case|patent grant/i, 'granted'],
  [/grant of patent is intended|examination is in progress|request for examination (?:was made|filed)|examination requested/i, 'pending-examination'],
  [/has been published|international publication|search report|published/i, 'published'],
  [/pending|application (?:filed|received)|docketed/i, 'pending'],
];

export function stateFromText(text: string): StatusState {
  for (const [re, state] of TEXT_RULES) if (re.test(text)) return state;
  return 'unknown';
}

/**
 * EP Register: the newest `ep-patent-status` (e.g. "No opposition filed within time limit" → granted).
 * A granted patent dates from its B publication (`grantDate`, the Register's mention of the grant),
 * not from the later status change, which keeps its own date beside the office's words.
 */
export function statusFromRegister(statuses: RegisterStatus[], source: Provenance, grantDate?: string): CaseStatus {
  const latest = [...statuses].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
  if (!latest) return { state: 'unknown', officeDetail: '', source };
  const state = stateFromText(latest.text);
  if (state === 'granted' && grantDate) {
    return { state, officeDetail: latest.text, since: grantDate, ...(latest.date && latest.date !== grantDate && { officeSince: latest.date }), source };
  }
  return { state, officeDetail: latest.text, ...(latest.date && { since: latest.date }), source };
}

/**
 * INPADOC legal events (newest first). Status events carry a free text (EP STAA "STATUS: THE PATENT HAS BEEN
 * GRANTED", US STCF/STCH/STCV "PATENTED CASE" …), used first. Otherwise the newest whole-case event with a
 * meaning decides; lapses in single contracting states (PG25) do not end the case. The kind code of the
 * document itself (B = granted) is the last fallback.
 */
export function statusFromLegal(events: OpsLegalEvent[], source: Provenance, docKind?: string): CaseStatus {
  const sorted = [...events].sort((a, b) => b.date.localeCompare(a.date));
  const statusEvent = sorted.find((e) => /^(STAA|STC[A-Z])$/.test(e.code) && freeText(e));
  if (statusEvent) {
    const text = freeText(statusEvent).replace(/^STATUS:\s*/i, '');
    const state = stateFromText(text);
    // "No opposition filed" is dated nine months after the grant: never shown as the grant date (issue 9 §5).
    const after = state === 'granted' && /no opposition|opposition (?:filed|procedure)|maintained/i.test(text);
    if (state !== 'unknown') return { state, officeDetail: `${statusEvent.code}: ${text}`, ...(after ? { officeSince: statusEvent.date } : { since: statusEvent.date }), source };
  }
  for (const e of sorted) {
    if (e.code === 'PG25' || e.code === 'PGFP' || e.code === 'REG') continue;
    const text = e.officeText ?? e.description;
    const state = stateFromText(text);
    if (state !== 'unknown' && state !== 'published') return { state, officeDetail: `${e.code}: ${text}`, since: e.date, source };
  }
  if (docKind?.startsWith('B')) return { state: 'granted', officeDetail: `Kind code ${docKind}`, source };
  const latest = sorted[0];
  return latest ? { state: 'published', officeDetail: `${latest.code}: ${latest.officeText ?? latest.description}`, since: latest.date, source } : { state: 'unknown', officeDetail: '', source };
}

function freeText(e: OpsLegalEvent): string {
  // officeText is "desc — free text — (country)"; the middle part is the status wording.
  const parts = (e.officeText ?? '').split(' — ');
  return parts.length > 1 ? (parts[1] ?? '') : '';
}

/**
 * A granted patent whose 20-year term from filing has run out is expired (EPC Art. 63(1); the same term
 * for JP, US utility filings from 1995, and most offices). Extensions (SPCs, US PTA) are not visible here,
 * so the detail says which rule was applied.
 */
export function applyTerm(status: CaseStatus, filingDate: string | undefined, now: Date): CaseStatus {
  if (status.state !== 'granted' || !filingDate) return status;
  const end = `${Number(filingDate.slice(0, 4)) + 20}${filingDate.slice(4)}`;
  if (end >= now.toISOString().slice(0, 10)) return status;
  return { ...status, state: 'expired', officeDetail: `${status.officeDetail} (20-year term from filing ${filingDate} ended ${end})`, since: end };
}
