/**
 * Export and import of watchlists and saved searches (issue 12 §5). JSON is the lossless form (it
 * re-imports to the same lists, searches and hits); CSV is one row per watched case for spreadsheets
 * and the simplest import (a `number` column, optionally `list`); RIS gives reference managers one PAT
 * record per case, tagged as Zotero's RIS translator reads patents (TI title, PB assignee, SN patent
 * number, M1 application number, C3 country, C1 filing date, DA issue date, C6 legal status).
 * Import checks every row and reports each rejected one with its reason; it never overwrites — a
 * saved search that exists with a different query is listed as a conflict for the user to decide.
 */
import Papa from 'papaparse';
import * as v from 'valibot';
import type { DocRef } from '../model/patent';
import { csvDocument } from '../export/csv';
import { readingSchema } from '../messaging/reading';
import type { Words } from './diff';
import type { WatchList, WatchedCase } from './model';
import { SEARCH_OFFICES, type SavedSearch, type SearchHit } from './saved-search';

export const EXPORT_FORMAT = 'patentpeek-watch';
export const EXPORT_VERSION = 1;

const refSchema = v.object({
  raw: v.pipe(v.string(), v.maxLength(200)),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
  type: v.picklist(['application', 'publication', 'grant']),
  docdb: v.nullable(v.pipe(v.string(), v.maxLength(40))),
  epodoc: v.nullable(v.pipe(v.string(), v.maxLength(40))),
});
const isoSchema = v.pipe(v.string(), v.isoTimestamp());
const caseSchema = v.object({
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  ref: refSchema,
  reading: v.optional(readingSchema),
  addedAt: isoSchema,
});
const listSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  intervalMinutes: v.pipe(v.number(), v.integer(), v.minValue(60)),
  createdAt: isoSchema,
  cases: v.array(v.unknown()),
});
const hitSchema = v.object({ key: v.pipe(v.string(), v.maxLength(60)), ref: refSchema, title: v.optional(v.string()), firstSeen: isoSchema, seen: v.boolean() });
const searchSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  office: v.picklist(SEARCH_OFFICES),
  query: v.pipe(v.string(), v.minLength(1), v.maxLength(4000)),
  intervalMinutes: v.pipe(v.number(), v.integer(), v.minValue(60)),
  createdAt: isoSchema,
  lastRun: v.nullable(isoSchema),
  lastTotal: v.optional(v.number()),
  hits: v.array(v.unknown()),
});

export interface WatchExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  lists: (WatchList & { cases: Pick<WatchedCase, 'text' | 'ref' | 'reading' | 'addedAt'>[] })[];
  searches: (SavedSearch & { hits: Omit<SearchHit, 'search'>[] })[];
}

