/**
 * A side-panel answer (LookupDetails) reduced to what a watch compares between two checks. A section
 * counts as read when an office answered it with a fresh copy, or when every office asked said it
 * has none; a section that failed or came from a stale copy is `unknown`, so an office that is down
 * for one check never reads as "everything changed".
 */
import type { Capability } from '../offices/provider';
import type { LookupDetails, SourceReport } from '../lookup/types';
import type { Provenance } from '../model/provenance';
import { buildTimeline } from '../timeline/timeline';
import { eventKind } from './event-kind';
import type { CaseSnapshot, SnapshotEvent, SnapshotSection } from './model';

const SECTION_CAPABILITY: Record<SnapshotSection, Capability> = {
  status: 'status',
  owners: 'biblio',
  events: 'legal',
  family: 'family',
  citations: 'citations',
};

function emptyForAll(reports: SourceReport[] | undefined): boolean {
  return (reports ?? []).every((r) => r.error?.kind === 'not-found');
}

function fresh(source: Provenance | undefined): boolean {
  return source !== undefined && !source.stale;
}

/** Owner names compared as the same firm however an office spaces or punctuates them. */
export function ownerKey(name: string): string {
  return name.normalize('NFKC').toUpperCase().replace(/[\s.,・'"()（）]+/g, '').replace(/(INCORPORATED|INC|CORPORATION|CORP|LTD|LIMITED|CO|株式会社|KK|GMBH|AG|SA|LLC)$/u, '');
}

export function takeSnapshot(details: LookupDetails, at: string): CaseSnapshot {
  const { status, biblio, legal, family, citations } = details;
  const present: Record<SnapshotSection, Provenance | undefined> = {
    status: status?.source,
    owners: biblio?.source,
    events: legal?.[0]?.source,
    family: family?.source,
    citations: citations?.[0]?.source,
  };
  const unknown: SnapshotSection[] = [];
  const offices: CaseSnapshot['offices'] = {};
  for (const section of Object.keys(SECTION_CAPABILITY) as SnapshotSection[]) {
    const source = present[section];
    const hasValue = section === 'events' ? legal !== undefined : section === 'citations' ? citations !== undefined : source !== undefined;
    if (hasValue) {
      // Every event of one answer shares the answer's freshness; an empty list has no source to ask.
      if (source && !fresh(source)) unknown.push(section);
      if (source) offices[section] = source.office;
    } else if (!emptyForAll(details.gaps[SECTION_CAPABILITY[section]])) {
      unknown.push(section);
    }
  }

  const events: SnapshotEvent[] = (legal ?? []).map((e) => ({
    date: e.date,
    code: e.code,
    description: e.description,
    office: e.source.office,
    kind: eventKind({ ...e, office: e.source.office }),
  }));
  const owners = (biblio?.parties ?? []).filter((p) => p.role === 'applicant' || p.role === 'owner').map((p) => p.name);
  const dates = biblio?.dates ?? {};
  const now = new Date(at);
  const durations = buildTimeline({ events: legal ?? [], dates, ...(biblio && { datesSource: biblio.source }), now }).durations.map((d) => ({
    key: d.key,
    days: d.days,
    ...(d.ongoing && { ongoing: true }),
    ...(d.outcome && { outcome: d.outcome }),
  }));

  return {
    at,
    ...(status && {
      status: {
        state: status.state,
        label: details.summary.status?.label ?? status.state,
        detail: status.officeDetail,
        office: status.source.office,
        ...(status.since && { since: status.since }),
      },
    }),
    owners,
    events,
    family: (family?.members ?? []).map((m) => m.ref.docdb ?? m.ref.epodoc ?? m.ref.raw),
    citations: (citations ?? []).map((c) => c.ref?.docdb ?? c.ref?.epodoc ?? c.text ?? '').filter(Boolean),
    ...(biblio?.title && { title: biblio.title }),
    offices,
    unknown,
    dates: {
      ...(dates.filing && { filing: dates.filing }),
      ...(dates.publication && { publication: dates.publication }),
      ...(dates.grant && { grant: dates.grant }),
      ...(dates.expiry && { expiry: dates.expiry }),
      ...(biblio && { office: biblio.source.office }),
    },
    durations,
  };
}

/** A check that read nothing at all: no office answered (no key, office down for every section). */
export function readNothing(s: CaseSnapshot): boolean {
  return s.unknown.length === Object.keys(SECTION_CAPABILITY).length;
}
