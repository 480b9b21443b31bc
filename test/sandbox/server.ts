// The sandbox office server (contract C3, ../shared/design/architecture.md): one node:http server on
// 127.0.0.1 that answers under `<base>/<office-id>/…` like each office API, from the recorded replies in
// lib/offices/<id>/fixtures, plus control endpoints for tests:
//   GET  <base>/_catalog           → Catalog (contracts.d.ts)
//   GET  <base>/_requests          → LoggedRequest[]   DELETE <base>/_requests → clears it
//   POST <base>/_control/failure   {office, mode, times?} → arms a failure
//   POST <base>/_control/advance   {office?} → serves the later state of the cases that have one
//   POST <base>/_control/reset     → clears tokens, failures, counters, later states and the log
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Catalog, OfficeId } from '../../lib/model/contracts';
import { FailureBoard, isFailureMode } from './failures';
import { decodeSegment, truncated, type Clock, type FailureMode, type OfficeSandbox, type Reply, type SandboxRequest } from './kit';
import { redactQuery, type LoggedRequest } from './request-log';
import { createOfficeSandboxes } from './offices';

export type { LoggedRequest } from './request-log';
export type { FailureMode } from './kit';

export interface Sandbox {
  baseUrl: string;
  close(): Promise<void>;
  /** Live request log (the same array GET /_requests returns). */
  requests: LoggedRequest[];
  setFailure(office: OfficeId, mode: FailureMode, opts?: { times?: number }): void;
  /** Later states of the cases (one office, or every office that has them); returns the offices advanced. */
  advance(office?: OfficeId): OfficeId[];
  reset(): void;
  catalog(): Catalog;
}

export interface SandboxOptions {
  port?: number;
  host?: string;
  /** Clock for token lifetimes and daily counters (tests may move time). */
  now?: Clock;
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const now = opts.now ?? Date.now;
  const offices = new Map<string, OfficeSandbox>(createOfficeSandboxes(now).map((o) => [o.id, o]));
  const failures = new FailureBoard();
  const requests: LoggedRequest[] = [];

  const catalog = (): Catalog => {
    const out: Catalog = {};
    for (const o of offices.values()) if (o.catalog) out[o.id] = o.catalog;
    return out;
  };
  const setFailure = (office: OfficeId, mode: FailureMode, o?: { times?: number }): void => {
    const target = offices.get(office);
    if (!target) throw new Error(`unknown office: ${office}`);
    // Offices with a token exchange: the tokens issued so far stop working, fresh ones work, so a
    // client that re-authenticates once succeeds (API-NOTES.md JPO Auth, OPS Auth).
    if (mode === 'expired-token' && target.revokeTokens) return target.revokeTokens();
    failures.arm(office, mode, o?.times);
  };
  const advance = (office?: OfficeId): OfficeId[] => {
    const targets = [...offices.values()].filter((o) => o.advance && (office === undefined || o.id === office));
    for (const o of targets) o.advance!();
    return targets.map((o) => o.id);
  };
  const reset = (): void => {
    failures.clear();
    requests.length = 0;
    for (const o of offices.values()) o.reset();
  };

  const server = createServer((req, res) => {
    void readBody(req)
      .then((body) => route(req, res, body))
      .catch((err: unknown) => send(res, { status: 500, headers: { 'Content-Type': 'text/plain' }, body: Buffer.from(String(err)) }));
  });

  function route(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const rawSegments = url.pathname.split('/').filter((s) => s !== '');
    const head = rawSegments[0] ?? '';
    if (head.startsWith('_')) return control(req.method ?? 'GET', rawSegments, body, res);

    const office = offices.get(head);
    if (!office) return send(res, controlJson(404, { error: `no office '${head}' in the sandbox`, offices: [...offices.keys()] }));
    const request: SandboxRequest = {
      method: req.method ?? 'GET',
      segments: rawSegments.slice(1).map(decodeSegment),
      query: url.searchParams,
      headers: req.headers,
      body,
    };
    const answer = withCors(office, answerOffice(office, request));
    requests.push({
      method: request.method,
      office: office.id,
      path: url.pathname,
      query: redactQuery(url.searchParams),
      status: answer.status,
      time: new Date(now()).toISOString(),
    });
    send(res, answer);
  }

