// JPO 特許情報取得API replay for the sandbox office server (test/sandbox, contract C3). Node-only: the
// extension never imports this file. Facts: ../shared/fixtures/API-NOTES.md §1 (JPO).
import {
  LaterStates, TokenStore, bearer, fixtureReader, formBody, jsonReply, recordedHeaders, reply,
  type Clock, type OfficeSandbox, type Reply,
} from '../../../test/sandbox/kit';

const fixture = fixtureReader(new URL('./fixtures/', import.meta.url));

type Law = 'patent' | 'design' | 'trademark';
interface Recorded { file: string; zipName?: string }

// Recorded replies, keyed `<law>/<endpoint>/<param…>` exactly as the request path names them.
const RECORDED: Record<string, Recorded> = {
  'patent/app_progress/2020123456': { file: 'app_progress.2020123456.json' },
  'patent/app_progress_simple/2020123456': { file: 'app_progress_simple.2020123456.json' },
  'patent/divisional_app_info/2020123456': { file: 'divisional_app_info.2020123456.json' },
  'patent/priority_right_app_info/2020123456': { file: 'priority_right_app_info.2020123456.json' },
  'patent/applicant_attorney_cd/000003207': { file: 'applicant_attorney_cd.000003207.json' },
  'patent/applicant_attorney/トヨタ自動車株式会社': { file: 'applicant_attorney.by-name-toyota.json' },
  'patent/case_number_reference/application/2020123456': { file: 'case_number_reference.application.2020123456.json' },
  'patent/case_number_reference/publication/2020123456': { file: 'case_number_reference.publication.2020123456.json' },
  'patent/app_doc_cont_opinion_amendment/2020123456': { file: 'app_doc_cont_opinion_amendment.2020123456.zip' },
  'patent/app_doc_cont_refusal_reason_decision/2020123456': { file: 'app_doc_cont_refusal_reason_decision.2020123456.zip' },
  'patent/app_doc_cont_refusal_reason/2020123456': { file: 'app_doc_cont_refusal_reason.2020123456.zip' },
  'patent/cite_doc_info/2020123456': { file: 'cite_doc_info.2020123456.json' },
  'patent/registration_info/2020123456': { file: 'registration_info.2020123456.json' },
  'patent/jpp_fixed_address/2020123456': { file: 'jpp_fixed_address.2020123456.json' },
  'patent/pct_national_phase_application_number/international_application/JP9999999999': {
    file: 'pct_national_phase_application_number.international_application.JP9999999999.status107.json',
  },
  // RECONSTRUCTED (only the no-data reply of this endpoint was recorded): see fixtures/SOURCES.md.
  'patent/pct_national_phase_application_number/international_application/US2003021714': {
    file: 'pct_national_phase_application_number.international_application.US2003021714.reconstructed.json',
  },
  'design/app_progress/2020015234': { file: 'design.app_progress.2020015234.json' },
  'design/jpp_fixed_address/2020015234': { file: 'design.jpp_fixed_address.2020015234.json' },
  // RECONSTRUCTED from the recorded design app_progress (its registration number): see fixtures/SOURCES.md.
  'design/case_number_reference/registration/1680736': { file: 'design.case_number_reference.registration.1680736.reconstructed.json' },
  'design/app_doc_cont_opinion_amendment/2021019500': { file: 'design.app_doc_cont_opinion_amendment.2021019500.zip' },
  'design/app_doc_cont_refusal_reason/2021019500': { file: 'design.app_doc_cont_refusal_reason.2021019500.zip' },
  'trademark/app_progress/2024123456': { file: 'trademark.app_progress.2024123456.json' },
  'trademark/app_doc_cont_refusal_reason/2024123456': { file: 'trademark.app_doc_cont_refusal_reason.2024123456.zip' },
  'trademark/app_doc_cont_refusal_reason_decision/2024123456': { file: 'trademark.app_doc_cont_refusal_reason_decision.2024123456.zip' },
};

