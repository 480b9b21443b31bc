/**
 * The watch service (issue 12): watched cases and saved searches, each run re-checking them through
 * the same lookup and pipelines as the side panel — with every reply read again (freshAfter = the
 * run's start), within the user's share of each office's allowance — and turning what changed into
 * plain-words changes, kept with a snapshot per check. Alerts (notification, badge) are injected, so
 * this module runs in tests without a browser.
 */
import type { OfficeId, QuotaRow, WatchChange } from '../model/contracts';
import type { DocRef } from '../model/patent';
import type { PatentRef } from '../numbers';
import type { LookupDetails, ParsedNumber } from '../lookup/types';
import type { Reading } from '../messaging/reading';
import type { CallPolicy } from '../transport/pipeline';
import type { ProviderContext } from '../offices/provider';
import { type Words, diffSnapshots } from './diff';
import { type ChangeRecord, type SkipNote, type WatchList, type WatchedCase, DAILY_MINUTES, DEFAULT_LIST_ID, MIN_INTERVAL_MINUTES, caseKey } from './model';
import { docRefOf } from '../model/ref-like';
import { type OfficeSkip, planRun } from './quota-share';
import { type SavedSearch, type SearchHit, type SearchOffice, hitKey, runSearch } from './saved-search';
import { readNothing, takeSnapshot } from './snapshot';
import { needsJpRegister, registerFacts, withRegister } from './jp-register';
import { needsTwAnnuity, withAnnuity } from './tw-annuity';
import type { TipoAnnuity } from '../offices/tipo/parse';
import type { JpoRegistration } from '../offices/jpo/parse-registration';
import type { WatchRepository } from './watch-db';
import { exportCsv, exportJson, exportRis, readImport } from './portable';
import { type ImportReport, applyImport } from './import-file';

export type { ImportReport } from './import-file';

export interface WatchAlerts {
  /** One notification per list (or saved search) with changes. */
  notify(title: string, changes: WatchChange[]): Promise<void>;
  /** The unseen count on the toolbar button. */
  badge(unseen: number): Promise<void>;
}

export interface WatchServiceDeps {
  repo: WatchRepository;
  parse(text: string): ParsedNumber<PatentRef>;
  details(text: string, reading: Reading | undefined, policy: CallPolicy): Promise<LookupDetails>;
  spendingOffices(text: string, reading?: Reading): Promise<OfficeId[]>;
  quotaRows(): Promise<QuotaRow[]>;
  quotaShare(): Promise<number>;
  /** An office's pipeline for a saved search, under the given policy. */
  searchContext(office: SearchOffice, policy: CallPolicy): ProviderContext;
  /** The JPO register record of a JP patent (owners, next annuity, expiry); absent without JPO keys. */
  jpRegistration?(c: WatchedCase, policy: CallPolicy): Promise<JpoRegistration>;
  /** TIPO's annuity record of a TW patent (paid until, for which year); absent without a TIPO token. */
  twAnnuity?(c: WatchedCase, policy: CallPolicy): Promise<TipoAnnuity | null>;
  words: Words;
  officeName(office: OfficeId): string;
  /** The default list's name in the UI language. */
  defaultListName: string;
  alerts?: WatchAlerts;
  now?: () => number;
  newId?: () => string;
}

export interface AddResult {
  added: WatchedCase[];
  /** Already on the list (same document, any written form). */
  duplicates: string[];
  rejected: { text: string; reason: string }[];
}

