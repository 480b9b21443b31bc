// TIPO open data rows → the shared model. Field names from TIPO's Swagger as public clients model it
// (../shared/fixtures/API-NOTES-2.md §2; fixtures/SOURCES.md names them): kebab-case keys, Western dates
// `YYYY/MM/DD`, rows in a `patentcontent` array inside one object per operation (`tw-patent-rightsI` …).
import type { Bibliographic, CaseStatus, DocRef, Party, StatusState } from '../../model/patent';
import type { Provenance } from '../../model/provenance';
import { BadResponse } from '../../transport/errors';

export type Row = Record<string, unknown>;
export const obj = (v: unknown): Row => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : {});
export const list = (v: unknown): Row[] => (Array.isArray(v) ? v.map(obj) : v && typeof v === 'object' ? [obj(v)] : []);
export const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** "2017/03/03" → "2017-03-03"; TIPO's "0/0/0" placeholders and anything else → undefined. */
export function tipoDate(v: unknown): string | undefined {
  const m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(str(v));
  if (!m || m[1] === '0000') return undefined;
  return `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
}

/**
 * Each `patentcontent` array of a reply, as one group, wherever the operation object holds it: directly
 * (`tw-patent-rightsI`), in a list of contents, or one object further down (PatentTwins:
 * `twins-announced` → `twins` → `patentcontent`, one group per pair).
 */
export function contentGroups(body: unknown, operation: string): Row[][] {
  const env = obj(body);
  if (env.status !== 'ok') throw new BadResponse('tipo', `TIPO ${operation}: not an "ok" envelope`);
  const groups: Row[][] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 3 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1));
    const bundle = value as Row;
    if (Array.isArray(bundle.patentcontent)) groups.push(list(bundle.patentcontent));
    for (const [key, inner] of Object.entries(bundle)) if (key !== 'patentcontent') visit(inner, depth + 1);
  };
  for (const [key, value] of Object.entries(env)) if (key !== 'message') visit(value, 0);
  if (groups.every((g) => g.length === 0) && Number(env['total-count'] ?? 0) > 0) throw new BadResponse('tipo', `TIPO ${operation}: ${String(env['total-count'])} rows counted but none found in the reply`);
  return groups;
}

/** Every `patentcontent` row of a reply. */
export const rowsOf = (body: unknown, operation: string): Row[] => contentGroups(body, operation).flat();

const GRANT_KIND: Record<string, string> = { I: 'B', M: 'U', D: 'S' };

export function tipoApplicationRef(applNo: string): DocRef {
  return { raw: `TW ${applNo}`, country: 'TW', type: 'application', docdb: `TW.${applNo}.A`, epodoc: null };
}
export function tipoGrantRef(patentNo: string): DocRef {
  const kind = GRANT_KIND[patentNo[0] ?? ''];
  return { raw: `TW ${patentNo}${kind ? ` ${kind}` : ''}`, country: 'TW', type: 'grant', docdb: kind ? `TW.${patentNo}.${kind}` : `TW.${patentNo}`, epodoc: `TW${patentNo}${kind ?? ''}` };
}
export function tipoPublicationRef(publishNo: string): DocRef {
  return { raw: `TW ${publishNo} A`, country: 'TW', type: 'publication', docdb: `TW.${publishNo}.A`, epodoc: `TW${publishNo}` };
}

/** Applicants (and inventors) in either of TIPO's shapes: a list of people, or a list of `{applicant: [...]}`. */
function people(container: unknown, element: string): Row[] {
  return list(container).flatMap((item) => (Array.isArray(item[element]) ? list(item[element]) : [item]));
}
const nameOf = (p: Row): string => str(p['chinese-name']) || str(p['english-name']);

function partiesOf(row: Row): Party[] {
  const parties = obj(row.parties);
  return [
    ...people(parties.applicants, 'applicant').map((p): Party => ({ name: nameOf(p), role: 'applicant', ...(str(p['country-code']) && { country: str(p['country-code']) }) })),
    ...people(parties.inventors, 'inventor').map((p): Party => ({ name: nameOf(p), role: 'inventor' })),
  ].filter((p) => p.name);
}

function titleOf(row: Row): { title: string; titles: Record<string, string> } {
  const t = obj(row['patent-title']);
  const zh = str(t['patent-name-chinese']);
  const en = str(t['patent-name-english']);
  return { title: zh || en, titles: { ...(zh && { zh }), ...(en && { en }) } };
}

function ipcOf(row: Row) {
  return list(row['classification-ipc']).flatMap((c) => (Array.isArray(c.ipc) ? list(c.ipc) : [c])).map((c) => str(c['ipc-full'])).filter(Boolean).map((symbol) => ({ scheme: 'IPC' as const, symbol }));
}

export interface TipoRight {
  biblio: Bibliographic;
  status: CaseStatus;
  /** The annuity paid up to this date (charge-expir-date) and for that year of the term. */
  paidUntil?: string;
  paidYear?: number;
}

const addMonths = (iso: string, months: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/**
 * A PatentRights row → the granted patent and its state. Revoked (revoke-date) and ended (cancel-date)
 * are TIPO's own dates; past the term's end it expired; an annuity unpaid past its date has six months
 * of grace (Patent Act Art. 94), after which the right is treated as lapsed.
 */
export function parseTipoRights(row: Row, source: Provenance, now: Date): TipoRight {
  const app = obj(row['application-reference']);
  const right = obj(row['patent-right']);
  const pub = obj(row['publication-reference']);
  const patentNo = str(right['patent-no']);
  const applNo = str(app['appl-no']);
  if (!patentNo || !applNo) throw new BadResponse('tipo', 'TIPO PatentRights: a row without patent-no or appl-no');
  const today = now.toISOString().slice(0, 10);
  const dates = {
    ...(tipoDate(app['appl-date']) && { filing: tipoDate(app['appl-date']) }),
    ...(tipoDate(pub['publish-date']) && { publication: tipoDate(pub['publish-date']) }),
    ...(tipoDate(right['licence-date']) && { grant: tipoDate(right['licence-date']) }),
    ...(tipoDate(right['patent-edate']) && { expiry: tipoDate(right['patent-edate']) }),
  };
  const paidUntil = tipoDate(right['charge-expir-date']);
  const paidYear = Number.parseInt(str(right['charge-expir-year']), 10);
  const state = ((): { state: StatusState; words: string; since?: string } => {
    const revoked = tipoDate(right['revoke-date']);
    if (revoked) return { state: 'revoked', words: `專利權撤銷 ${revoked}`, since: revoked };
    const cancelled = tipoDate(right['cancel-date']);
    if (cancelled) return { state: 'lapsed', words: `專利權消滅 ${cancelled}${str(right['cancel-result']) ? `（${str(right['cancel-result'])}）` : ''}`, since: cancelled };
    if (dates.expiry && dates.expiry < today) return { state: 'expired', words: `專利權期滿 ${dates.expiry}`, since: dates.expiry };
    if (paidUntil && addMonths(paidUntil, 6) < today) return { state: 'lapsed', words: `年費繳至 ${paidUntil}，補繳期已過`, since: addMonths(paidUntil, 6) };
    if (paidUntil && paidUntil < today) return { state: 'granted', words: `年費繳至 ${paidUntil}，補繳期中（至 ${addMonths(paidUntil, 6)}）`, ...(dates.grant && { since: dates.grant }) };
    return { state: 'granted', words: `專利權存續${paidUntil ? `，年費繳至 ${paidUntil}${Number.isFinite(paidYear) ? `（第 ${paidYear} 年）` : ''}` : ''}`, ...(dates.grant && { since: dates.grant }) };
  })();
  const { title, titles } = titleOf(row);
  const classifications = ipcOf(row);
  return {
    biblio: {
      ref: tipoGrantRef(patentNo),
      title,
      titles,
      parties: partiesOf(row),
      dates,
      numbers: [{ type: 'application', ref: tipoApplicationRef(applNo) }],
      ...(classifications.length > 0 && { classifications }),
      source,
    },
    status: { state: state.state, officeDetail: `${patentNo} ${state.words}`, ...(state.since && { since: state.since }), source },
    ...(paidUntil && { paidUntil }),
    ...(Number.isFinite(paidYear) && { paidYear }),
  };
}

/** A PatentPub row (公開): the published application, not yet or never granted. */
export function parseTipoPublication(row: Row, source: Provenance): { biblio: Bibliographic; status: CaseStatus } {
  const app = obj(row['application-reference']);
  const pub = obj(row['publication-reference']);
  const applNo = str(app['appl-no']);
  const publishNo = str(pub['publish-no']) || str(row['publish-no']);
  if (!applNo) throw new BadResponse('tipo', 'TIPO PatentPub: a row without appl-no');
  const published = tipoDate(pub['publish-date']) ?? tipoDate(pub['notice-date']);
  const { title, titles } = titleOf(row);
  const classifications = ipcOf(row);
  return {
    biblio: {
      ref: publishNo ? tipoPublicationRef(publishNo) : tipoApplicationRef(applNo),
      title,
      titles,
      parties: partiesOf(row),
      dates: { ...(tipoDate(app['appl-date']) && { filing: tipoDate(app['appl-date']) }), ...(published && { publication: published }) },
      numbers: [{ type: 'application', ref: tipoApplicationRef(applNo) }],
      ...(classifications.length > 0 && { classifications }),
      source,
    },
    status: { state: 'published', officeDetail: `公開${publishNo ? ` ${publishNo}` : ''}${published ? ` ${published}` : ''}`, ...(published && { since: published }), source },
  };
}

/** A PatentAppl row: only the filing (no title or parties on this operation). */
export function parseTipoApplication(row: Row, source: Provenance): { filing?: string; applNo: string; source: Provenance } {
  const applNo = str(row['appl-no']);
  if (!applNo) throw new BadResponse('tipo', 'TIPO PatentAppl: a row without appl-no');
  const filing = tipoDate(row['appl-date']);
  return { applNo, ...(filing && { filing }), source };
}

export interface TipoAnnuity {
  patentNo?: string;
  applNo: string;
  /** Paid up to this date, for this year of the term; the next year's fee is due by then. */
  paidUntil?: string;
  paidYear?: number;
  payments: { date?: string; fromYear?: number; toYear?: number }[];
  source: Provenance;
}

/** A PatentAnnuity row (年費): what is paid and until when. */
export function parseTipoAnnuity(row: Row, source: Provenance): TipoAnnuity {
  const applNo = str(row['appl-no']);
  if (!applNo) throw new BadResponse('tipo', 'TIPO PatentAnnuity: a row without appl-no');
  const paidUntil = tipoDate(row['charge-expir-date']);
  const paidYear = Number.parseInt(str(row['charge-expir-year']), 10);
  const year = (v: unknown) => { const n = Number.parseInt(str(v), 10); return Number.isFinite(n) ? n : undefined; };
  return {
    applNo,
    ...(str(row['patent-no']) && { patentNo: str(row['patent-no']) }),
    ...(paidUntil && { paidUntil }),
    ...(Number.isFinite(paidYear) && { paidYear }),
    payments: list(row.charges).map((c) => {
      const date = tipoDate(c['annuity-date']);
      const fromYear = year(c['annuity-beg']);
      const toYear = year(c['annuity-end']);
      return { ...(date && { date }), ...(fromYear !== undefined && { fromYear }), ...(toYear !== undefined && { toYear }) };
    }),
    source,
  };
}