// One Portal Dossier (`/opdapi/patent/v1/…`): every reply RECONSTRUCTED — no OPD reply was ever recorded
// (../shared/fixtures/API-NOTES-JPO-OPD.md §6; each file's header says which values were seen live).
const OPD_RECORDED: Record<string, string> = {
  'family/application/JP.2015500001.A': 'opd/family.application.JP.2015500001.A.reconstructed.xml',
  'family/publication/JP.6249966.B2': 'opd/family.publication.JP.6249966.B2.reconstructed.xml',
  'family_list/application/JP.2015500001.A': 'opd/family_list.application.JP.2015500001.A.reconstructed.xml',
  'global_doc_list/JP.2007550210.A': 'opd/global_doc_list.JP.2007550210.A.reconstructed.xml',
  'global_cite_class/JP.2007550210.A': 'opd/global_cite_class.JP.2007550210.A.reconstructed.xml',
  // A one-page placeholder PDF written for the sandbox (no OPD document was ever recorded).
  'global_doc_cont/JP.2007550210.A/Written_Amendment_51201606245_JP': 'opd/global_doc_cont.placeholder.reconstructed.pdf',
};
// Endpoint → path parameters and daily cap (HB v1.4 Table 4, API-NOTES-JPO-OPD §1.3).
const OPD_ENDPOINTS: Record<string, { params: 1 | 2; cap: number; file?: true }> = {
  family: { params: 2, cap: 100 },
  family_list: { params: 2, cap: 300 },
  global_doc_list: { params: 1, cap: 300 },
  global_cite_class: { params: 1, cap: 100 },
  global_doc_cont: { params: 2, cap: 100, file: true },
  jp_doc_cont: { params: 2, cap: 100, file: true },
};
/** The sandbox's JPO account without an OPD registration: `<id>-no-opd`, same password. */
export const NO_OPD_SUFFIX = '-no-opd';

// Later states (C3 `_control/advance`), RECONSTRUCTED: 2020-123456 (patent 7533889) after a year-4 patent
// fee, paid 2026-11-16 — one more 特許料納付書 under the registration and the register's next due date a
// year on. See fixtures/SOURCES.md.
const LATER: Record<string, string> = {
  'app_progress.2020123456.json': 'app_progress.2020123456.later.reconstructed.json',
  'registration_info.2020123456.json': 'registration_info.2020123456.later.reconstructed.json',
};

// Endpoint → number of path parameters and daily cap (API-NOTES.md JPO endpoint table, [JPO-HB] Tables 1-3).
const ENDPOINTS: Record<string, { params: 1 | 2; cap: number; appNo?: true }> = {
  app_progress: { params: 1, cap: 400, appNo: true },
  app_progress_simple: { params: 1, cap: 400, appNo: true },
  divisional_app_info: { params: 1, cap: 30, appNo: true },
  priority_right_app_info: { params: 1, cap: 30, appNo: true },
  applicant_attorney_cd: { params: 1, cap: 200 },
  applicant_attorney: { params: 1, cap: 200 },
  case_number_reference: { params: 2, cap: 50 },
  app_doc_cont_opinion_amendment: { params: 1, cap: 100, appNo: true },
  app_doc_cont_refusal_reason_decision: { params: 1, cap: 100, appNo: true },
  app_doc_cont_refusal_reason: { params: 1, cap: 100, appNo: true },
  cite_doc_info: { params: 1, cap: 100, appNo: true },
  registration_info: { params: 1, cap: 50, appNo: true },
  jpp_fixed_address: { params: 1, cap: 200, appNo: true },
  pct_national_phase_application_number: { params: 2, cap: 100 },
};

// statusCode texts from the JPO status table (https://ip-data.jpo.go.jp/pages/api_status.html as quoted
// in API-NOTES.md's sources); bodies carrying them are RECONSTRUCTED unless a fixture says otherwise.
const STATUS_TEXT: Record<string, string> = {
  '203': '1日のアクセス上限を超過しました。',
  '204': 'パラメーターの入力された値に問題があります。',
  '210': '無効なトークンです。',
  '301': '指定されたURLは存在しません。',
  '303': 'アクセスが集中しています。',
  '999': '想定外のエラーが発生しました。',
};

