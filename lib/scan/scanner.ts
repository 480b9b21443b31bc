/**
 * The page scanner (issue 5), after uBlock Origin's domWatcher (aesthetics.md §12, §16.5):
 *
 *   document ──first pass──▶ roots queue ──ContainerScout──▶ containers with a digit
 *       ▲                        ▲                                   │ OwnBlocks (the container's own text blocks)
 *       │ MutationObserver       │ collectWork() (next slice)        ▼
 *       └── records only ────────┘        text blocks ──find / FindQueue (background)──▶ hits ──▶ onChange
 *                                            └─ processed: WeakSet<Text> (unchanged text is never searched again)
 *
 * All work runs in slices of a few milliseconds (slices.ts). The observer callback only stores
 * records; open shadow roots found on the way are observed and walked like the document.
 */
import { cellHeading, findWithHeading } from './column-heading';
import { ContainerScout, DATE_ONLY, ShadowRootFinder } from './container-scout';
import { collectWork, isInsideSkipped } from './mutation-work';
import { FindQueue, stitch, unchanged, windowsOf, type BatchFinder } from './find-queue';
import { OwnBlocks, singleTextBlock, type OwnBlockOptions } from './own-blocks';
import { SkipCache } from './skip-cache';
import { defaultSliceRunner, type SliceRunner } from './slices';
import { piecesOf, rangeOfPieces, type Piece, type TextBlock } from './text-block';

export interface Span {
  start: number;
  end: number;
}

/** One number on the page: what the finder said, and where it is. */
export interface Hit<F extends Span> {
  found: F;
  range: StaticRange;
  pieces: Piece[];
}

export interface ScannerOptions<F extends Span> {
  /** The finder, run in the page (tests, or where messaging is not wanted)… */
  find?(text: string): F[];
  /** …or run elsewhere in batches (the content script: the background's lib/numbers, find-queue.ts). */
  findBatch?: BatchFinder<F>;
  /** Called after every slice that changed something. */
  onChange(added: Hit<F>[], removed: Hit<F>[]): void;
  /** Called each time all known work is done (first pass, and after each later batch). */
  onSettled?(): void;
  onShadowRoot?(root: ShadowRoot): void;
  isOwn?(el: Element): boolean;
  runSlice?: SliceRunner;
}

/**
 * Four digits or more anywhere in the block: the shortest numbers lib/numbers reads (old US
 * "RE12,345", "EP 1 234 567" written in groups) have five or more, so a block with fewer — page
 * numbers, "Figure 3", "1 of 2" — is never sent to the background (issue 5: cost per scan).
 */
const FOUR_DIGITS = /[0-9０-９](?:[^0-9０-９]*[0-9０-９]){3}/;

/** Long blocks are searched in overlapping windows, so one giant <pre> cannot make a long task. */
export function findInWindows<F extends Span>(find: (text: string) => F[], text: string): F[] {
  const out: F[] = [];
  for (const w of windowsOf(text.length)) stitch(w, find(w.from === 0 && w.to === text.length ? text : text.slice(w.from, w.to)), out);
  return out;
}

/** One unit per 128 text nodes a step touched, at least one: eight units are about a millisecond. */
function stepCost(nodes: number): number {
  return 1 + (nodes >> 7);
}
/** A step of the sliced shadow-host search (ShadowRootFinder) looks at up to 1,024 elements. */
const HOST_STEP_COST = stepCost(1_024);

export class Scanner<F extends Span> {
  private readonly queue: Node[] = [];
  /** Blocks of the current container still to search (reversed, popped from the end). */
  /** The container being read, one block per step (own-blocks.ts). */
  private pending: OwnBlocks | null = null;
  /** The root whose shadow hosts are being looked for, before its text is scouted. */
  private hosts: { root: Node; finder: ShadowRootFinder } | null = null;
  private pendingRoot: Node | null = null;
  /** The epoch in which the pending blocks were read from the page. */
  private pendingEpoch = 0;
  private readonly ownOptions: OwnBlockOptions;
  private readonly find: ((text: string) => F[]) | null;
  private readonly remote: FindQueue<F> | null;
  private scout: ContainerScout | null = null;
  private readonly skipCache: SkipCache;
  private records: MutationRecord[] = [];
  private forced = new Set<Node>();
  /**
   * Counts batches of DOM mutations taken in. Records of every earlier change are in hand when a
   * slice starts (observer callbacks run as microtasks, before the next task), so an answer for a
   * block sent in the same epoch is known to match the page without reading its nodes again.
   */
  private epoch = 0;
  private needsSweep = false;
  private scheduled = false;
  private stopped = false;
  private readonly processed = new WeakSet<Text>();
  private readonly hitsByNode = new Map<Text, Hit<F>[]>();
  private readonly observed = new WeakSet<Node>();
  private readonly observer: MutationObserver;
  private readonly runSlice: SliceRunner;
  private added: Hit<F>[] = [];
  private removed: Hit<F>[] = [];
  /** Main-thread time spent in slices, and the slices themselves ([start, end] in page time, capped), for the bench. */
  busyMs = 0;
  /** The part of busyMs spent in the finder (lib/numbers). */
  findMs = 0;
  readonly sliceLog: [number, number][] = [];
  settled = false;
  /** performance.now() when the scan last settled. */
  settledAt = 0;

