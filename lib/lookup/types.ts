import type { LookupResult, OfficeId, SourceOutcome } from '../model/contracts';
import type { Ambiguity } from '../numbers/parse-number';
import type { LastOutcome } from './office-health';
import type { Timeline } from '../timeline/timeline';
import type { DocumentLink } from '../model/patent';
import type { ReadableDocument } from '../model/readable-document';
import type { Capability, ProviderResult } from '../offices/provider';
import type { TokenState } from '../transport/token';

/**
 * One office's outcome (contract C2 SourceOutcome) plus what it answered and what it did not, per
 * capability, and when a remembered failure was first seen (a cached "not found" has a date too).
 */
export interface SourceReport extends SourceOutcome {
  error?: NonNullable<SourceOutcome['error']> & { asOf?: string };
  capabilities?: { answered: Capability[]; missing?: { capability: Capability; kind: string }[] };
}

/** What parsing a typed or clicked number gives the lookup service (lib/numbers parseNumber). */
export type ParsedNumber<R> = { ok: true; ref: R; readings: R[]; ambiguity?: Ambiguity } | { ok: false; reason: string };

/**
 * The side panel's richer answer: the C2 summary plus every domain value with its provenance
 * (office, endpoint, fetched at, from cache, stale) — issue 6 item 4.
 */
export interface LookupDetails extends Omit<ProviderResult, 'documents'> {
  /** `ambiguity` says why `readings` holds more than one reading. */
  summary: Omit<LookupResult, 'sources'> & { sources: SourceReport[]; ambiguity?: Ambiguity };
  /** Capabilities nobody answered, with each office's reason (the tabs say why they are empty). */
  gaps: Partial<Record<Capability, SourceReport[]>>;
  /** Offices on this number's route that can list documents (the documents tab asks them on demand). */
  documentOffices: OfficeId[];
}

export interface DocumentList {
  office: OfficeId;
  documents: DocumentLink[];
  source: SourceOutcome;
}

/** One downloaded document, as plain data that survives messaging (bytes as base64). */
export interface DocumentPayload {
  fileName: string;
  mediaType: string;
  base64: string;
  fetchedAt: string;
  readable?: ReadableDocument;
}

/** The hover card asks for the summary only; the side panel for everything but documents. */
export const SUMMARY_CAPABILITIES: readonly Capability[] = ['status', 'biblio', 'family', 'related'];
export const DETAIL_CAPABILITIES: readonly Capability[] = ['status', 'biblio', 'family', 'related', 'legal', 'citations', 'classification'];

/** Popup: is the office on, is a key set, and the state of its access token (never the token itself). */
export interface OfficeState {
  office: OfficeId;
  enabled: boolean;
  configured: boolean;
  token?: TokenState;
  /** The office's last reported load state (OPS X-Throttling-Control) and when it said so. */
  throttle?: { text: string; at: string };
  /** The last test or lookup that reached the office (lib/lookup/office-health.ts). */
  last?: LastOutcome;
}

/** Marker message for "Test connection" on an office that has no provider in the registry yet. */
export const UNSUPPORTED_OFFICE = 'PatentPeek does not talk to this office yet';

/** The Timeline tab's answer: the axis and durations, and why a source had nothing. */
export interface TimelineAnswer {
  timeline: Timeline;
  gaps: Partial<Record<Capability, SourceReport[]>>;
}
