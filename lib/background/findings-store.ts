/**
 * Findings per tab and frame (issue 5 §4). Content scripts report their frame's whole list; the
 * store merges frames into one list per tab (one item per document), keeps the action badge in
 * step, and mirrors each tab (findings-mirror.ts: IndexedDB) so a restarted service worker still
 * knows what is on the page. A tab's entry is dropped when it starts loading a new document or closes.
 *
 * A page decides how many numbers and frames it has, so both are capped: the first
 * MAX_ITEMS_PER_FRAME documents of a frame and the first MAX_FRAMES_PER_TAB frames are kept, and
 * the side panel says when the list was cut.
 */
import { type FindingItem, type FindingsReport, mergeFindings, type TabFindings } from '../model/findings';
import type { KeyValueMirror } from './findings-mirror';

export const MAX_ITEMS_PER_FRAME = 2_000;
export const MAX_FRAMES_PER_TAB = 64;

interface FrameEntry {
  url: string;
  settled: boolean;
  items: FindingItem[];
  truncated?: boolean;
}
interface TabEntry {
  frames: Record<string, FrameEntry>;
  framesDropped?: boolean;
}

export interface FindingsStoreDeps {
  /** The IndexedDB mirror (or a fake in tests). */
  mirror: KeyValueMirror;
  setBadge(tabId: number, count: number): Promise<void>;
}

const key = (tabId: number) => `findings:${tabId}`;

export class FindingsStore {
  private readonly tabs = new Map<number, TabEntry>();
  private readonly waiters = new Set<() => void>();

  constructor(private readonly deps: FindingsStoreDeps) {}

  async report(tabId: number, frameId: number, report: FindingsReport): Promise<void> {
    const tab = await this.load(tabId);
    const id = String(frameId);
    if (!(id in tab.frames) && Object.keys(tab.frames).length >= MAX_FRAMES_PER_TAB) {
      tab.framesDropped = true;
      return;
    }
    const truncated = report.items.length > MAX_ITEMS_PER_FRAME;
    tab.frames[id] = { url: report.url, settled: report.settled, items: truncated ? report.items.slice(0, MAX_ITEMS_PER_FRAME) : report.items, ...(truncated && { truncated }) };
    await this.saved(tabId, tab);
  }

  /** The tab started loading another document, or closed. */
  async clear(tabId: number): Promise<void> {
    this.tabs.delete(tabId);
    await this.deps.mirror.remove(key(tabId));
    await this.deps.setBadge(tabId, 0).catch(() => undefined);
    this.wake();
  }

  async get(tabId: number): Promise<TabFindings> {
    const tab = await this.load(tabId);
    const frames = Object.values(tab.frames);
    const top = tab.frames['0'];
    return {
      tabId,
      url: top?.url ?? null,
      settled: frames.length > 0 && frames.every((f) => f.settled),
      items: mergeFindings(frames.map((f) => f.items)),
      ...((tab.framesDropped || frames.some((f) => f.truncated)) && { truncatedAt: { itemsPerFrame: MAX_ITEMS_PER_FRAME, frames: MAX_FRAMES_PER_TAB } }),
    };
  }

  /** Resolve once `ready(findings)` holds for the tab, or with the current state after `timeoutMs`. */
  async waitFor(tabId: number, ready: (f: TabFindings) => boolean, timeoutMs: number): Promise<TabFindings> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = await this.get(tabId);
      if (ready(current) || Date.now() >= deadline) return current;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.max(0, deadline - Date.now()));
        const waiter = () => done();
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.waiters.add(waiter);
        setTimeout(() => this.waiters.delete(waiter), Math.max(0, deadline - Date.now()) + 1);
      });
    }
  }

  private async load(tabId: number): Promise<TabEntry> {
    let tab = this.tabs.get(tabId);
    if (tab) return tab;
    const stored = (await this.deps.mirror.get(key(tabId)))[key(tabId)] as TabEntry | undefined;
    tab = this.tabs.get(tabId) ?? stored ?? { frames: {} };
    this.tabs.set(tabId, tab);
    return tab;
  }

  private async saved(tabId: number, tab: TabEntry): Promise<void> {
    this.wake();
    const count = mergeFindings(Object.values(tab.frames).map((f) => f.items)).length;
    await Promise.all([this.deps.mirror.set({ [key(tabId)]: tab }), this.deps.setBadge(tabId, count).catch(() => undefined)]);
  }

  private wake(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const w of waiters) w();
  }
}
