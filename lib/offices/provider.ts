import type { RightLaw } from '../model/right';
import type { OfficeId } from '../model/contracts';
import type {
  Bibliographic,
  DocumentText,
  TermEntry,
  CaseStatus,
  Citation,
  Classification,
  DocumentLink,
  Family,
  LegalEvent,
  RelatedCase,
} from '../model/patent';
import type { PatentRef } from '../numbers';
import type { OfficeMeta } from './office-meta';
import type { OfficeError, OfficeErrorData } from '../transport/errors';
import type { Provenance } from '../model/provenance';
import type { ReadableDocument } from '../model/readable-document';

/** What an office can answer; the UI shows tabs and the router asks offices by these. */
/** `procedure`: the office's own procedural events (EP Register events and steps), for the timeline. */
/** `texts`: the family's own titles, abstracts and claims in each language (the Terms tab's parallel text). */
/** `terms`: a termbase (PEARL) — asked through `searchTerms`, never routed a patent number. */
export type Capability = 'status' | 'biblio' | 'family' | 'legal' | 'procedure' | 'citations' | 'classification' | 'related' | 'documents' | 'texts' | 'search' | 'terms';

/**
 * One HTTP call as an office describes it. The provider never calls fetch: it hands this to the
 * office-bound `request` of its context, which runs it through the transport pipeline
 * (cache → quota → rate limit → auth → retry → fetch → error mapping).
 */
export interface OfficeRequest {
  /** Endpoint name used for quota, cache TTL, logs and provenance, e.g. 'app_progress' or 'biblio'. */
  endpoint: string;
  method?: 'GET' | 'POST';
  /** Path after the office base URL, already encoded, e.g. '/api/patent/v1/app_progress/2020123456'. */
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
  /** How the body is read. 'bytes' for archives (JPO documents). */
  responseType: 'json' | 'text' | 'bytes';
  /** Cache key override; default is method + path + query. Never includes a secret. */
  cacheKey?: string;
  /** Skip the cache (e.g. "Test connection"). */
  noCache?: boolean;
  /** A stricter window inside the office's own (OfficeLimits.lanes): the JPO's OPD calls, 5 a minute. */
  lane?: string;
  /** A POST that only reads (ODP and Lens searches): cached like a GET, under `cacheKey`. */
  readOnly?: boolean;
  /** Names of query parameters that carry a secret (KIPRIS accessKey, TIPO token): removed from logs and cache keys. */
  secretQuery?: string[];
}

/**
 * One reply. `body` per responseType: 'text' → string; 'json' → parsed JSON, or the raw text when it
 * does not parse (classify sees it; a 2xx that does not parse becomes BadResponse); 'bytes' →
 * Uint8Array, except a reply whose Content-Type says JSON (JPO's envelope for big or missing
 * documents), which is parsed like 'json'.
 */
export interface OfficeResponse<T = unknown> {
  status: number;
  headers: Record<string, string>; // lower-case names
  body: T;
  fetchedAt: string;
  fromCache: boolean;
  /** A refresh failed and this is the last good copy; `staleBecause` says why. Put both into Provenance. */
  stale: boolean;
  staleBecause?: OfficeErrorData;
}

export interface ProviderContext {
  request<T = unknown>(req: OfficeRequest): Promise<OfficeResponse<T>>;
  lang: 'en' | 'ja';
  signal?: AbortSignal;
}

/** Declared limits, cited from the office's documentation; transport builds limiter and ledger from them. */
export interface OfficeLimits {
  /** Calls per rolling window for the whole office. */
  perWindow?: { calls: number; windowSeconds: number };
  /** Stricter windows for the requests that name them (OfficeRequest.lane), on top of perWindow. */
  lanes?: Record<string, { calls: number; windowSeconds: number }>;
  /** Daily caps per endpoint and the timezone in which the day resets (JPO: Asia/Tokyo). */
  daily?: { perEndpoint: Record<string, number>; resetTimeZone: string };
  /** Calls per calendar month for the whole office (KIPRIS Plus free tier: 1,000), reset on the 1st in `resetTimeZone`. */
  monthly?: { calls: number; resetTimeZone: string };
  /** Bytes per week (OPS fair use), default limit; the user may change it in options. */
  weeklyBytes?: number;
  /** How many calls may be in flight at once (default 2). */
  concurrency?: number;
}

/** An access token as the token manager keeps it in storage.session. Times are epoch milliseconds. */
export interface TokenGrant {
  accessToken: string;
  expiresAt: number;
  refreshToken?: string;
  refreshExpiresAt?: number;
}

/**
 * OAuth-style offices (JPO password grant + refresh token, OPS client credentials, PEARL).
 * The token manager (lib/transport/token.ts) calls these; it fetches one token at a time per office.
 */
