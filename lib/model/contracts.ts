// Contract shapes C1–C3, copied verbatim from ../shared/design/contracts.d.ts (2026-12-02).
// Outside tools read exactly these fields: add fields elsewhere, never rename or drop these.

// The shapes of contracts C1–C3 (architecture.md). Outside tools read exactly these fields;
// the project may add fields, never rename or drop these. Dates are ISO 8601 strings.

// ---- C1: one detected occurrence (the CLI prints these; findings() returns them without offsets)
export type NumberType = 'application' | 'publication' | 'grant';
export interface Match {
  raw: string;            // the text as written on the page
  start: number;          // UTF-16 offsets into the input text (CLI only)
  end: number;
  country: string;        // ST.3 code of the numbering office; 'WO' for PCT applications and WO publications
  type: NumberType;
  docdb: string | null;   // 'JP.2021012345.A', kind omitted when unknown ('JP.6812345'); null when the text cannot fix it
  epodoc: string | null;  // 'JP2021012345'
}
// Every occurrence is reported; the same document written twice (特開2022-045678(P2022-045678A)) may
// give two matches. Scoring counts distinct documents per text, so repeats are neither rewarded nor punished.

// ---- C2: globalThis.__patentpeek in the e2e build's service worker (MODE === 'e2e' only)
export type OfficeId = 'jpo' | 'epo-ops' | 'uspto-odp' | 'kipris' | 'tipo' | 'lens' | 'pearl';
export type ErrorKind = 'auth' | 'quota' | 'rate-limit' | 'not-found' | 'office-down' | 'bad-response' | 'no-credentials';

export interface OfficeSettings {
  enabled?: boolean;
  baseUrl?: string;                        // e.g. '<sandbox>/jpo'; absent = the office's real URL
  credentials?: Record<string, string>;    // jpo {id,password}; epo-ops {key,secret}; uspto-odp {apiKey};
                                           // kipris {accessKey}; tipo {token}; lens {token}; pearl {clientId,clientSecret}
}
export interface SourceOutcome { office: OfficeId; ok: boolean; error?: { kind: ErrorKind; message: string; resetsAt?: string; retryAfterSeconds?: number } }
export interface Status { label: string; detail: string; office: OfficeId; asOf: string } // label: plain words in the UI language
export interface Biblio {
  title: string;
  applicants: string[];
  dates: { filing?: string; publication?: string; grant?: string; priority?: string };
}
export interface LookupResult {
  input: string;
  ref: Omit<Match, 'start' | 'end'> | null;      // null when the text is not a patent number
  readings?: Omit<Match, 'start' | 'end'>[];     // several when ambiguous; ref is then the first
  reason?: string;                               // why it is not a number, when ref is null
  sources: SourceOutcome[];                      // one per office consulted
  status?: Status;
  biblio?: Biblio;
  family?: Omit<Match, 'start' | 'end'>[];
  related?: { relation: string; ref: Omit<Match, 'start' | 'end'> }[]; // e.g. JPO divisional/priority applications
}
export interface QuotaRow { office: OfficeId; endpoint: string; unit: 'calls' | 'bytes'; used: number; limit: number | null; remaining: number | null; resetsAt: string | null }
export interface NetworkEntry { office: OfficeId; method: string; url: string /* secrets removed */; status: number; at: string }
export interface ClassificationResult { input: string; scheme: 'CPC' | 'IPC'; results: { symbol: string; scheme: 'CPC' | 'IPC'; title: string }[]; source: string /* data set and version */ }

// Watchlists (the watch issue): one change between two snapshots of a watched case, in plain words.
export type ChangeKind = 'status' | 'document' | 'legal-event' | 'appeal' | 'family' | 'citation' | 'owner' | 'new-hit';
export interface WatchChange {
  ref: Omit<Match, 'start' | 'end'>;
  kind: ChangeKind;
  summary: string;            // what the Watchlist tab shows, in the UI language
  before?: string; after?: string;
  office: OfficeId;
  at: string;                 // when the check that found it ran
}
export interface WatchHook {
  add(text: string, list?: string): Promise<void>;        // any written form, as the lookup box takes it
  list(list?: string): Promise<{ ref: Omit<Match, 'start' | 'end'>; lastChecked: string | null; status?: Status }[]>;
  runNow(list?: string): Promise<WatchChange[]>;          // one scheduled run, now; the changes it found
}

export interface TestHook {
  configure(s: { offices: Partial<Record<OfficeId, OfficeSettings>> }): Promise<void>; // merges into current settings
  findings(url: string): Promise<Omit<Match, 'start' | 'end'>[]>;  // all frames of that tab, one entry per distinct document, after the scan settled
  lookup(text: string): Promise<LookupResult>;
  quota(): Promise<QuotaRow[]>;
  networkLog(): Promise<NetworkEntry[]>;
  terms(text: string): Promise<unknown>;                         // what the Terms tab shows
  convertClassification(symbol: string): Promise<ClassificationResult>;
  watch: WatchHook;
}
// Each member arrives with the issue that builds its feature (configure + findings with the foundation
// and on-page work, lookup/quota/networkLog with the API layer, terms/convertClassification with the
// workbench, watch with the watch issue); until then it is absent — never a stub.

// ---- C3: GET <sandbox>/_catalog
export type Catalog = Partial<Record<OfficeId, {
  numbers: { docdb: string; type: NumberType; endpoints: string[] }[];
  terms?: string[];
}>>;
