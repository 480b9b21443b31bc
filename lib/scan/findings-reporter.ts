/**
 * Sends this frame's findings to the background (message `findings/report`): the whole current
 * list, one item per mention. A long scan reports its progress at most every
 * `delayMs`; the report that says "settled" goes out at once. Nothing is sent when nothing changed.
 */
import type { Match } from '../model/contracts';
import type { FindingItem, FindingsReport } from '../model/findings';
import type { IndustrialRight } from '../model/right';

type Ref = Omit<Match, 'start' | 'end'> & { number?: string; right?: IndustrialRight };

/**
 * One item per mention (count 1). The background merges mentions into documents for the whole tab
 * anyway (findings-store.ts), so merging here too would only add work on the page's main thread.
 */
/** The protocol's limit per report (lib/messaging/protocol.ts `findings/report`). */
export const MAX_ITEMS = 10_000;

export function toItems(refs: Iterable<Ref>): FindingItem[] {
  const items: FindingItem[] = [];
  for (const r of refs) {
    if (items.length === MAX_ITEMS) break;
    // The protocol caps raw at 200 characters; one over-long mention must not void the report.
    const item: FindingItem = { raw: r.raw.length > 200 ? r.raw.slice(0, 200) : r.raw, country: r.country, type: r.type, docdb: r.docdb, epodoc: r.epodoc, count: 1 };
    if (r.number) item.number = r.number;
    if (r.right) item.right = { law: r.right.law, number: r.right.number };
    items.push(item);
  }
  return items;
}

export class FindingsReporter {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = true;
  private lastSettled: boolean | null = null;
  private lastUrl = '';

  constructor(
    private readonly read: () => { refs: Iterable<Ref>; settled: boolean },
    private readonly sendReport: (report: FindingsReport) => Promise<unknown>,
    private readonly url: () => string,
    private readonly delayMs = 1_000,
  ) {}

  /** The hits changed (or the scan settled): report now when settled, else within `delayMs`. */
  changed(settled: boolean): void {
    this.dirty ||= !settled;
    if (settled) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const { refs, settled } = this.read();
    const url = this.url();
    // A single-page app may change its URL without changing the numbers: report that too.
    if (!this.dirty && settled === this.lastSettled && url === this.lastUrl) return;
    this.dirty = false;
    this.lastSettled = settled;
    this.lastUrl = url;
    this.sendReport({ url, settled, items: toItems(refs) }).catch((error: unknown) => console.warn('[PatentPeek] findings report failed', error));
  }
}