  constructor(private readonly options: ScannerOptions<F>) {
    this.runSlice = options.runSlice ?? defaultSliceRunner();
    this.find = options.find ? (text) => options.find!(text) : null;
    this.remote = options.findBatch ? new FindQueue(options.findBatch, () => this.schedule()) : null;
    this.skipCache = new SkipCache(options.isOwn);
    this.ownOptions = { isOwn: options.isOwn, onShadowRoot: (shadow) => this.addShadowRoot(shadow) };
    this.observer = new MutationObserver((records) => {
      // Record only (uBO: never process inside the callback); the next slice turns them into work.
      for (const r of records) this.records.push(r);
      this.settled = false;
      this.schedule();
    });
  }

  /** Scan `root` (a document or an open shadow root) and follow its later changes. */
  start(root: Document | ShadowRoot): void {
    this.watch(root);
    this.queue.push(root instanceof Document ? (root.body ?? root.documentElement) : root);
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
  }

  /** Every live hit, in no particular order. */
  hits(): Hit<F>[] {
    const all = new Set<Hit<F>>();
    for (const list of this.hitsByNode.values()) for (const h of list) all.add(h);
    return [...all];
  }

  /** Hits touching one text node (hover hit-testing). */
  hitsAt(node: Text): readonly Hit<F>[] {
    return this.hitsByNode.get(node) ?? [];
  }

