// Shared building blocks of the sandbox office server (contract C3): the request/reply shapes every
// office module speaks, fixture loading, recorded-header replay and a few reply builders.
// Office modules (lib/offices/<id>/sandbox.ts) import this file; the extension never does.
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import type { Catalog, OfficeId } from '../../lib/model/contracts';

export type HeaderMap = Record<string, string>;
export type FailureMode = 'expired-token' | 'quota' | 'rate-limit' | 'server-error' | 'malformed';
export const FAILURE_MODES: readonly FailureMode[] = ['expired-token', 'quota', 'rate-limit', 'server-error', 'malformed'];
/** C3's entry, plus (the project's own field) JP designs and trademarks, which have no DOCDB form:
 *  each written as the lookup box takes it. */
export type CatalogEntry = NonNullable<Catalog[OfficeId]> & {
  rights?: { number: string; law: 'design' | 'trademark'; type: 'application' | 'grant'; endpoints: string[] }[];
};

/** One request as an office module sees it: the path below `<base>/<office-id>`. */
export interface SandboxRequest {
  method: string;
  /** Path segments after the office id, percent-decoded ('' segments dropped). */
  segments: string[];
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface Reply {
  status: number;
  headers: HeaderMap;
  body: Buffer;
}

export interface OfficeSandbox {
  id: OfficeId;
  /** What `GET <base>/_catalog` lists for this office; absent when it can answer no number. */
  catalog?: CatalogEntry;
  /** CORS headers the real office sends (API-NOTES records them for OPS and ODP only). */
  cors?: HeaderMap;
  /** Token endpoints: answered before any auth check or armed failure; null when not a token request. */
  token?(req: SandboxRequest): Reply | null;
  /** null when the request carries valid credentials, else the office's own rejection. */
  authorize(req: SandboxRequest): Reply | null;
  /** The normal (recorded) answer. */
  handle(req: SandboxRequest): Reply;
  /** An armed failure rendered the way this office signals it. 'malformed' is done by the server. */
  failure(mode: Exclude<FailureMode, 'malformed'>, req: SandboxRequest): Reply;
  /** Per-reply extras (e.g. OPS quota headers) applied to every data reply, failures included. */
  decorate?(reply: Reply, req: SandboxRequest): Reply;
  /** Token offices: make every token issued so far stop working (failure mode 'expired-token'). */
  revokeTokens?(): void;
  /** Offices with later states of their cases: serve them from now on (`_control/advance`). */
  advance?(): void;
  /** Back to the first state: tokens, counters and later states. */
  reset(): void;
}

export type Clock = () => number;

/**
 * The later state of recorded cases (C3 `_control/advance`): each recorded file that has a successor —
 * a reconstructed reply with a status change, a new event, family member or search hit — is swapped for
 * it once the office is advanced, and back on reset. Successor files say "later.reconstructed" in their name.
 */
export class LaterStates {
  private advanced = false;
  constructor(private readonly successors: Readonly<Record<string, string>>) {}
  advance(): void {
    this.advanced = true;
  }
  reset(): void {
    this.advanced = false;
  }
  /** The file to serve for a recorded one in the current state. */
  file(name: string): string {
    return this.advanced ? (this.successors[name] ?? name) : name;
  }
}

/** Reads fixtures of one office folder, once each (they are small and immutable). */
export function fixtureReader(folderUrl: URL): (name: string) => Buffer {
  const cache = new Map<string, Buffer>();
  return (name) => {
    let data = cache.get(name);
    if (!data) {
      data = readFileSync(new URL(name, folderUrl));
      cache.set(name, data);
    }
    return data;
  };
}

// Hop-by-hop and per-message headers are recomputed by node:http, never replayed.
const NOT_REPLAYED = new Set(['content-length', 'connection', 'date', 'transfer-encoding', 'content-encoding', 'etag', 'keep-alive']);

/** Response headers of a recorded `headers.*.json` file ({headers: {Name: [value]}} or a flat {Name: value}). */
export function recordedHeaders(file: Buffer, keep?: (name: string) => boolean): HeaderMap {
  const parsed = JSON.parse(file.toString('utf8')) as { headers?: Record<string, string[] | string> } & Record<string, unknown>;
  const source = (parsed.headers ?? parsed) as Record<string, string[] | string>;
  const out: HeaderMap = {};
  for (const [name, value] of Object.entries(source)) {
    if (NOT_REPLAYED.has(name.toLowerCase()) || (keep && !keep(name))) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

export function reply(status: number, headers: HeaderMap, body: Buffer | string): Reply {
  return { status, headers, body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body };
}

export function jsonReply(status: number, value: unknown, headers: HeaderMap = {}): Reply {
  const body = typeof value === 'string' ? value : JSON.stringify(value);
  return reply(status, { 'Content-Type': 'application/json', ...headers }, body);
}

/** The 'malformed' failure: the right status and content type, but the body cut in half. */
export function truncated(r: Reply): Reply {
  return { ...r, body: r.body.subarray(0, Math.floor(r.body.length / 2)) };
}

/** Bearer token from an Authorization header, or null. */
export function bearer(req: SandboxRequest): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return m?.[1] ?? null;
}

export function formBody(req: SandboxRequest): URLSearchParams {
  return new URLSearchParams(req.body.toString('utf8'));
}

export function jsonBody(req: SandboxRequest): unknown {
  try {
    return JSON.parse(req.body.toString('utf8'));
  } catch {
    return null;
  }
}

/** Seconds-based token store shared by the offices with a token exchange (JPO, OPS). */
export class TokenStore {
  private access = new Map<string, number>(); // token → expiry (ms)
  private refresh = new Map<string, number>();
  private serial = 0;

  constructor(private readonly prefix: string, private readonly now: Clock) {}

  issue(accessSeconds: number, refreshSeconds?: number): { access: string; refresh?: string } {
    const n = ++this.serial;
    const access = `${this.prefix}-access-${n}-${Math.random().toString(36).slice(2, 10)}`;
    this.access.set(access, this.now() + accessSeconds * 1000);
    if (refreshSeconds === undefined) return { access };
    const refresh = `${this.prefix}-refresh-${n}-${Math.random().toString(36).slice(2, 10)}`;
    this.refresh.set(refresh, this.now() + refreshSeconds * 1000);
    return { access, refresh };
  }

  validAccess(token: string | null): boolean {
    const until = token ? this.access.get(token) : undefined;
    return until !== undefined && this.now() < until;
  }

  /** Uses up a refresh token (Keycloak rotates them): true when it was valid. */
  redeemRefresh(token: string | null): boolean {
    const until = token ? this.refresh.get(token) : undefined;
    if (!token || until === undefined) return false;
    this.refresh.delete(token);
    return this.now() < until;
  }

  revokeAccess(): void {
    this.access.clear();
  }

  clear(): void {
    this.access.clear();
    this.refresh.clear();
  }
}

/** decodeURIComponent that keeps a malformed escape as written instead of throwing. */
export function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A bare front-end error page (web server / CDN in front of the API), for paths and failures with no API body. */
export function htmlStatus(status: number, text: string): Reply {
  return reply(status, { 'Content-Type': 'text/html' }, `<html><body>${status} ${text}</body></html>`);
}
