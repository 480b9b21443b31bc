/**
 * Applying an import plan (portable.ts reads the file): lists are matched by id (JSON) or by name
 * (CSV), cases by document, saved searches by id. Nothing existing is overwritten: a search with the
 * same id and another query is a conflict the user decides on (`replaceConflicts`). `apply: false`
 * writes nothing and reports what would happen.
 */
import type { PatentRef } from '../numbers';
import type { ParsedNumber } from '../lookup/types';
import { docRefOf } from '../model/ref-like';
import { DAILY_MINUTES, DEFAULT_LIST_ID, caseKey } from './model';
import type { ImportPlan } from './portable';
import type { WatchRepository } from './watch-db';

export interface ImportReport {
  lists: { created: string[]; existing: string[] };
  cases: { added: number; duplicates: number };
  searches: { created: string[]; replaced: string[]; conflicts: { id: string; name: string; existingQuery: string; importedQuery: string }[] };
  rejected: { where: string; reason: string }[];
  /** true when nothing was written (a preview). */
  preview: boolean;
}

export interface ImportDeps {
  repo: WatchRepository;
  parse(text: string): ParsedNumber<PatentRef>;
  newId(): string;
  iso(): string;
}

export async function applyImport(plan: ImportPlan, opts: { apply: boolean; replaceConflicts?: boolean }, deps: ImportDeps): Promise<ImportReport> {
  const { repo, newId, iso } = deps;
  const report: ImportReport = { lists: { created: [], existing: [] }, cases: { added: 0, duplicates: 0 }, searches: { created: [], replaced: [], conflicts: [] }, rejected: [...plan.rejected], preview: !opts.apply };
  const existing = await repo.lists();
  const listIds = new Map(existing.map((l) => [l.id, l]));
  const byName = new Map(existing.map((l) => [l.name, l]));
  for (const l of plan.lists) {
    if (listIds.has(l.id)) report.lists.existing.push(l.name);
    else {
      report.lists.created.push(l.name);
      listIds.set(l.id, l);
      byName.set(l.name, l);
      if (opts.apply) await repo.putList(l);
    }
  }
  const seenKeys = new Set<string>();
  for (const item of plan.cases) {
    let listId = item.list ?? DEFAULT_LIST_ID;
    if (item.listName) {
      let list = byName.get(item.listName);
      if (!list) {
        list = { id: newId(), name: item.listName, intervalMinutes: DAILY_MINUTES, createdAt: iso() };
        byName.set(list.name, list);
        listIds.set(list.id, list);
        report.lists.created.push(list.name);
        if (opts.apply) await repo.putList(list);
      }
      listId = list.id;
    }
    let ref = item.ref;
    if (!ref) {
      const parsed = deps.parse(item.text);
      if (!parsed.ok) {
        report.rejected.push({ where: item.where, reason: `${item.text}: ${parsed.reason}` });
        continue;
      }
      ref = docRefOf(parsed.ref, item.text);
    }
    const key = caseKey(listId, ref);
    if (seenKeys.has(key) || (await repo.getCase(key))) {
      report.cases.duplicates++;
      continue;
    }
    seenKeys.add(key);
    report.cases.added++;
    if (opts.apply) await repo.putCase({ key, list: listId, ref, text: item.text, ...(item.reading && { reading: item.reading }), addedAt: item.addedAt ?? iso(), lastChecked: null });
  }
  for (const { hits, ...s } of plan.searches) {
    const old = await repo.getSearch(s.id);
    if (old && old.query === s.query) {
      const known = new Set((await repo.hits(s.id)).map((h) => h.key));
      if (opts.apply) await repo.putHits(hits.filter((h) => !known.has(h.key)).map((h) => ({ ...h, search: s.id })));
      continue;
    }
    if (old && !opts.replaceConflicts) {
      report.searches.conflicts.push({ id: s.id, name: s.name, existingQuery: old.query, importedQuery: s.query });
      continue;
    }
    (old ? report.searches.replaced : report.searches.created).push(s.name);
    if (opts.apply) {
      if (old) await repo.deleteSearch(s.id);
      await repo.putSearch(s);
      await repo.putHits(hits.map((h) => ({ ...h, search: s.id })));
    }
  }
  return report;
}