export interface TokenAuth {
  type: 'token';
  /**
   * The token request, path relative to the office base URL (JPO '/auth/token', OPS '/auth/accesstoken').
   * With `refreshToken` it is the refresh grant (JPO); offices without refresh ignore it.
   */
  tokenRequest(credentials: Record<string, string>, refreshToken?: string): OfficeRequest;
  /**
   * Read the token reply. Transport has already turned network failures, 429 and 5xx into
   * OfficeDown / RateLimited; every other status lands here. Throw AuthError for rejected
   * credentials with a message that says which part is wrong when the office tells (bad id, bad secret),
   * and officeCode 'bad-id' | 'bad-secret' | 'bad-credentials' | the office's own code.
   */
  parseToken(res: OfficeResponse, now: number): TokenGrant;
  /** Headers for a data call; default `Authorization: Bearer <token>`. */
  authorize?(accessToken: string): Record<string, string>;
  /** Did the office reject the token on a data call (JPO: HTTP 401 or statusCode 210; OPS: 400 invalid_access_token)? Then refresh once and retry. */
  isTokenRejected(res: OfficeResponse): boolean;
}

/** Offices with a plain key (USPTO ODP header, KIPRIS/TIPO query parameter, Lens token). */
export interface KeyAuth {
  type: 'key';
  /**
   * Where the key goes; query parameters named here are also treated as secrets (removed from logs and
   * cache keys). The request is given because one office may name its key differently per gateway (KIPRIS).
   */
  apply(credentials: Record<string, string>, req: OfficeRequest): { headers?: Record<string, string>; query?: Record<string, string> };
}

export type OfficeAuth = TokenAuth | KeyAuth;

/** What one reply says about the office's quota (read by the quota ledger). */
export interface QuotaSignal {
  /** Calls left today for this endpoint (JPO result.remainAccessCount). */
  remainingToday?: number;
  /** Bytes used this week (OPS X-RegisteredQuotaPerWeek-Used). */
  weeklyBytesUsed?: number;
  /** Bytes used in the rolling hour (OPS X-IndividualQuotaPerHour-Used). */
  hourlyBytesUsed?: number;
  /** The office's own words for its current load, shown in the popup (OPS X-Throttling-Control, e.g. 'busy (inpadoc=yellow:45, …)'). */
  throttle?: string;
}

/** A downloaded office document (JPO refusal reasons …), for open/save in the side panel. */
export interface FetchedDocument {
  fileName: string;
  mediaType: string;
  /** The file as the office sent it ("Save"). */
  bytes: Uint8Array;
  /** Its text as headings and paragraphs ("Open"): office markup is never rendered. */
  readable?: ReadableDocument;
  source: Provenance;
}

export interface ProviderResult {
  status?: CaseStatus;
  biblio?: Bibliographic;
  family?: Family;
  legal?: LegalEvent[];
  procedure?: LegalEvent[];
  citations?: Citation[];
  classifications?: Classification[];
  related?: RelatedCase[];
  documents?: DocumentLink[];
  texts?: DocumentText[];
}

/** The one interface every office folder implements (aesthetics.md §16.2). */
export interface OfficeProvider {
  id: OfficeId;
  meta: OfficeMeta;
  capabilities: readonly Capability[];
  limits: OfficeLimits;
  /** Cache time-to-live per endpoint, seconds. */
  ttlSeconds: Record<string, number>;
  /** Can this office answer questions about this reference at all? */
  accepts(ref: PatentRef): boolean;
  /** JP designs and trademarks this office answers besides patents (the JPO); no other office is asked for them. */
  rights?: readonly RightLaw[];
  /** Fetch what is asked for; omit what the office does not have. Throws OfficeError subclasses. */
  lookup(ref: PatentRef, want: readonly Capability[], ctx: ProviderContext): Promise<ProviderResult>;
  /** The cheapest authenticated call, to tell the user whether their credentials work. */
  testConnection(ctx: ProviderContext): Promise<void>;
  /** How credentials are sent; absent = the office needs none. */
  auth?: OfficeAuth;
  /**
   * Map one reply to the taxonomy (errors.ts of the office): an OfficeError for a failure (JPO 203 →
   * QuotaExceeded with resetsAt next 00:00 JST, 303 → RateLimited, 212 → AuthError; OPS fault XML …),
   * 'ok' to accept a reply the default mapping would reject, undefined to fall back to the default
   * HTTP mapping (401/403 auth, 404 not found, 429 rate limit, 5xx office down). Called for every reply,
   * including HTTP 200 (JPO reports errors inside 200 bodies). Not called for token requests (parseToken is).
   */
  classify?(res: OfficeResponse, req: OfficeRequest): OfficeError | 'ok' | undefined;
  /** Read quota information from a reply (any status). */
  quotaSignals?(res: OfficeResponse, req: OfficeRequest): QuotaSignal;
  /** A termbase's concepts for a term (capability 'terms'). */
  searchTerms?(query: { term: string; source: string; targets: string[]; limit?: number }, ctx: ProviderContext): Promise<TermEntry[]>;
  /** Download one document listed in ProviderResult.documents. */
  fetchDocument?(ref: PatentRef, documentId: string, ctx: ProviderContext): Promise<FetchedDocument>;
}
