import * as v from 'valibot';
import type { LookupResult, OfficeId, QuotaRow, SourceOutcome } from '../model/contracts';
import type { OfficeErrorData } from '../transport/errors';
import type { TabFindings } from '../model/findings';
import type { FoundNumber } from '../numbers/types';
import type { DocumentList, DocumentPayload, LookupDetails, OfficeState, TimelineAnswer } from '../lookup/types';
import type { JpoExtraAnswer } from '../lookup/jpo-extras';
import type { RouteRule } from '../offices/routing';
import { CARD_EVENTS } from '../card/card-event';
import { readingSchema, rightSchema, type Reading } from './reading';
import type { Conversion } from '../classification/convert';
import { TERM_LANGUAGES } from '../terms/language';
import type { FamilySection, PearlApiSection } from '../terms/terms-service';
import type { FamilyTexts } from '../lookup/lookup-service';
import type { WatchChange } from '../model/contracts';
import type { CaseSnapshot, ChangeRecord, WatchList, WatchedCase } from '../watch/model';
import type { SavedSearch, SearchHit } from '../watch/saved-search';
import { SEARCH_OFFICES, type SearchOffice } from '../watch/search-offices';
import type { AddResult, ImportReport } from '../watch/watch-service';
import type { Deadline } from '../watch/deadlines';
import type { TipoAnnuity } from '../offices/tipo/parse';

/** The popup's quota view: rows per office and endpoint, plus key and token state per office. */
export interface QuotaView {
  rows: QuotaRow[];
  offices: OfficeState[];
}

/**
 * Every message between a content script / extension page and the background, in one table
 * (aesthetics.md §16.4). Each entry says who may send it and how its request must look; the
 * router validates both before a handler runs, because content scripts live inside hostile pages.
 *
 * Senders: 'content' = a content script in a web page tab; 'ui' = an extension page (popup,
 * side panel, options). Keys and tokens never appear in any response.
 */
export type Sender = 'content' | 'ui';

const text = v.pipe(v.string(), v.maxLength(2_000));
const url = v.pipe(v.string(), v.maxLength(8_192));
const cardSession = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/));
const watchId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const watchKey = v.pipe(v.string(), v.minLength(1), v.maxLength(400));
const interval = v.pipe(v.number(), v.integer(), v.minValue(60), v.maxValue(60 * 24 * 31));
const officeId = v.picklist(['jpo', 'epo-ops', 'uspto-odp', 'kipris', 'tipo', 'lens', 'pearl']);

