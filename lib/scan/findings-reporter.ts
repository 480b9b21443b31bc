/**
 * Sends this frame's findings to the background (message `findings/report`): the whole current
 * list, one item per document with a count. A long scan reports its progress at most every
 * `delayMs`; the report that says "settled" goes out at once. Nothing is sent when nothing changed.
 */
import type { Match } from '../model/contracts';
import { mergeFindings, type FindingItem, type FindingsReport } from '../model/findings';

type Ref = Omit<Match, 'start' | 'end'> & { number?: string };

export function toItems(refs: Iterable<Ref>): FindingItem[] {
  const single = (function* () {
    for (const r of refs) {
      const item: FindingItem = { raw: r.raw, country: r.country, type: r.type, docdb: r.docdb, epodoc: r.epodoc, count: 1 };
      if (r.number) item.number = r.number;
      yield item;
    }
  })();
  return mergeFindings([single]);
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