  function answerOffice(office: OfficeSandbox, req: SandboxRequest): Reply {
    if (req.method === 'OPTIONS') return { status: 204, headers: {}, body: Buffer.alloc(0) };
    const tokenReply = office.token?.(req);
    if (tokenReply) return tokenReply;
    const rejected = office.authorize(req);
    if (rejected) return rejected;
    const decorate = (r: Reply): Reply => (office.decorate ? office.decorate(r, req) : r);
    const mode = failures.take(office.id);
    if (mode === 'malformed') return truncated(decorate(office.handle(req)));
    if (mode) return decorate(office.failure(mode, req));
    return decorate(office.handle(req));
  }

  function control(method: string, segments: string[], body: Buffer, res: ServerResponse): void {
    const path = segments.join('/');
    if (path === '_catalog' && method === 'GET') return send(res, controlJson(200, catalog()));
    if (path === '_requests' && method === 'GET') return send(res, controlJson(200, requests));
    if (path === '_requests' && method === 'DELETE') {
      requests.length = 0;
      return send(res, controlJson(200, { cleared: true }));
    }
    if (path === '_control/reset' && method === 'POST') {
      reset();
      return send(res, controlJson(200, { reset: true }));
    }
    if (path === '_control/advance' && method === 'POST') {
      let office: unknown;
      try {
        office = (JSON.parse(body.toString('utf8') || '{}') as { office?: unknown }).office;
      } catch {
        return send(res, controlJson(400, { error: 'body must be JSON {office?}' }));
      }
      if (office !== undefined && (typeof office !== 'string' || !offices.has(office))) return send(res, controlJson(400, { error: `unknown office: ${String(office)}` }));
      return send(res, controlJson(200, { advanced: advance(office as OfficeId | undefined) }));
    }
    if (path === '_control/failure' && method === 'POST') {
      let parsed: { office?: unknown; mode?: unknown; times?: unknown };
      try {
        parsed = JSON.parse(body.toString('utf8') || '{}') as typeof parsed;
      } catch {
        return send(res, controlJson(400, { error: 'body must be JSON {office, mode, times?}' }));
      }
      const { office, mode, times } = parsed;
      if (typeof office !== 'string' || !offices.has(office)) return send(res, controlJson(400, { error: `unknown office: ${String(office)}` }));
      if (!isFailureMode(mode)) return send(res, controlJson(400, { error: `unknown mode: ${String(mode)}` }));
      try {
        setFailure(office as OfficeId, mode, times === undefined ? undefined : { times: Number(times) });
      } catch (err) {
        return send(res, controlJson(400, { error: (err as Error).message }));
      }
      return send(res, controlJson(200, { armed: { office, mode, times: times ?? null } }));
    }
    send(res, controlJson(404, { error: `no control endpoint ${method} /${path}` }));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    baseUrl: `http://${host}:${address.port}`,
    requests,
    setFailure,
    advance,
    reset,
    catalog,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function withCors(office: OfficeSandbox, r: Reply): Reply {
  return office.cors ? { ...r, headers: { ...office.cors, ...r.headers } } : r;
}

// Control endpoints are the sandbox's own, so they may be read from any page (e2e, demo).
function controlJson(status: number, value: unknown): Reply {
  return {
    status,
    headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' },
    body: Buffer.from(JSON.stringify(value)),
  };
}

function send(res: ServerResponse, r: Reply): void {
  res.writeHead(r.status, { ...r.headers, 'Content-Length': String(r.body.length) });
  res.end(r.body);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