export const messages = {
  /** A content script starting in a frame: is PatentPeek on for this site? */
  'content/hello': { senders: ['content'], request: v.object({ url }) },
  /** Options page: current settings, secrets masked. */
  'settings/get': { senders: ['ui'], request: v.object({}) },
  /** Options page: merge a patch into settings (credentials included; only the background writes them). */
  'settings/save': {
    senders: ['ui'],
    request: v.object({
      offices: v.optional(
        v.record(
          v.string(),
          v.object({
            enabled: v.optional(v.boolean()),
            baseUrl: v.optional(v.pipe(v.string(), v.maxLength(500))),
            /** Only the fields being changed; an empty string clears a field. */
            credentials: v.optional(v.record(v.string(), v.pipe(v.string(), v.maxLength(2_000)))),
          }),
        ),
      ),
      ui: v.optional(v.object({ hoverDelayMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5_000))) })),
      opsWeeklyLimitBytes: v.optional(v.pipe(v.number(), v.minValue(0))),
      kiprisMonthlyCalls: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000_000))),
      detection: v.optional(v.object({ rights: v.optional(v.boolean()) })),
    }),
  },
  /** Content script: this frame's numbers, one item per document (issue 5 §4). */
  'findings/report': {
    senders: ['content'],
    request: v.object({
      url,
      settled: v.boolean(),
      items: v.pipe(
        v.array(
          v.object({
            raw: v.pipe(v.string(), v.maxLength(200)),
            country: v.pipe(v.string(), v.maxLength(4)),
            type: v.picklist(['application', 'publication', 'grant']),
            docdb: v.nullable(v.pipe(v.string(), v.maxLength(100))),
            epodoc: v.nullable(v.pipe(v.string(), v.maxLength(100))),
            count: v.pipe(v.number(), v.integer(), v.minValue(1)),
            number: v.optional(v.pipe(v.string(), v.maxLength(40))),
            right: v.optional(rightSchema),
          }),
        ),
        v.maxLength(10_000),
      ),
    }),
  },
  /** Side panel: the numbers found in a tab (all frames). */
  'findings/get': { senders: ['ui'], request: v.object({ tabId: v.pipe(v.number(), v.integer()) }) },
  /** Popup: is PatentPeek on for this page's site, and globally? */
  'site/get': { senders: ['ui'], request: v.object({ url }) },
  /** Popup: switch PatentPeek off/on for one host, or globally. */
  'site/set': {
    senders: ['ui'],
    request: v.object({ host: v.optional(v.pipe(v.string(), v.maxLength(253))), siteEnabled: v.optional(v.boolean()), globalEnabled: v.optional(v.boolean()) }),
  },
  /** Hover card: open the side panel on a number as read (sent inside the click, which counts as the user gesture). */
  'panel/open': { senders: ['ui'], request: v.object({ reading: readingSchema }) },
  /**
   * Content script, on a person's hover or keystroke: open a card for this reading in my frame.
   * Answers the session id the card frame claims its reading with (lib/card/card-sessions.ts).
   */
  'card/open': { senders: ['content'], request: v.object({ reading: readingSchema, focus: v.boolean() }) },
  /** The card frame (an extension page inside the web page): what do I show? */
  'card/claim': { senders: ['ui'], request: v.object({ session: cardSession }) },
  /** The card frame: the person closed or pinned the card; relayed to the content script that opened it. */
  'card/event': { senders: ['ui'], request: v.object({ session: cardSession, event: v.picklist(CARD_EVENTS) }) },
  /** Content script: find the numbers in a batch of page text blocks (lib/numbers runs in the background, lib/scan/find-queue.ts). */
  'scan/find': { senders: ['content'], request: v.object({ texts: v.pipe(v.array(v.pipe(v.string(), v.maxLength(20_000))), v.maxLength(1_000)) }) },
  /**
   * Hover card and side panel: the C2 lookup summary for one number — as read on a page (`reading`,
   * never parsed again) or as typed (`text` alone). Only extension pages ask: the card's data lives
   * in its own frame, out of the page's reach (issue 16 §2).
   */
  lookup: { senders: ['ui'], request: v.object({ text, reading: v.optional(readingSchema) }) },
  /** Side panel: every value with its provenance. */
  'lookup/details': { senders: ['ui'], request: v.object({ text, reading: v.optional(readingSchema) }) },
  /** Side panel documents tab: list, then download one (bytes as base64). */
  'documents/list': { senders: ['ui'], request: v.object({ text, reading: v.optional(readingSchema) }) },
  'documents/get': { senders: ['ui'], request: v.object({ text, reading: v.optional(readingSchema), office: officeId, id: v.pipe(v.string(), v.maxLength(200)) }) },
  /** Side panel timeline tab, asked when opened. */
  'lookup/timeline': { senders: ['ui'], request: v.object({ text, reading: v.optional(readingSchema) }) },
  /** Side panel: TIPO's annuity record of a TW patent, asked when the user opens it. */
  'tipo/annuity': { senders: ['ui'], request: v.object({ text, reading: v.optional(readingSchema) }) },
  /** Side panel: the JPO's views beyond the lookup, each asked when the user opens it (daily caps of 30–400). */
  'jpo/extra': {
    senders: ['ui'],
    request: v.object({
      kind: v.picklist(['registration', 'fixed-address', 'applicant-by-code', 'applicant-by-name', 'dossier-family', 'dossier-documents', 'dossier-citations', 'dossier-document']),
      text: v.optional(text),
      reading: v.optional(readingSchema),
      value: v.optional(v.pipe(v.string(), v.maxLength(200))),
      /** One Portal Dossier: a family member's application as OPD wrote it, a document of it and its format. */
      member: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}\.[0-9]{1,20}\.[A-Z0-9]{1,2}$/))),
      id: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,100}$/))),
      format: v.optional(v.picklist(['pdf', 'xml'])),
    }),
  },
  /** Popup: quota rows and token state per office. */
  'quota/get': { senders: ['ui'], request: v.object({}) },
  /** Options: "Test connection" for one office. */
  'office/test': { senders: ['ui'], request: v.object({ office: officeId }) },
  /** Side panel converter and classification tab: CPC↔IPC, offline (lib/classification). */
  'classification/convert': { senders: ['ui'], request: v.object({ text: v.pipe(v.string(), v.maxLength(200)) }) },
  /** Options: import the official concordance or newer CPC title files (validated in the background), or go back to the bundled data. */
  'classification/import': {
    senders: ['ui'],
    request: v.object({
      kind: v.picklist(['titles', 'concordance', 'reset']),
      files: v.pipe(v.array(v.object({ name: v.pipe(v.string(), v.maxLength(200)), text: v.pipe(v.string(), v.maxLength(40_000_000)) })), v.maxLength(20)),
    }),
  },
  'classification/source': { senders: ['ui'], request: v.object({}) },
  /** Side panel Terms tab, one section at a time: PEARL's concepts, or the open document's family in its own words. */
  'terms/section': {
    senders: ['ui'],
    request: v.object({ text: v.pipe(v.string(), v.maxLength(500)), lang: v.optional(v.picklist(TERM_LANGUAGES)), section: v.picklist(['pearl-api', 'family']) }),
  },
  /** Side panel Terms tab, corpus of a page: one document's family texts. */
  'terms/texts': { senders: ['ui'], request: v.object({ text, reading: v.optional(readingSchema) }) },
  /** Watchlists and saved searches (lib/watch): the side panel's Watchlist tab, the card's and panel's star. */
  'watch/overview': { senders: ['ui'], request: v.object({}) },
  /** The popup's one line: unseen changes and how many cases are watched. */
  'watch/summary': { senders: ['ui'], request: v.object({}) },
  'watch/add': { senders: ['ui'], request: v.object({ items: v.pipe(v.array(v.object({ text, reading: v.optional(readingSchema) })), v.maxLength(2_000)), list: v.optional(watchId) }) },
  'watch/remove': { senders: ['ui'], request: v.object({ key: watchKey }) },
  'watch/status': { senders: ['ui'], request: v.object({ text, reading: v.optional(readingSchema) }) },
  'watch/list-save': { senders: ['ui'], request: v.object({ id: v.optional(watchId), name: v.pipe(v.string(), v.maxLength(200)), intervalMinutes: v.optional(interval) }) },
  'watch/list-delete': { senders: ['ui'], request: v.object({ id: watchId }) },
  'watch/run': { senders: ['ui'], request: v.object({ list: v.optional(watchId), search: v.optional(watchId) }) },
  'watch/seen': { senders: ['ui'], request: v.object({ list: v.optional(watchId), caseKey: v.optional(watchKey) }) },
  'watch/history': { senders: ['ui'], request: v.object({ key: watchKey }) },
  'watch/search-save': {
    senders: ['ui'],
    request: v.object({ id: v.optional(watchId), name: v.pipe(v.string(), v.maxLength(200)), office: v.picklist(SEARCH_OFFICES), query: v.pipe(v.string(), v.minLength(1), v.maxLength(4_000)), intervalMinutes: v.optional(interval) }),
  },
  'watch/search-delete': { senders: ['ui'], request: v.object({ id: watchId }) },
  'watch/hits': { senders: ['ui'], request: v.object({ id: watchId }) },
  'watch/hits-seen': { senders: ['ui'], request: v.object({ id: watchId }) },
  'watch/share': { senders: ['ui'], request: v.object({ share: v.pipe(v.number(), v.minValue(0), v.maxValue(1)) }) },
  'watch/deadlines': { senders: ['ui'], request: v.object({ format: v.optional(v.picklist(['ics', 'csv'])) }) },
  'watch/export': { senders: ['ui'], request: v.object({ format: v.picklist(['json', 'csv', 'ris']) }) },
  'watch/import': {
    senders: ['ui'],
    request: v.object({ fileName: v.pipe(v.string(), v.maxLength(300)), text: v.pipe(v.string(), v.maxLength(20_000_000)), apply: v.boolean(), replaceConflicts: v.optional(v.boolean()) }),
  },
  /** Options: which offices answer which country, in order. */
  'routing/get': { senders: ['ui'], request: v.object({}) },
  'routing/save': {
    senders: ['ui'],
    request: v.object({ rules: v.pipe(v.array(v.object({ country: v.pipe(v.string(), v.regex(/^([A-Z]{2}|\*)$/)), offices: v.pipe(v.array(officeId), v.maxLength(7)) })), v.maxLength(100)) }),
  },
} as const satisfies Record<string, { senders: readonly Sender[]; request: v.GenericSchema }>;

