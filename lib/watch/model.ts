/**
 * Watchlists and saved searches (issue 12): what is kept per watched case, per check and per change.
 * Plain data only — it lives in IndexedDB (watch-db.ts) and crosses the messaging boundary as is.
 */
import { rightId } from '../model/right';
import type { ChangeKind, OfficeId, WatchChange } from '../model/contracts';
import type { DocRef, StatusState } from '../model/patent';
import type { Reading } from '../messaging/reading';
import type { DurationKey } from '../timeline/timeline';

/** A date an office names for a case: the next annuity (with the year it pays for), or the end of term. */
export interface OfficeDeadline {
  kind: 'annuity' | 'expiry';
  due: string;
  /** The patent year the next annuity pays for, when the office says which was paid last. */
  year?: number;
  office: OfficeId;
  endpoint: string;
}

export interface WatchList {
  id: string;
  name: string;
  /** How often the list is re-checked (chrome.alarms period). */
  intervalMinutes: number;
  createdAt: string;
}

export const DEFAULT_LIST_ID = 'default';
export const DAILY_MINUTES = 24 * 60;
/** The smallest period chrome.alarms keeps for a packed extension, and a sane floor for office quotas. */
export const MIN_INTERVAL_MINUTES = 60;

/** One legal event or office document as a check saw it, with what kind of change it would be. */
export interface SnapshotEvent {
  date: string;
  code: string;
  description: string;
  office: OfficeId;
  kind: Extract<ChangeKind, 'document' | 'legal-event' | 'appeal'>;
}

/** A comparable part of a snapshot; a section a check could not read is `unknown` and never compared. */
export type SnapshotSection = 'status' | 'owners' | 'events' | 'family' | 'citations';

/** What one check of one case found, reduced to what can change and be said in plain words. */
export interface CaseSnapshot {
  at: string;
  status?: { state: StatusState; label: string; detail: string; office: OfficeId; since?: string };
  owners: string[];
  events: SnapshotEvent[];
  /** Family members and cited documents, as DOCDB (or the office's text for an unparsed citation). */
  family: string[];
  citations: string[];
  title?: string;
  /** The office that answered each section (provenance of the change). */
  offices: Partial<Record<SnapshotSection, OfficeId>>;
  unknown: SnapshotSection[];
  /** Key dates as the office gives them (expiry feeds the Deadlines view). */
  dates: { filing?: string; publication?: string; grant?: string; expiry?: string; office?: OfficeId };
  /** The Timeline tab's durations for this check (the Analytics view's figures). */
  durations: { key: DurationKey; days: number; ongoing?: boolean; outcome?: string }[];
  /** Deadlines the office gives (JPO register: next annuity), read in the same check. */
  deadlines?: OfficeDeadline[];
}

/** Why a case (or a whole office) was not checked in a run, and when it can be. */
export interface SkipNote {
  at: string;
  reason: string;
  /** ISO time the office's allowance resets; null when unknown. */
  until: string | null;
}

export interface WatchedCase {
  /** `<list>|<ref key>`: one entry per document per list. */
  key: string;
  list: string;
  ref: DocRef;
  /** What the user added (any written form) — looked up again on each check. */
  text: string;
  /** The engine's reading when the number came from a page (context the bare text lacks). */
  reading?: Reading;
  addedAt: string;
  lastChecked: string | null;
  latest?: CaseSnapshot;
  skipped?: SkipNote;
  /** The last check failed as a whole (no office answered): the words of the failure. */
  lastError?: string;
}

/** A change as stored: the C2 shape plus where it belongs and whether the user has seen it. */
export interface ChangeRecord extends WatchChange {
  id?: number;
  list: string;
  caseKey: string;
  seen: boolean;
}

/** One check kept in a case's history. */
export interface SnapshotRecord {
  id?: number;
  caseKey: string;
  snapshot: CaseSnapshot;
}

/** The key of a document, the same for every written form of it. */
export function refKey(ref: DocRef): string {
  return `${ref.type}:${ref.right ? `JP-${rightId(ref.right)}` : ref.docdb ?? ref.epodoc ?? `${ref.country}?${ref.raw}`}`;
}

export function caseKey(list: string, ref: DocRef): string {
  return `${list}|${refKey(ref)}`;
}
