/**
 * The change between two snapshots of one case, in plain words (issue 12 §1): status changed, new
 * office document, new legal event, appeal filed or decided, new family member, new citation, owner
 * changed. Sections either check could not read are skipped, and so is a section another office answered
 * this time (a fallback while the usual office was down words things its own way: that is no change of the
 * case; the new answer becomes the baseline). Events are compared as a multiset, so an
 * office that lists the same fee payment twice (two countries, same words) is not "new" on every run.
 */
import type { OfficeId, WatchChange } from '../model/contracts';
import type { DocRef } from '../model/patent';
import type { CaseSnapshot, SnapshotEvent, SnapshotSection } from './model';
import { ownerKey } from './snapshot';

/** i18n lookup (lib/i18n.ts in the extension; a table in tests). */
export type Words = (key: string, substitutions?: string[]) => string;

const eventId = (e: SnapshotEvent) => `${e.office}|${e.date}|${e.code.trim()}|${e.description}`;

function added<T>(before: readonly T[], after: readonly T[], id: (x: T) => string): T[] {
  const counts = new Map<string, number>();
  for (const x of before) counts.set(id(x), (counts.get(id(x)) ?? 0) + 1);
  const out: T[] = [];
  for (const x of after) {
    const left = counts.get(id(x)) ?? 0;
    if (left > 0) counts.set(id(x), left - 1);
    else out.push(x);
  }
  return out;
}

const EVENT_KEY: Record<SnapshotEvent['kind'], string> = {
  document: 'watch_change_document',
  'legal-event': 'watch_change_legal',
  appeal: 'watch_change_appeal',
};

export function diffSnapshots(ref: DocRef, before: CaseSnapshot, after: CaseSnapshot, words: Words): WatchChange[] {
  const sameOffice = (section: SnapshotSection) => {
    const b = before.offices[section];
    const a = after.offices[section];
    return b === undefined || a === undefined || a === b;
  };
  const readable = (section: SnapshotSection) => !before.unknown.includes(section) && !after.unknown.includes(section) && sameOffice(section);
  const office = (section: SnapshotSection, fallback?: OfficeId): OfficeId => after.offices[section] ?? before.offices[section] ?? fallback ?? 'epo-ops';
  const at = after.at;
  const changes: WatchChange[] = [];

  if (readable('status') && before.status && after.status) {
    const b = before.status;
    const a = after.status;
    if (b.state !== a.state) {
      changes.push({ ref, kind: 'status', summary: words('watch_change_status', [b.label, a.label]), before: b.label, after: a.label, office: a.office, at });
    } else if (b.detail !== a.detail && a.detail) {
      changes.push({ ref, kind: 'status', summary: words('watch_change_status_words', [b.detail, a.detail]), before: b.detail, after: a.detail, office: a.office, at });
    }
  }

  if (readable('events')) {
    const fresh = added(before.events, after.events, eventId).sort((x, y) => x.date.localeCompare(y.date));
    for (const e of fresh) {
      changes.push({ ref, kind: e.kind, summary: words(EVENT_KEY[e.kind], [e.description, e.date]), after: e.description, office: e.office, at });
    }
  }

  if (readable('family')) {
    for (const member of added(before.family, after.family, (x) => x)) {
      changes.push({ ref, kind: 'family', summary: words('watch_change_family', [member]), after: member, office: office('family'), at });
    }
  }

  if (readable('citations')) {
    for (const cited of added(before.citations, after.citations, (x) => x)) {
      changes.push({ ref, kind: 'citation', summary: words('watch_change_citation', [cited]), after: cited, office: office('citations'), at });
    }
  }

  if (readable('owners') && before.owners.length > 0 && after.owners.length > 0) {
    const keys = (names: string[]) => [...new Set(names.map(ownerKey))].sort().join('|');
    if (keys(before.owners) !== keys(after.owners)) {
      const b = before.owners.join(', ');
      const a = after.owners.join(', ');
      changes.push({ ref, kind: 'owner', summary: words('watch_change_owner', [b, a]), before: b, after: a, office: office('owners'), at });
    }
  }
  return changes;
}