export type MessageName = keyof typeof messages;
export type RequestOf<K extends MessageName> = v.InferOutput<(typeof messages)[K]['request']>;

/** Masked view of one office's settings: secrets are never sent back, only whether they are set. */
export interface PublicOfficeSettings {
  enabled: boolean;
  baseUrl: string | null;
  credentials: Record<string, { set: boolean; hint: string | null }>; // hint = last 2 characters of a secret, or the full non-secret value
}
export interface PublicSettings {
  schemaVersion: number;
  offices: Record<OfficeId, PublicOfficeSettings>;
  ui: { hoverDelayMs: number };
  opsWeeklyLimitBytes: number;
  kiprisMonthlyCalls: number;
  detection: { rights: boolean };
}

/** Response type of every message. */
export interface Responses {
  'content/hello': { enabled: boolean; hoverDelayMs: number };
  'settings/get': PublicSettings;
  'settings/save': PublicSettings;
  'findings/report': null;
  'findings/get': TabFindings;
  'site/get': SiteState;
  'site/set': SiteState;
  'panel/open': null;
  'card/open': { session: string };
  'card/claim': { reading: Reading; focus: boolean } | null;
  'card/event': null;
  'scan/find': { found: FoundNumber[][] };
  lookup: LookupResult;
  'lookup/details': LookupDetails;
  'documents/list': DocumentList[];
  'documents/get': DocumentPayload;
  'quota/get': QuotaView;
  'office/test': SourceOutcome;
  'routing/get': RouteRule[];
  'routing/save': RouteRule[];
  'classification/convert': Conversion;
  'lookup/timeline': TimelineAnswer;
  'tipo/annuity': TipoAnnuity | null;
  'jpo/extra': JpoExtraAnswer;
  'classification/import': { source: string };
  'classification/source': { source: string };
  'terms/section': PearlApiSection | FamilySection;
  'terms/texts': FamilyTexts;
  'watch/overview': WatchOverview;
  'watch/summary': { unseen: number; cases: number };
  'watch/add': AddResult;
  'watch/remove': null;
  'watch/status': { watched: { key: string; list: string }[] };
  'watch/list-save': WatchList;
  'watch/list-delete': null;
  'watch/run': WatchChange[];
  'watch/seen': null;
  'watch/history': { snapshots: CaseSnapshot[]; changes: ChangeRecord[] };
  'watch/search-save': SavedSearch;
  'watch/search-delete': null;
  'watch/hits': SearchHit[];
  'watch/hits-seen': null;
  'watch/share': { share: number };
  'watch/deadlines': { deadlines: Deadline[]; file?: ExportedFile };
  'watch/export': ExportedFile;
  'watch/import': ImportReport;
}

