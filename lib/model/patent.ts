import type { Match, NumberType, OfficeId } from './contracts';
import type { Provenance } from './provenance';
import type { IndustrialRight } from './right';

/** A document reference as the rest of the product passes it around (a C1 match without offsets);
 *  a JP design or trademark names its right (docdb and epodoc are then null). */
export type DocRef = Omit<Match, 'start' | 'end'> & { right?: IndustrialRight };

/** Plain-words state of a case, the same vocabulary for every office. */
export type StatusState =
  | 'pending'
  | 'pending-examination'
  | 'published'
  | 'granted'
  | 'refused'
  | 'withdrawn'
  | 'abandoned'
  | 'lapsed'
  | 'expired'
  | 'revoked'
  | 'unknown';

export interface CaseStatus {
  state: StatusState;
  /** The office's own words for the latest state, e.g. '登録' or 'Grant of patent is intended'. */
  officeDetail: string;
  since?: string; // date the state began, when known
  /** Date of the office's words in officeDetail when it is not `since`: an EP patent granted 2019-11-27
   *  reads "No opposition filed within time limit" from 2020-10-02 (issue 9 §5). */
  officeSince?: string;
  source: Provenance;
}

export interface Party {
  name: string;
  role: 'applicant' | 'inventor' | 'agent' | 'owner';
  country?: string;
  code?: string; // office's party code (JPO applicant code, …)
}

export interface KeyDates {
  filing?: string;
  publication?: string;
  grant?: string;
  priority?: string;
  examinationRequest?: string;
  expiry?: string;
}

export interface Bibliographic {
  ref: DocRef;
  title: string;
  titles?: Record<string, string>; // by language
  abstracts?: Record<string, string>; // by language, where the office has more than the one shown
  abstract?: string;
  parties: Party[];
  dates: KeyDates;
  /** Other numbers of the same case (application ↔ publication ↔ grant). */
  numbers?: { type: NumberType; ref: DocRef }[];
  classifications?: Classification[];
  source: Provenance;
}

export interface Classification {
  scheme: 'CPC' | 'IPC' | 'FI' | 'F-term' | 'USPC' | 'other';
  symbol: string;
  title?: string;
}

export interface FamilyMember {
  ref: DocRef;
  application?: DocRef;
  dates: KeyDates;
  familyId?: string;
}

export interface Family {
  kind: 'inpadoc' | 'simple' | 'domestic';
  familyId?: string;
  members: FamilyMember[];
  source: Provenance;
}

export interface LegalEvent {
  date: string;
  code: string;
  /** Plain words, in the UI language when we have a translation, else the office's text. */
  description: string;
  officeText?: string;
  country?: string;
  source: Provenance;
}

export interface Citation {
  ref?: DocRef;
  /** Non-patent literature or a reference we could not parse. */
  text?: string;
  category?: string; // X, Y, A … or the office's own code
  citedBy?: 'examiner' | 'applicant' | 'search-report' | 'opposition' | 'other';
  phase?: string;
  date?: string;
  source: Provenance;
}

export interface RelatedCase {
  /** `twin`: TW Patent Act Art. 32 (一案兩請), an invention and a utility model filed the same day for the same creation. */
  relation: 'parent' | 'divisional' | 'priority' | 'continuation' | 'pct' | 'national-phase' | 'twin' | 'other';
  ref: DocRef;
  date?: string;
  source: Provenance;
}

export interface DocumentLink {
  id: string;
  title: string; // e.g. '拒絶理由通知書'
  date?: string;
  kind: 'refusal-reason' | 'decision' | 'opinion' | 'amendment' | 'other';
  mediaType: string; // 'application/xml', 'text/html', …
  /** Office that holds it and the endpoint that returned it. */
  source: Provenance;
}

/**
 * One piece of a family member's own text in one language, as its office publishes it: the title,
 * the abstract, or one claim (`index` = claim number; 0 for title and abstract). The Terms tab lines
 * them up across languages as parallel text; nothing here is a translation PatentPeek made.
 */
export interface DocumentText {
  member: DocRef;
  part: 'title' | 'abstract' | 'claim';
  index: number;
  lang: string;
  text: string;
  source: Provenance;
}

/** One PEARL concept: the same idea named in each language, with PEARL's own judgement of each name. */
export interface TermEntry {
  conceptId?: string;
  /** PEARL subject field code (LEGL, CHEM, ELEC …) and its name when the reply gives one. */
  subject?: string;
  subjectName?: string;
  terms: { lang: string; term: string; reliability?: number; usage?: string; partOfSpeech?: string; abbreviation?: boolean }[];
  source: Provenance | { office: OfficeId | 'offline'; endpoint: string; fetchedAt: string };
}
