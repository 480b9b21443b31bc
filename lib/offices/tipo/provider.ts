/**
 * TIPO open data provider (issue 17 §2): a Taiwanese application, publication or grant answered by the
 * office — the right's state and its annuities (PatentRights, PatentAnnuity), the published application
 * (PatentPub), the filing (PatentAppl), and the related cases — priorities, divisionals and the Art. 32
 * twin (PatentPriority, PatentDivide, PatentTwins). The token `tk` travels in the query string, which the pipeline
 * keeps out of logs, cache keys and messages; TIPO documents no rate limit or quota (API-NOTES-2.md §2).
 */
import { fetchInfoOf, sourceOf } from '../../model/provenance-of';
import type { RefLike } from '../../model/ref-like';
import { NotFound } from '../../transport/errors';
import { checkedRequest } from '../checked-request';
import type { Capability, OfficeProvider, OfficeResponse, ProviderContext, ProviderResult } from '../provider';
import { TIPO_TOKEN_PARAM, type TipoOperation, tipoCall } from './endpoints';
import { classifyTipoReply } from './errors';
import { tipoMeta } from './meta';
import { type TipoQuery, tipoQueryOf } from './numbers';
import { type TipoAnnuity, contentGroups, obj, str, parseTipoAnnuity, parseTipoApplication, parseTipoPublication, parseTipoRights, tipoApplicationRef } from './parse';
import { tipoDivisionals, tipoPriorities, tipoTwins } from './parse-related';
import type { RelatedCase } from '../../model/patent';

const CAPABILITIES = ['status', 'biblio', 'classification', 'related'] as const satisfies readonly Capability[];

const NOT_A_TW_NUMBER = 'TIPO is asked by a TW application, publication or certificate number';

function queryOf(ref: RefLike): TipoQuery {
  const q = tipoQueryOf(ref);
  if (!q) throw new NotFound('tipo', NOT_A_TW_NUMBER);
  return q;
}

async function groups(q: TipoQuery, operation: TipoOperation, ctx: ProviderContext) {
  const req = tipoCall(operation, q.key, q.value, q.applclass);
  const res: OfficeResponse = await checkedRequest(ctx, req, (r) => classifyTipoReply(r));
  return { groups: contentGroups(res.body, operation), source: sourceOf('tipo', operation, fetchInfoOf(res)) };
}

async function rows(q: TipoQuery, operation: TipoOperation, ctx: ProviderContext) {
  const answer = await groups(q, operation, ctx);
  return { rows: answer.groups.flat(), source: answer.source };
}

/** The application a grant or publication was filed as (the register's or the gazette's row says). */
async function applicationQuery(q: TipoQuery, ctx: ProviderContext): Promise<TipoQuery> {
  if (q.key === 'applno') return q;
  const operation = q.key === 'patentno' ? 'PatentRights' : 'PatentPub';
  const [row] = (await rows(q, operation, ctx)).rows;
  const applNo = str(obj(row?.['application-reference'])['appl-no']);
  const app = applNo ? tipoQueryOf(tipoApplicationRef(applNo)) : null;
  if (!app) throw new NotFound('tipo', `TIPO has no application behind ${q.value}`);
  return app;
}

/** Priorities, divisionals and the twin of the application, asked together; none is no answer. */
async function tipoRelated(q: TipoQuery, ctx: ProviderContext): Promise<RelatedCase[] | undefined> {
  const app = await applicationQuery(q, ctx);
  const [priority, divide, twins] = await Promise.all([
    rows(app, 'PatentPriority', ctx),
    rows(app, 'PatentDivide', ctx),
    groups(app, 'PatentTwins', ctx),
  ]);
  const related = [
    ...tipoPriorities(priority.rows, priority.source),
    ...tipoDivisionals(divide.rows, app.value, divide.source),
    ...tipoTwins(twins.groups, app.value, twins.source),
  ];
  return related.length ? related : undefined;
}

/** The annuities of a granted TW patent (年費): paid until when, for which year; null when TIPO has none. */
export async function tipoAnnuity(ref: RefLike, ctx: ProviderContext): Promise<TipoAnnuity | null> {
  const answer = await rows(queryOf(ref), 'PatentAnnuity', ctx);
  const [row] = answer.rows;
  return row ? parseTipoAnnuity(row, answer.source) : null;
}

async function lookup(ref: RefLike, want: readonly Capability[], ctx: ProviderContext): Promise<ProviderResult> {
  const q = queryOf(ref);
  const result: ProviderResult = {};
  if (want.includes('related')) {
    const related = await tipoRelated(q, ctx);
    if (related) result.related = related;
    if (want.length === 1) return result;
  }
  const fill = (biblio: NonNullable<ProviderResult['biblio']>, status: NonNullable<ProviderResult['status']>) => {
    if (want.includes('status')) result.status = status;
    if (want.includes('biblio')) result.biblio = biblio;
    if (want.includes('classification')) result.classifications = biblio.classifications ?? [];
    return result;
  };
  // A grant, or an application that may have become one: the register's row says the most.
  if (q.key !== 'publishno') {
    const rights = await rows(q, 'PatentRights', ctx);
    const [row] = rights.rows;
    if (row) {
      const r = parseTipoRights(row, rights.source, new Date());
      return fill(r.biblio, r.status);
    }
    if (q.key === 'patentno') throw new NotFound('tipo', `TIPO has no patent ${q.value}`);
  }
  const pub = await rows(q, 'PatentPub', ctx);
  const [pubRow] = pub.rows;
  if (pubRow) {
    const p = parseTipoPublication(pubRow, pub.source);
    return fill(p.biblio, p.status);
  }
  if (q.key === 'publishno') throw new NotFound('tipo', `TIPO has no publication ${q.value}`);
  const appl = await rows(q, 'PatentAppl', ctx);
  const [applRow] = appl.rows;
  if (!applRow) throw new NotFound('tipo', `TIPO has no application ${q.value}`);
  const a = parseTipoApplication(applRow, appl.source);
  return fill(
    { ref: tipoApplicationRef(a.applNo), title: '', parties: [], dates: a.filing ? { filing: a.filing } : {}, source: a.source },
    { state: 'pending', officeDetail: `申請 ${a.applNo}${a.filing ? ` ${a.filing}` : ''}`, ...(a.filing && { since: a.filing }), source: a.source },
  );
}

async function testConnection(ctx: ProviderContext): Promise<void> {
  // One row of the register, never from cache: a wrong token answers "sample", which is an AuthError.
  await checkedRequest(ctx, { ...tipoCall('PatentRights', 'applno', '106123456', '1', 1), noCache: true }, (r) => classifyTipoReply(r));
}

const DAY = 24 * 3600;

export const tipoProvider: OfficeProvider = {
  id: 'tipo',
  meta: tipoMeta,
  capabilities: CAPABILITIES,
  // No documented rate limit or quota; a polite pace for an open-data service behind Cloudflare.
  limits: { perWindow: { calls: 30, windowSeconds: 60 } },
  // The open data is refreshed in batches (`-create-date`), not by the minute.
  ttlSeconds: { PatentRights: DAY, PatentPub: DAY, PatentAppl: DAY, PatentAnnuity: DAY, PatentPriority: DAY, PatentDivide: DAY, PatentTwins: DAY },
  accepts: (ref) => tipoQueryOf(ref) !== null,
  lookup,
  testConnection,
  auth: { type: 'key', apply: (credentials) => ({ query: { [TIPO_TOKEN_PARAM]: credentials.token ?? '' } }) },
  classify: (res) => classifyTipoReply(res),
};