// Recorded reply headers (fixtures/headers.*.json) without the CloudFront/API Gateway request ids.
const cdnFree = (name: string): boolean => !/^(x-amz|via$|x-cache$)/i.test(name);
const JSON_HEADERS = recordedHeaders(fixture('headers.app_progress.json'), cdnFree);
const ZIP_HEADERS = recordedHeaders(fixture('headers.app_doc_cont_refusal_reason.zip-response.json'), (n) => cdnFree(n) && n !== 'Content-Disposition');
const TOKEN_HEADERS = recordedHeaders(fixture('headers.token.json'), cdnFree);

function envelope(statusCode: string, remain: string, httpStatus = 200): Reply {
  const body = { result: { statusCode, errorMessage: STATUS_TEXT[statusCode] ?? '', remainAccessCount: remain, data: {} } };
  return jsonReply(httpStatus, body, JSON_HEADERS);
}

// Zip file names follow the one recorded Content-Disposition (docContRefusalReason_<appNo>.zip);
// the other endpoints' names are derived the same way (reconstructed).
function zipName(endpoint: string, param: string): string {
  const camel = endpoint.replace(/^app_/, '').replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  return `${camel}_${param}.zip`;
}

const REMAIN = /"remainAccessCount":"\d*"/;
function remainIn(file: string): number | undefined {
  const m = /"remainAccessCount":"(\d+)"/.exec(fixture(file).toString('utf8'));
  return m ? Number(m[1]) : undefined;
}

function jstDay(ms: number): string {
  return new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);
}