// Office errors carry their own plain words (lib/transport/errors.ts); anything else is a bug's message.
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function createWatchService(deps: WatchServiceDeps) {
  const now = deps.now ?? Date.now;
  const iso = () => new Date(now()).toISOString();
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const { repo, words } = deps;

  /** A list by id; the default list is made on first use, another one only when `create` says so (named by its id). */
  async function ensureList(id: string = DEFAULT_LIST_ID, create = false): Promise<WatchList> {
    const existing = (await repo.lists()).find((l) => l.id === id);
    if (existing) return existing;
    if (id !== DEFAULT_LIST_ID && !create) throw new Error(words('watch_error_no_list', [id]));
    const list: WatchList = { id, name: id === DEFAULT_LIST_ID ? deps.defaultListName : id, intervalMinutes: DAILY_MINUTES, createdAt: iso() };
    await repo.putList(list);
    return list;
  }

  function skipText(skip: OfficeSkip): SkipNote {
    const until = skip.resetsAt;
    const reason = words('watch_skip_quota', [deps.officeName(skip.office), skip.endpoint, String(skip.need), String(skip.available)]);
    return { at: iso(), reason, until };
  }

  async function plan(demand: Map<OfficeId, number>) {
    const [rows, share] = await Promise.all([deps.quotaRows(), deps.quotaShare()]);
    return planRun(demand, rows, share);
  }

  async function alert(title: string, changes: WatchChange[]) {
    if (changes.length > 0) await deps.alerts?.notify(title, changes).catch(() => undefined);
  }

  async function refreshBadge() {
    await deps.alerts?.badge(await repo.unseenCount()).catch(() => undefined);
  }

  /** Check the cases of one list; returns the changes found (and stored). */
  async function runList(list: WatchList): Promise<WatchChange[]> {
    const cases = await repo.cases(list.id);
    const routes = await Promise.all(cases.map((c) => deps.spendingOffices(c.text, c.reading)));
    const demand = new Map<OfficeId, number>();
    for (const offices of routes) for (const o of offices) demand.set(o, (demand.get(o) ?? 0) + 1);
    const { skipped } = await plan(demand);
    const policy: CallPolicy = { maxWaitMs: 60_000, retries: 2, freshAfter: now() };
    const found: WatchChange[] = [];

    for (const [i, c] of cases.entries()) {
      const blocking = skipped.find((s) => routes[i]!.includes(s.office));
      if (blocking) {
        await repo.putCase({ ...c, skipped: skipText(blocking) });
        continue;
      }
      const checkedAt = iso();
      let details: LookupDetails;
      try {
        details = await deps.details(c.text, c.reading, policy);
      } catch (error) {
        await repo.putCase({ ...c, lastChecked: checkedAt, lastError: errorText(error) });
        continue;
      }
      let snapshot = takeSnapshot(details, checkedAt);
      if (deps.jpRegistration && needsJpRegister(c.ref.country, snapshot)) {
        snapshot = withRegister(snapshot, await deps.jpRegistration(c, policy).then(registerFacts, (e: unknown) => (e instanceof Error ? e : new Error(String(e)))));
      }
      if (deps.twAnnuity && needsTwAnnuity(c.ref.country, snapshot)) {
        snapshot = withAnnuity(snapshot, await deps.twAnnuity(c, policy).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))));
      }
      const { skipped: _s, lastError: _e, ...rest } = c;
      if (readNothing(snapshot)) {
        const first = details.summary.sources.find((s) => !s.ok)?.error?.message ?? words('watch_error_nothing');
        await repo.putCase({ ...rest, lastChecked: checkedAt, lastError: first });
        continue;
      }
      // Sections this check could not read keep the last known values, so the next diff compares like with like.
      const merged = c.latest ? carryUnknown(c.latest, snapshot) : snapshot;
      const changes = c.latest ? diffSnapshots(c.ref, c.latest, merged, words) : [];
      const records: ChangeRecord[] = changes.map((ch) => ({ ...ch, list: list.id, caseKey: c.key, seen: false }));
      await repo.recordCheck({ ...rest, lastChecked: checkedAt, latest: merged }, merged, records);
      found.push(...changes);
    }
    await alert(list.name, found);
    return found;
  }

  async function runSaved(s: SavedSearch): Promise<WatchChange[]> {
    const { skipped } = await plan(new Map([[s.office, 1]]));
    if (skipped[0]) {
      await repo.putSearch({ ...s, skipped: skipText(skipped[0]) });
      return [];
    }
    const ranAt = iso();
    let page;
    try {
      page = await runSearch(s.office, s.query, deps.searchContext(s.office, { maxWaitMs: 60_000, retries: 2, freshAfter: now() }));
    } catch (error) {
      await repo.putSearch({ ...s, lastRun: ranAt, lastError: errorText(error) });
      return [];
    }
    const known = new Set((await repo.hits(s.id)).map((h) => h.key));
    const firstRun = s.lastRun === null;
    const fresh: SearchHit[] = page.hits
      .filter((h) => !known.has(hitKey(h.ref)))
      .map((h) => ({ search: s.id, key: hitKey(h.ref), ref: h.ref, ...(h.title && { title: h.title }), firstSeen: ranAt, seen: firstRun }));
    await repo.putHits(fresh);
    const { skipped: _s, lastError: _e, ...rest } = s;
    await repo.putSearch({ ...rest, lastRun: ranAt, lastTotal: page.total });
    if (firstRun) return [];
    const changes: WatchChange[] = fresh.map((h) => ({
      ref: h.ref,
      kind: 'new-hit',
      summary: words('watch_change_new_hit', [h.ref.raw, s.name]),
      after: h.ref.docdb ?? h.ref.raw,
      office: s.office,
      at: ranAt,
    }));
    await storeSearchChanges(s, changes);
    await alert(s.name, changes);
    return changes;
  }

  async function storeSearchChanges(s: SavedSearch, changes: WatchChange[]) {
    const records: ChangeRecord[] = changes.map((ch) => ({ ...ch, list: searchListId(s.id), caseKey: `${searchListId(s.id)}|${ch.after}`, seen: false }));
    await repo.addChanges(records);
  }

  return {
    ensureList,
    async lists(): Promise<WatchList[]> {
      await ensureList();
      return repo.lists();
    },
    async createList(name: string, intervalMinutes = DAILY_MINUTES): Promise<WatchList> {
      const list: WatchList = { id: newId(), name: name.trim() || deps.defaultListName, intervalMinutes: Math.max(MIN_INTERVAL_MINUTES, intervalMinutes), createdAt: iso() };
      await repo.putList(list);
      return list;
    },
    async updateList(id: string, patch: Partial<Pick<WatchList, 'name' | 'intervalMinutes'>>): Promise<WatchList> {
      const list = await ensureList(id);
      const next = {
        ...list,
        ...(patch.name !== undefined && patch.name.trim() && { name: patch.name.trim() }),
        ...(patch.intervalMinutes !== undefined && { intervalMinutes: Math.max(MIN_INTERVAL_MINUTES, patch.intervalMinutes) }),
      };
      await repo.putList(next);
      return next;
    },
    deleteList: (id: string) => repo.deleteList(id),

    /** Any written form, as the lookup box takes it; a page's reading is taken as read. */
    async add(items: { text: string; reading?: Reading }[], listId: string = DEFAULT_LIST_ID, opts: { createList?: boolean } = {}): Promise<AddResult> {
      const list = await ensureList(listId, opts.createList);
      const result: AddResult = { added: [], duplicates: [], rejected: [] };
      for (const { text, reading } of items) {
        const input = text.trim();
        if (!input) continue;
        let ref: DocRef;
        if (reading) {
          ref = { raw: reading.raw, country: reading.country, type: reading.type, docdb: reading.docdb, epodoc: reading.epodoc };
        } else {
          const parsed = deps.parse(input);
          if (!parsed.ok) {
            result.rejected.push({ text: input, reason: parsed.reason });
            continue;
          }
          ref = docRefOf(parsed.ref, input);
        }
        const key = caseKey(list.id, ref);
        if ((await repo.getCase(key)) || result.added.some((c) => c.key === key)) {
          result.duplicates.push(input);
          continue;
        }
        const c: WatchedCase = { key, list: list.id, ref, text: input, ...(reading && { reading }), addedAt: iso(), lastChecked: null };
        await repo.putCase(c);
        result.added.push(c);
      }
      return result;
    },
    remove: (key: string) => repo.deleteCase(key),
    cases: (list?: string) => repo.cases(list),
    history: (key: string) => repo.history(key),
    changes: (filter?: { list?: string; caseKey?: string }) => repo.changes(filter),
    async markSeen(filter?: { list?: string; caseKey?: string }) {
      await repo.markSeen(filter);
      await refreshBadge();
    },
    unseenCount: () => repo.unseenCount(),
    refreshBadge,

    /** One scheduled run now: one list, or every list and every saved search. */
    async run(target: { list?: string; search?: string } = {}): Promise<WatchChange[]> {
      const found: WatchChange[] = [];
      if (target.search) {
        const s = await repo.getSearch(target.search);
        if (s) found.push(...(await runSaved(s)));
      } else {
        let lists: WatchList[];
        if (target.list) lists = [await ensureList(target.list)];
        else {
          await ensureList();
          lists = await repo.lists();
        }
        for (const list of lists) found.push(...(await runList(list)));
        if (!target.list) for (const s of await repo.searches()) found.push(...(await runSaved(s)));
      }
      await refreshBadge();
      return found;
    },

    searches: () => repo.searches(),
    async saveSearch(input: { id?: string; name: string; office: SearchOffice; query: string; intervalMinutes?: number }): Promise<SavedSearch> {
      const old = input.id ? await repo.getSearch(input.id) : undefined;
      const queryChanged = old && old.query !== input.query.trim();
      const s: SavedSearch = {
        id: old?.id ?? newId(),
        name: input.name.trim() || input.query.trim(),
        office: input.office,
        query: input.query.trim(),
        intervalMinutes: Math.max(MIN_INTERVAL_MINUTES, input.intervalMinutes ?? old?.intervalMinutes ?? DAILY_MINUTES),
        createdAt: old?.createdAt ?? iso(),
        // A changed query starts over: its first run is the new baseline.
        lastRun: queryChanged ? null : (old?.lastRun ?? null),
        ...(!queryChanged && old?.lastTotal !== undefined && { lastTotal: old.lastTotal }),
      };
      if (queryChanged) await repo.deleteSearch(s.id);
      await repo.putSearch(s);
      return s;
    },
    deleteSearch: (id: string) => repo.deleteSearch(id),

    /** Lists, searches and results as a file: JSON (lossless, re-imports), CSV (one row per case) or RIS. */
    async exportFile(format: 'json' | 'csv' | 'ris'): Promise<{ fileName: string; mediaType: string; text: string }> {
      await ensureList();
      const [lists, cases] = [await repo.lists(), await repo.cases()];
      const day = iso().slice(0, 10);
      if (format === 'csv') return { fileName: `patentpeek-watchlists-${day}.csv`, mediaType: 'text/csv', text: exportCsv(lists, cases) };
      if (format === 'ris') return { fileName: `patentpeek-watchlists-${day}.ris`, mediaType: 'application/x-research-info-systems', text: exportRis(cases) };
      const searches = await Promise.all((await repo.searches()).map(async (search) => ({ search, hits: await repo.hits(search.id) })));
      return { fileName: `patentpeek-watchlists-${day}.json`, mediaType: 'application/json', text: exportJson(lists, cases, searches, new Date(now())) };
    },

    /**
     * Import a JSON or CSV export. `apply: false` only says what would happen; existing lists and cases
     * are kept as they are, and a saved search with the same id and another query is replaced only when
     * the user said so (`replaceConflicts`).
     */
    async importFile(fileName: string, text: string, opts: { apply: boolean; replaceConflicts?: boolean }): Promise<ImportReport> {
      await ensureList();
      return applyImport(readImport(fileName, text, words), opts, { repo, parse: deps.parse, newId, iso });
    },
    hits: (id: string) => repo.hits(id),
    async markHitsSeen(id: string) {
      await repo.putHits((await repo.hits(id)).filter((h) => !h.seen).map((h) => ({ ...h, seen: true })));
      await repo.markSeen({ list: searchListId(id) });
      await refreshBadge();
    },
  };
}


/** Changes from a saved search are kept under a list id of their own. */
export function searchListId(searchId: string): string {
  return `search:${searchId}`;
}

/** Sections the new check could not read take the previous check's values (and say so). */
function carryUnknown(before: WatchedCase['latest'] & object, after: WatchedCase['latest'] & object) {
  const out = { ...after, unknown: [...after.unknown] };
  for (const section of after.unknown) {
    if (before.unknown.includes(section)) continue;
    if (section === 'status' && before.status) out.status = before.status;
    if (section === 'owners') out.owners = before.owners;
    if (section === 'events') out.events = before.events;
    if (section === 'family') out.family = before.family;
    if (section === 'citations') out.citations = before.citations;
    out.unknown = out.unknown.filter((s) => s !== section);
    if (before.offices[section]) out.offices = { ...out.offices, [section]: before.offices[section] };
  }
  return out;
}

export type WatchService = ReturnType<typeof createWatchService>;