  private watch(root: Node): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.runSlice((budget) => this.slice(budget));
  }

  private slice(budgetMs: number): void {
    this.scheduled = false;
    if (this.stopped) return;
    const t0 = performance.now();
    const end = t0 + budgetMs;
    if (this.records.length > 0) this.takeRecords();
    // Most steps are tiny (one container found, one small block searched): the clock is read once
    // per 8 units of work, and a step over a long block counts for more (see stepCost).
    let more = true;
    while (more && performance.now() < end) {
      for (let units = 0; units < 8 && more; ) {
        const cost = this.step();
        more = cost > 0;
        units += cost;
      }
    }
    if (this.needsSweep) this.sweepDetached();
    // Whatever was collected in this slice goes out now (the background searches while the next
    // slice collects); answers arrive as tasks of their own.
    this.remote?.flush();
    const t1 = performance.now();
    this.busyMs += t1 - t0;
    if (this.sliceLog.length < 5_000) this.sliceLog.push([t0, t1]);
    this.emit();
    const localWork = this.pending !== null || this.hosts !== null || this.scout || this.queue.length > 0 || this.records.length > 0 || (this.remote?.ready.length ?? 0) > 0;
    if (localWork) {
      this.schedule();
    } else if (this.remote && !this.remote.idle) {
      // Waiting for answers: their arrival schedules the next slice.
    } else {
      this.forced.clear();
      this.skipCache.clear();
      this.settled = true;
      this.settledAt = performance.now();
      this.options.onSettled?.();
    }
  }

  /**
   * Do one unit of work; returns its cost in units (stepCost), 0 when there is nothing left.
   * Steps over a block cost by its length, so a page's giant paragraph (issue 16: 200,000 inline
   * nodes) gets the clock read after each of its blocks instead of after eight.
   */
  private step(): number {
    const answer = this.remote?.ready.shift();
    if (answer) {
      // Nothing found and nothing to drop: most answers (no DOM reads needed).
      if (answer.found.length === 0 && !this.hasHitsOn(answer.block.nodes)) return stepCost(answer.block.nodes.length);
      // A block that changed while its answer travelled is searched again (its mutation queued it).
      if ((answer.epoch === this.epoch && this.records.length === 0) || unchanged(answer)) {
        for (const node of answer.block.nodes) this.dropHitsOn(node);
        this.addHits(answer.block, answer.found);
      }
      return stepCost(answer.block.nodes.length);
    }
    if (this.pending) {
      const block = this.pending.next();
      if (block === null) this.pending = null;
      else if (block) this.scanBlock(block, this.pendingRoot!);
      return stepCost(block ? block.nodes.length : 0);
    }
    if (this.scout && !this.scout.done) {
      // The page removed the node the scout stood on: scout this root again; seen blocks cost little.
      if (this.scout.stale) this.scout = new ContainerScout(this.scout.root);
      const container = this.scout.next();
      if (container && !this.skipCache.skipped(container)) {
        // A container of one text node is its own block (most of them): read at once, no walk.
        const single = singleTextBlock(container);
        this.pendingEpoch = this.epoch;
        if (single) {
          this.scanBlock(single, container);
          return 2;
        }
        this.pending = new OwnBlocks(container, this.ownOptions);
        this.pendingRoot = container;
      }
      return 1;
    }
    this.scout = null;
    if (this.hosts) {
      // Shadow hosts first, then the root's text (on a huge page the search takes several steps).
      const found = this.hosts.finder.next();
      if (found === null) {
        this.scout = new ContainerScout(this.hosts.root);
        this.hosts = null;
        return 1;
      }
      for (const shadow of found) this.addShadowRoot(shadow);
      return HOST_STEP_COST;
    }
    const root = this.queue.shift();
    if (!root) return 0;
    if (!root.isConnected || isInsideSkipped(root, this.options.isOwn)) return 1;
    this.hosts = { root, finder: new ShadowRootFinder(root) };
    return HOST_STEP_COST;
  }

  private addShadowRoot(shadow: ShadowRoot): void {
    if (this.observed.has(shadow)) return;
    this.watch(shadow);
    this.queue.push(shadow);
    this.options.onShadowRoot?.(shadow);
  }

  private takeRecords(): void {
    this.epoch++;
    const work = collectWork(this.records, this.options.isOwn);
    this.records = [];
    for (const text of work.changed) {
      this.processed.delete(text);
      this.dropHitsOn(text);
    }
    for (const root of work.forced) this.forced.add(root);
    for (const root of work.roots) this.queue.push(root);
    if (work.removals) this.needsSweep = true;
  }

  private scanBlock(block: TextBlock, root: Node): void {
    const text = block.text;
    if (!FOUR_DIGITS.test(text) || (text.length <= 200 && DATE_ONLY.test(text))) {
      // No number can be here (see FOUR_DIGITS, DATE_ONLY); drop any it had before.
      if (this.hitsByNode.size > 0) for (const node of block.nodes) this.dropHitsOn(node);
      return;
    }
    const force = this.forced.size > 0 && this.forced.has(root);
    const nodes = block.nodes;
    let seen = 0;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (this.processed.has(node)) seen++;
      else this.processed.add(node);
    }
    if (!force && seen === nodes.length) return;
    // Only nodes searched before can carry hits (most nodes here are new).
    if (seen > 0) for (const node of nodes) this.dropHitsOn(node);
    // A short cell of a table: its column heading or the table's caption may be what names the number.
    if (text.length <= 64 && root.nodeName === 'TD') block.heading = cellHeading(root) || undefined;
    if (this.remote) {
      this.remote.add(block, this.pendingEpoch);
      return;
    }
    const f0 = performance.now();
    const founds = block.heading ? findWithHeading(this.find!, block.heading, text) : findInWindows(this.find!, block.text);
    this.findMs += performance.now() - f0;
    this.addHits(block, founds);
  }

  private addHits(block: TextBlock, founds: F[]): void {
    for (const found of founds) {
      const pieces = piecesOf(block, found.start, found.end);
      const range = rangeOfPieces(pieces);
      if (!range) continue;
      const hit: Hit<F> = { found, range, pieces };
      for (const p of pieces) {
        const list = this.hitsByNode.get(p.node);
        if (list) list.push(hit);
        else this.hitsByNode.set(p.node, [hit]);
      }
      this.added.push(hit);
    }
  }

  private hasHitsOn(nodes: Text[]): boolean {
    if (this.hitsByNode.size === 0) return false;
    for (const node of nodes) if (this.hitsByNode.has(node)) return true;
    return false;
  }

  private dropHitsOn(node: Text): void {
    const old = this.hitsByNode.get(node);
    if (old) for (const hit of [...old]) this.removeHit(hit);
  }

  private removeHit(hit: Hit<F>): void {
    for (const p of hit.pieces) {
      const list = this.hitsByNode.get(p.node);
      if (!list) continue;
      const i = list.indexOf(hit);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.hitsByNode.delete(p.node);
    }
    const j = this.added.indexOf(hit);
    if (j >= 0) this.added.splice(j, 1);
    else this.removed.push(hit);
  }

  private sweepDetached(): void {
    this.needsSweep = false;
    for (const [node, list] of [...this.hitsByNode]) {
      if (!node.isConnected) for (const hit of [...list]) this.removeHit(hit);
    }
  }

  private emit(): void {
    if (this.added.length === 0 && this.removed.length === 0) return;
    const added = this.added;
    const removed = this.removed;
    this.added = [];
    this.removed = [];
    this.options.onChange(added, removed);
  }
}