export function createJpoSandbox(creds: { id: string; password: string }, now: Clock): OfficeSandbox {
  const tokens = new TokenStore('sandbox-jpo', now);
  // Tokens (access and refresh) issued to the account without OPD.
  const noOpd = new Set<string>();
  const later = new LaterStates(LATER);
  // Calls left today per `<law>/<endpoint>`; reset at 00:00 JST (API-NOTES.md "per day").
  let remaining = new Map<string, number>();
  let day = jstDay(now());

  const firstRemain = (law: Law, endpoint: string): number => {
    for (const [key, rec] of Object.entries(RECORDED)) {
      if (key.startsWith(`${law}/${endpoint}/`) && rec.file.endsWith('.json')) {
        const v = remainIn(rec.file);
        if (v !== undefined) return v;
      }
    }
    // OPD: no reply was recorded; the first call of a day leaves the cap less this one.
    const opd = OPD_ENDPOINTS[endpoint.replace(/^opd\./, '')];
    if (endpoint.startsWith('opd.') && opd) return opd.cap - 1;
    return ENDPOINTS[endpoint]?.cap ?? 100;
  };

  /** Counts one call; returns the remainAccessCount to report, or null when the day's cap is used up. */
  const count = (law: Law, endpoint: string): number | null => {
    if (jstDay(now()) !== day) {
      day = jstDay(now());
      remaining = new Map();
    }
    const key = `${law}/${endpoint}`;
    const before = remaining.get(key);
    if (before === 0) return null;
    const left = before === undefined ? firstRemain(law, endpoint) : before - 1;
    remaining.set(key, left);
    return left;
  };

  const tokenReply = (withoutOpd = false): Reply => {
    const issued = tokens.issue(3600, 28800);
    if (withoutOpd) for (const t of [issued.access, issued.refresh]) if (t) noOpd.add(t);
    // Shape and lifetimes of the recorded Keycloak reply (fixtures/token.json), with fresh values.
    const recorded = JSON.parse(fixture('token.json').toString('utf8')) as Record<string, unknown>;
    return jsonReply(200, {
      ...recorded,
      access_token: issued.access,
      refresh_token: issued.refresh,
      id_token: 'sandbox-jpo-id-token',
      session_state: 'sandbox-session',
    }, TOKEN_HEADERS);
  };

  const OPD_XML = { 'Content-Type': 'application/xml' };
  /** The OPD routes: XML replies, the JSON envelope for errors of the file endpoints and for 203 (§1.6). */
  const opd = (req: Parameters<OfficeSandbox['handle']>[0]): Reply => {
    const [, law, version, endpoint, ...params] = req.segments;
    const spec = endpoint ? OPD_ENDPOINTS[endpoint] : undefined;
    if (law !== 'patent' || version !== 'v1' || !spec || params.length !== spec.params) return envelope('301', '');
    if (noOpd.has(bearer(req) ?? '')) return reply(403, { 'Content-Type': 'application/json' }, '{"message":"Forbidden"}');
    const left = count('patent', `opd.${endpoint}`);
    // The daily cap arrives as the JSON envelope even on OPD (reconstructed fixture status203-…).
    if (left === null) return reply(200, { 'Content-Type': 'application/json' }, fixture('opd/status203-daily-limit.json-envelope.reconstructed.json'));
    const file = OPD_RECORDED[[endpoint, ...params].join('/')];
    if (!file) {
      if (spec.file) return envelope('107', String(left));
      const body = fixture('opd/status107-no-data.xml-envelope.reconstructed.xml').toString('utf8');
      return reply(200, OPD_XML, body.replace(/<remainAccessCount>\d*</, `<remainAccessCount>${left}<`));
    }
    if (spec.file) return reply(200, { 'Content-Type': file.endsWith('.pdf') ? 'application/pdf' : 'application/zip' }, fixture(file));
    return reply(200, OPD_XML, fixture(file).toString('utf8').replace(/<remainAccessCount>\d*</, `<remainAccessCount>${left}<`));
  };

  return {
    id: 'jpo',
    catalog: {
      numbers: [
        { docdb: 'JP.2020123456.A', type: 'application', endpoints: endpointsFor('2020123456', { except: ['case_number_reference/publication'] }) },
        { docdb: 'JP.2020123456.A', type: 'publication', endpoints: ['case_number_reference/publication'] },
        // PCT/US2003/021714 → JP national phase 2005-505120 (reconstructed reply, see fixtures/SOURCES.md).
        { docdb: 'US.2003021714.W', type: 'application', endpoints: ['pct_national_phase_application_number/international_application'] },
        // One Portal Dossier (reconstructed replies, see fixtures/SOURCES.md).
        { docdb: 'JP.2015500001.A', type: 'application', endpoints: ['opd/family/application', 'opd/family_list/application'] },
        { docdb: 'JP.6249966.B2', type: 'grant', endpoints: ['opd/family/publication'] },
        { docdb: 'JP.2007550210.A', type: 'application', endpoints: ['opd/global_doc_list', 'opd/global_cite_class', 'opd/global_doc_cont'] },
      ],
      // Designs and trademarks have no DOCDB form: named as the lookup box takes them.
      rights: [
        { number: '意願2020-015234', law: 'design', type: 'application', endpoints: endpointsFor('2020015234', { law: 'design' }) },
        { number: '意匠登録第1680736号', law: 'design', type: 'grant', endpoints: endpointsFor('1680736', { law: 'design' }) },
        { number: '意願2021-019500', law: 'design', type: 'application', endpoints: endpointsFor('2021019500', { law: 'design' }) },
        { number: '商願2024-123456', law: 'trademark', type: 'application', endpoints: endpointsFor('2024123456', { law: 'trademark' }) },
      ],
    },

    // POST /auth/token: password and refresh_token grants (API-NOTES.md JPO Auth). Rejections are the
    // standard Keycloak replies (RECONSTRUCTED: the token endpoint is Keycloak per the recorded token.json
    // shape; no rejection was recorded). statusCode 212 "invalid credentials" lives in the API envelope
    // table, not at the token endpoint, so it is not used here.
    token(req) {
      if (req.segments.join('/') !== 'auth/token') return null;
      if (req.method !== 'POST') return jsonReply(405, { error: 'method_not_allowed' });
      const form = formBody(req);
      const grant = form.get('grant_type');
      if (grant === 'password') {
        if (form.get('username') === creds.id && form.get('password') === creds.password) return tokenReply();
        if (form.get('username') === `${creds.id}${NO_OPD_SUFFIX}` && form.get('password') === creds.password) return tokenReply(true);
        return jsonReply(401, { error: 'invalid_grant', error_description: 'Invalid user credentials' });
      }
      if (grant === 'refresh_token') {
        if (tokens.redeemRefresh(form.get('refresh_token'))) return tokenReply(noOpd.has(form.get('refresh_token') ?? ''));
        return jsonReply(400, { error: 'invalid_grant', error_description: 'Invalid refresh token' });
      }
      return jsonReply(400, { error: 'unsupported_grant_type', error_description: 'Unsupported grant type' });
    },

    // No or stale bearer token: HTTP 401 with statusCode 210 (API-NOTES.md JPO Auth: seen live for a call
    // without a token; body RECONSTRUCTED in the common envelope).
    authorize(req) {
      return tokens.validAccess(bearer(req)) ? null : envelope('210', '', 401);
    },

    handle(req) {
      if (req.segments[0] === 'opdapi') return opd(req);
      const [api, lawSeg, version, endpoint, ...params] = req.segments;
      const law = lawSeg as Law;
      const spec = endpoint ? ENDPOINTS[endpoint] : undefined;
      if (api !== 'api' || !['patent', 'design', 'trademark'].includes(law) || version !== 'v1' || !spec || params.length !== spec.params) {
        return envelope('301', '');
      }
      const left = count(law, endpoint!);
      if (left === null) return envelope('203', '0');
      const param = params.join('/');
      if (spec.appNo && !/^\d{10}$/.test(param)) return envelope('204', String(left));
      const rec = RECORDED[`${law}/${endpoint}/${param}`];
      if (!rec) {
        // Unknown number: the recorded 107 no-data reply, with this endpoint's counter.
        const body = fixture('app_progress.9999999999.status107-no-data.json').toString('utf8');
        return reply(200, JSON_HEADERS, body.replace(REMAIN, `"remainAccessCount":"${left}"`));
      }
      if (rec.file.endsWith('.zip')) {
        return reply(200, { ...ZIP_HEADERS, 'Content-Disposition': `attachment;filename=${zipName(endpoint!, param)}` }, fixture(rec.file));
      }
      const body = fixture(later.file(rec.file)).toString('utf8');
      return reply(200, JSON_HEADERS, body.replace(REMAIN, `"remainAccessCount":"${left}"`));
    },

    failure(mode) {
      switch (mode) {
        case 'expired-token': return envelope('210', '', 401);
        case 'quota': return envelope('203', '0');
        case 'rate-limit': return envelope('303', '');
        case 'server-error': return envelope('999', '');
      }
    },

    revokeTokens: () => tokens.revokeAccess(),
    advance: () => later.advance(),
    reset() {
      tokens.clear();
      noOpd.clear();
      later.reset();
      remaining = new Map();
    },
  };
}

/**
 * The recorded endpoints of one number under one law: `<endpoint>[/<kind>]` for patents, as C3 names
 * them, `<law>/<endpoint>[/<kind>]` for designs and trademarks.
 */
function endpointsFor(param: string, { law = 'patent', except = [] }: { law?: Law; except?: string[] } = {}): string[] {
  const out: string[] = [];
  for (const key of Object.keys(RECORDED)) {
    const [keyLaw, endpoint, ...rest] = key.split('/');
    if (keyLaw !== law || rest[rest.length - 1] !== param) continue;
    const name = [endpoint, ...rest.slice(0, -1)].join('/');
    if (!except.includes(name)) out.push(law === 'patent' ? name : `${law}/${name}`);
  }
  return out;
}