/** A file the background made for the user to save. */
export interface ExportedFile {
  fileName: string;
  mediaType: string;
  text: string;
}

/** The Watchlist tab's whole state, in one message. */
export interface WatchOverview {
  lists: WatchList[];
  cases: WatchedCase[];
  /** Newest first, at most WATCH_OVERVIEW_CHANGES. */
  changes: ChangeRecord[];
  unseen: number;
  searches: SavedSearch[];
  quotaShare: number;
  /** Search offices and whether their keys are set (the search form says which can run). */
  searchOffices: { office: SearchOffice; ready: boolean }[];
}

/** The popup's site switch: the page's host, its own switch, and the global one. */
export interface SiteState {
  host: string | null;
  siteEnabled: boolean;
  globalEnabled: boolean;
}

export type ResponseOf<K extends MessageName> = K extends keyof Responses ? Responses[K] : never;

/** What travels back over the wire: a result, never a thrown error (errors do not survive cloning). */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: MessageErrorData };

export interface MessageErrorData {
  kind: 'invalid-message' | 'forbidden' | 'internal' | OfficeErrorData['kind'];
  message: string;
  office?: OfficeErrorData['office'];
  resetsAt?: string;
  retryAfterSeconds?: number;
  /** The office's own code (JPO statusCode, 'opd-not-registered' …), where one message needs it. */
  officeCode?: string;
}

export type { LookupResult };