export function exportJson(lists: WatchList[], cases: WatchedCase[], searches: { search: SavedSearch; hits: SearchHit[] }[], now: Date): string {
  const doc: WatchExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    lists: lists.map((l) => ({
      ...l,
      cases: cases.filter((c) => c.list === l.id).map((c) => ({ text: c.text, ref: c.ref, ...(c.reading && { reading: c.reading }), addedAt: c.addedAt })),
    })),
    searches: searches.map(({ search, hits }) => {
      const { skipped: _s, lastError: _e, ...rest } = search;
      return { ...rest, hits: hits.map(({ search: _id, ...h }) => h) };
    }),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function exportCsv(lists: WatchList[], cases: WatchedCase[]): string {
  const listName = new Map(lists.map((l) => [l.id, l.name]));
  return csvDocument(
    ['list', 'number', 'docdb', 'country', 'type', 'status', 'status_office', 'status_since', 'title', 'last_checked', 'added'],
    cases.map((c) => [
      listName.get(c.list) ?? c.list, c.text, c.ref.docdb, c.ref.country, c.ref.type,
      c.latest?.status?.label, c.latest?.status?.office, c.latest?.status?.since, c.latest?.title, c.lastChecked, c.addedAt,
    ]),
  );
}

const risDate = (iso: string | undefined) => (iso ? iso.slice(0, 10).replace(/-/g, '/') : undefined);

export function exportRis(cases: WatchedCase[]): string {
  const records = cases.map((c) => {
    const s = c.latest;
    const tag = (t: string, value: string | undefined | null) => (value ? [`${t}  - ${value.replace(/\s*\n\s*/g, ' ')}`] : []);
    const grant = c.ref.type === 'grant' ? c.ref.raw : undefined;
    return [
      'TY  - PAT',
      ...tag('TI', s?.title ?? c.text),
      ...(s?.owners ?? []).flatMap((o) => tag('PB', o)),
      ...tag('SN', grant ?? (c.ref.type === 'publication' ? c.ref.raw : undefined)),
      ...tag('M1', c.ref.type === 'application' ? c.ref.raw : undefined),
      ...tag('C3', c.ref.country),
      ...tag('C1', risDate(s?.dates.filing)),
      ...tag('DA', risDate(s?.dates.grant ?? s?.dates.publication)),
      ...tag('C6', s?.status ? `${s.status.label} (${s.status.detail})` : undefined),
      ...tag('N1', c.ref.docdb),
      'ER  - ',
    ].join('\r\n');
  });
  return `${records.join('\r\n\r\n')}\r\n`;
}

// ---- import

export interface ImportedCase {
  /** A list id (JSON) … */
  list?: string;
  /** … or a list's name (CSV, as the CSV export writes it). */
  listName?: string;
  /** Where it was in the file, for the rejection report. */
  where: string;
  text: string;
  ref?: DocRef;
  reading?: v.InferOutput<typeof readingSchema>;
  addedAt?: string;
}

export interface ImportPlan {
  lists: WatchList[];
  cases: ImportedCase[];
  searches: (SavedSearch & { hits: Omit<SearchHit, 'search'>[] })[];
  /** Every row that could not be taken, with where it was and why. */
  rejected: { where: string; reason: string }[];
}

const issuesOf = (issues: readonly v.BaseIssue<unknown>[]) => issues.map((i) => `${v.getDotPath(i) ?? ''} ${i.message}`.trim()).join('; ');

export function readImport(fileName: string, text: string, words: Words): ImportPlan {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (/\.json$/i.test(fileName) || trimmed.startsWith('{')) return readJson(trimmed, words);
  return readCsv(trimmed, words);
}

function readJson(text: string, words: Words): ImportPlan {
  const plan: ImportPlan = { lists: [], cases: [], searches: [], rejected: [] };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    plan.rejected.push({ where: 'file', reason: words('import_not_json', [(error as Error).message]) });
    return plan;
  }
  const head = doc as { format?: unknown; version?: unknown; lists?: unknown; searches?: unknown };
  if (head?.format !== EXPORT_FORMAT || head.version !== EXPORT_VERSION) {
    plan.rejected.push({ where: 'file', reason: words('import_wrong_format', [EXPORT_FORMAT, String(EXPORT_VERSION)]) });
    return plan;
  }
  (Array.isArray(head.lists) ? head.lists : []).forEach((raw, i) => {
    const list = v.safeParse(listSchema, raw);
    if (!list.success) return void plan.rejected.push({ where: `lists[${i}]`, reason: issuesOf(list.issues) });
    const { cases, ...rest } = list.output;
    plan.lists.push(rest);
    cases.forEach((rawCase, j) => {
      const c = v.safeParse(caseSchema, rawCase);
      if (!c.success) return void plan.rejected.push({ where: `lists[${i}].cases[${j}]`, reason: issuesOf(c.issues) });
      plan.cases.push({ where: `lists[${i}].cases[${j}]`, list: rest.id, text: c.output.text, ref: c.output.ref, ...(c.output.reading && { reading: c.output.reading }), addedAt: c.output.addedAt });
    });
  });
  (Array.isArray(head.searches) ? head.searches : []).forEach((raw, i) => {
    const s = v.safeParse(searchSchema, raw);
    if (!s.success) return void plan.rejected.push({ where: `searches[${i}]`, reason: issuesOf(s.issues) });
    const hits: Omit<SearchHit, 'search'>[] = [];
    s.output.hits.forEach((rawHit, j) => {
      const h = v.safeParse(hitSchema, rawHit);
      if (!h.success) return void plan.rejected.push({ where: `searches[${i}].hits[${j}]`, reason: issuesOf(h.issues) });
      hits.push({ key: h.output.key, ref: h.output.ref, ...(h.output.title && { title: h.output.title }), firstSeen: h.output.firstSeen, seen: h.output.seen });
    });
    const { lastTotal, ...search } = s.output;
    plan.searches.push({ ...search, ...(lastTotal !== undefined && { lastTotal }), hits });
  });
  return plan;
}

function readCsv(text: string, words: Words): ImportPlan {
  const plan: ImportPlan = { lists: [], cases: [], searches: [], rejected: [] };
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase() });
  // A one-column file (just numbers) has no delimiter to find: that is not a fault of any row.
  for (const e of parsed.errors.filter((x) => x.code !== 'UndetectableDelimiter')) plan.rejected.push({ where: words('import_row', [String((e.row ?? 0) + 2)]), reason: e.message });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('number')) {
    plan.rejected.push({ where: 'file', reason: words('import_no_number_column') });
    return plan;
  }
  parsed.data.forEach((row, i) => {
    const number = (row.number ?? '').trim();
    if (!number) return void plan.rejected.push({ where: words('import_row', [String(i + 2)]), reason: words('import_empty_number') });
    const listName = (row.list ?? '').trim();
    plan.cases.push({ where: words('import_row', [String(i + 2)]), ...(listName && { listName }), text: number });
  });
  return plan;
}
