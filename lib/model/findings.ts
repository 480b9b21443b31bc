import { type IndustrialRight, rightId } from './right';
import type { Match } from './contracts';

/** One distinct document found on a page (contract C1 fields without offsets), and how often it appears. */
export interface FindingItem extends Omit<Match, 'start' | 'end'> {
  count: number;
  /** The office's core number (lib/numbers PatentRef.number), when known: ties together forms with no DOCDB. */
  number?: string;
  /** A JP design or trademark (found only where the user switched them on). */
  right?: IndustrialRight;
}

/** What a content script reports for its frame (message `findings/report`). */
export interface FindingsReport {
  url: string;
  /** The scan has no pending work: the list is complete for now. */
  settled: boolean;
  items: FindingItem[];
}

/** The findings of one tab, all frames merged (message `findings/get`, the side panel's "On this page"). */
export interface TabFindings {
  tabId: number;
  url: string | null;
  settled: boolean;
  items: FindingItem[];
  /** The page had more than the store keeps (lib/background/findings-store.ts): the caps it hit. */
  truncatedAt?: { itemsPerFrame: number; frames: number };
}

/**
 * One key per distinct document: the EPODOC form when the text fixes it (kind codes and spacing
 * differ between mentions of the same document), else DOCDB, else the office's core number
 * (14/014,229 and US14/014,229), else the raw text without spaces.
 */
export function documentKey(ref: Omit<Match, 'start' | 'end'> & { number?: string; right?: IndustrialRight }): string {
  const id = ref.right ? rightId(ref.right) : ref.epodoc ?? ref.docdb ?? (ref.number ? `#${ref.number}` : ref.raw.replace(/\s+/g, ''));
  return `${ref.country}|${ref.type}|${id}`;
}

/** Between two mentions of one document, keep the fuller one (DOCDB with a kind code beats without). */
export function fuller<T extends Omit<Match, 'start' | 'end'>>(a: T, b: T): T {
  const score = (r: T) => (r.docdb ? r.docdb.split('.').length : 0);
  return score(b) > score(a) ? b : a;
}

/** Merge mentions into one item per document, counting them. */
export function mergeFindings(lists: Iterable<Iterable<FindingItem>>, limit = 10_000): FindingItem[] {
  const byKey = new Map<string, FindingItem>();
  for (const list of lists) {
    for (const item of list) {
      const key = documentKey(item);
      const seen = byKey.get(key);
      if (seen) byKey.set(key, { ...fuller(seen, item), count: seen.count + item.count });
      else if (byKey.size < limit) byKey.set(key, { ...item });
    }
  }
  return [...byKey.values()];
}
