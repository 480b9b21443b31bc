/**
 * ODP file-wrapper replies → the shared model. Two shapes are in use (API-NOTES.md §3 "Shape drift"):
 * the 2024 beta wraps one flat record per application in `patentBag`; production (2025) wraps
 * `patentFileWrapperDataBag` records whose metadata sit in `applicationMetaData` and whose continuity
 * bags sit beside it. Both are read here, field by field, so either reply gives the same case.
 */
import type { Bibliographic, CaseStatus, Classification, DocRef, LegalEvent, Party, RelatedCase } from '../../model/patent';
import type { Provenance } from '../../model/provenance';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import type { NumberType } from '../../model/contracts';
import { BadResponse, NotFound } from '../../transport/errors';
import { usApp as usApplication } from '../../numbers/offices/us';
import { stateOfOdpStatus } from './status';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const day = (v: unknown): string | undefined => /^\d{4}-\d{2}-\d{2}/.exec(str(v))?.[0];

export interface OdpCase {
  applicationNumber: string;
  biblio: Bibliographic;
  status: CaseStatus;
  related: RelatedCase[];
  events: LegalEvent[];
  /** Recorded assignments, newest first: who owns it now. */
  assignments: { recorded?: string; conveyance: string; assignees: string[]; assignors: string[] }[];
  /** Patent term adjustment in days, when granted. */
  termAdjustmentDays?: number;
}

/** The records of any ODP application reply (GET application, sub-resources, POST search). */
export function odpRecords(body: unknown, endpoint: string): Json[] {
  const root = obj(body);
  const bag = root.patentFileWrapperDataBag ?? root.patentBag;
  if (!Array.isArray(bag)) throw new BadResponse('uspto-odp', `ODP ${endpoint}: no patentFileWrapperDataBag or patentBag in the reply`);
  return arr(bag);
}

/** A US serial as a reference; with its filing year DOCDB and EPODOC can be built (FORMATS.md §1.3). */
function usApp(appNo: string, filed?: string): DocRef {
  const digits = appNo.replace(/[^0-9]/g, '');
  if (!/^\d{8}$/.test(digits)) return { raw: appNo, country: 'US', type: 'application', docdb: null, epodoc: null };
  const ref = usApplication(digits.slice(0, 2), digits.slice(2), filed?.slice(0, 4) ?? null);
  return { raw: ref?.original ?? appNo, country: 'US', type: 'application', docdb: ref?.docdb ?? null, epodoc: ref?.epodoc ?? null };
}

/** 'US20150157873A1' or 'US 2019-0095759 A1' → the US publication. */
function usPublication(text: string): DocRef | undefined {
  const m = /^US\s?((?:19|20)\d{2})-?0?(\d{6})\s?([A-Z]\d?)?$/.exec(text.trim());
  if (!m) return undefined;
  const number = `${m[1]}${m[2]}`;
  return { raw: text, country: 'US', type: 'publication', docdb: m[3] ? `US.${number}.${m[3]}` : `US.${number}`, epodoc: `US${number}` };
}

function usPatent(no: string): DocRef | undefined {
  const n = no.replace(/^0+/, '');
  return /^(?:RE|D|PP)?\d{4,8}$/.test(n) ? { raw: n, country: 'US', type: 'grant', docdb: `US.${n}`, epodoc: `US${n}` } : undefined;
}

/** A continuity or priority number: a US serial, a PCT application ("PCT/US15/27322", "PCTIB2013001896"). */
function relatedRef(text: string): DocRef {
  const pct = /^PCT\/?([A-Z]{2})(\d{2}|\d{4})\/?(\d{5,6})$/.exec(text.replace(/\s/g, ''));
  if (pct) return { raw: `PCT/${pct[1]}${pct[2]}/${pct[3]}`, country: 'WO', type: 'application', docdb: null, epodoc: null };
  return /^\d{8}$/.test(text) ? usApp(text) : { raw: text, country: 'US', type: 'application', docdb: null, epodoc: null };
}

/** ODP's relation codes (claimParentageTypeCode) → ours, seen from this application: its parents are
 *  the PCT it entered from (NST, 371), the provisional it claims (PRO) or a parent it continues;
 *  its children are its divisionals and continuations. */
const PARENT: Record<string, RelatedCase['relation']> = { NST: 'pct', '371': 'pct', PRO: 'priority' };
const CHILD: Record<string, RelatedCase['relation']> = { DIV: 'divisional', CON: 'continuation', CIP: 'continuation' };

export function parseOdpRecord(rec: Json, info: FetchInfo, endpoint = 'application'): OdpCase {
  const source: Provenance = sourceOf('uspto-odp', endpoint, info);
  const meta = Object.keys(obj(rec.applicationMetaData)).length ? obj(rec.applicationMetaData) : rec;
  const appNo = str(rec.applicationNumberText) || str(meta.applicationNumberText);
  if (!appNo) throw new BadResponse('uspto-odp', `ODP ${endpoint}: a record without applicationNumberText`);

  const applicants = arr(meta.applicantBag).map((a) => str(a.applicantNameText)).filter(Boolean);
  const parties: Party[] = [
    ...(applicants.length ? applicants : [str(meta.firstApplicantName)].filter(Boolean)).map((name): Party => ({ name, role: 'applicant' })),
    ...arr(meta.inventorBag).map((i): Party => ({ name: str(i.inventorNameText) || `${str(i.firstName)} ${str(i.lastName)}`.trim(), role: 'inventor' })).filter((p) => p.name),
  ];
  const assignments = arr(rec.assignmentBag ?? meta.assignmentBag)
    .map((a) => ({
      ...(day(a.assignmentRecordedDate) && { recorded: day(a.assignmentRecordedDate) }),
      conveyance: str(a.conveyanceText),
      assignees: arr(a.assigneeBag).map((x) => str(x.assigneeNameText)).filter(Boolean),
      assignors: arr(a.assignorBag).map((x) => str(x.assignorName)).filter(Boolean),
    }))
    .sort((a, b) => (b.recorded ?? '').localeCompare(a.recorded ?? ''));
  const owner = assignments.find((a) => /ASSIGNMENT/i.test(a.conveyance) && a.assignees.length)?.assignees;
  if (owner) for (const name of owner) if (!parties.some((p) => p.name.toUpperCase() === name.toUpperCase())) parties.push({ name, role: 'owner' });

  const numbers: { type: NumberType; ref: DocRef }[] = [];
  const pub = usPublication(str(meta.earliestPublicationNumber));
  if (pub) numbers.push({ type: 'publication', ref: pub });
  const grant = usPatent(str(meta.patentNumber));
  if (grant) numbers.push({ type: 'grant', ref: grant });

  const foreign = arr(rec.foreignPriorityBag ?? meta.foreignPriorityBag);
  const priorityDates = foreign.map((f) => day(f.filingDate)).filter((d): d is string => !!d).sort();
  const classifications: Classification[] = [
    ...(Array.isArray(meta.cpcClassificationBag) ? (meta.cpcClassificationBag as unknown[]).map((s) => ({ scheme: 'CPC' as const, symbol: str(s).replace(/\s+/g, '') })).filter((c) => c.symbol) : []),
    ...(str(meta.uspcSymbolText) || str(meta['class/subclass']) ? [{ scheme: 'USPC' as const, symbol: str(meta.uspcSymbolText) || str(meta['class/subclass']) }] : []),
  ];
  const dates = {
    ...(day(meta.filingDate) && { filing: day(meta.filingDate) }),
    ...(day(meta.earliestPublicationDate) && { publication: day(meta.earliestPublicationDate) }),
    ...(day(meta.grantDate) && { grant: day(meta.grantDate) }),
    ...(priorityDates[0] && { priority: priorityDates[0] }),
  };
  const biblio: Bibliographic = { ref: usApp(appNo, dates.filing), title: str(meta.inventionTitle), parties, dates, numbers, classifications, source };

  const code = str(meta.applicationStatusCode);
  const words = str(meta.applicationStatusDescriptionText).replace(/\s{2,}/g, ' ');
  const status: CaseStatus = {
    state: stateOfOdpStatus(code, words),
    officeDetail: code ? `${words} (status ${code})` : words,
    ...(day(meta.applicationStatusDate) && { since: day(meta.applicationStatusDate) }),
    source,
  };

  const continuity = obj(rec.continuityBag);
  const parents = arr(rec.parentContinuityBag ?? continuity.parentContinuityBag);
  const children = arr(rec.childContinuityBag ?? continuity.childContinuityBag);
  const related: RelatedCase[] = [
    ...parents.filter((p) => str(p.childApplicationNumberText) === appNo || !str(p.childApplicationNumberText)).map((p): RelatedCase => ({
      relation: PARENT[str(p.claimParentageTypeCode)] ?? 'parent',
      ref: relatedRef(str(p.parentApplicationNumberText)),
      ...(day(p.parentApplicationFilingDate) && { date: day(p.parentApplicationFilingDate) }),
      source,
    })),
    ...children.map((c): RelatedCase => ({
      relation: CHILD[str(c.claimParentageTypeCode)] ?? 'other',
      ref: relatedRef(str(c.childApplicationNumberText)),
      ...(day(c.childApplicationFilingDate) && { date: day(c.childApplicationFilingDate) }),
      source,
    })),
    ...foreign.map((f): RelatedCase => ({
      relation: 'priority',
      ref: { raw: `${str(f.ipOfficeName)} ${str(f.applicationNumberText)}`.trim(), country: COUNTRY[str(f.ipOfficeName).toUpperCase()] ?? 'XX', type: 'application', docdb: null, epodoc: null },
      ...(day(f.filingDate) && { date: day(f.filingDate) }),
      source,
    })),
  ];

  const events: LegalEvent[] = arr(rec.eventDataBag ?? meta.eventDataBag)
    .filter((e) => day(e.eventDate))
    .map((e) => ({ date: day(e.eventDate) as string, code: str(e.eventCode), description: str(e.eventDescriptionText), officeText: str(e.eventDescriptionText), country: 'US', source }))
    .sort((a, b) => b.date.localeCompare(a.date));

  const pta = Number(obj(rec.patentTermAdjustmentData ?? meta.patentTermAdjustmentData).adjustmentTotalQuantity);
  return { applicationNumber: appNo, biblio, status, related, events, assignments, ...(Number.isFinite(pta) && grant && { termAdjustmentDays: pta }) };
}

// ipOfficeName as ODP writes it (foreignPriorityBag) → ST.3.
const COUNTRY: Record<string, string> = { JAPAN: 'JP', GERMANY: 'DE', 'KOREA, REPUBLIC OF': 'KR', KOREA: 'KR', CHINA: 'CN', 'EUROPEAN PATENT OFFICE': 'EP', EPO: 'EP', FRANCE: 'FR', 'UNITED KINGDOM': 'GB', TAIWAN: 'TW', CANADA: 'CA', INDIA: 'IN', WIPO: 'WO' };

/** One application from a reply that must hold it. */
export function parseOdpApplication(body: unknown, info: FetchInfo, endpoint = 'application'): OdpCase {
  const [rec] = odpRecords(body, endpoint);
  if (!rec) throw new NotFound('uspto-odp', `ODP ${endpoint}: no application in the reply`);
  return parseOdpRecord(rec, info, endpoint);
}

/** The application numbers a search found. */
export function searchHits(body: unknown): string[] {
  return odpRecords(body, 'search').map((r) => str(r.applicationNumberText) || str(obj(r.applicationMetaData).applicationNumberText)).filter(Boolean);
}
