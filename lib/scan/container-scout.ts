/**
 * First stage of a scan: find the block containers worth reading. A SHOW_TEXT TreeWalker visits
 * only text nodes (about two thirds of a page's nodes, and none of its elements), and a text node
 * without a digit (or holding only a date) cannot hold any part of a patent number's digits. So
 * only containers of text nodes with such digits are read as blocks; the rest of the page costs
 * one regex test per text node. Measured on the Google Patents detail page (36,600 text nodes, 18,600 elements):
 * walking every node and element took about twice as long as this.
 */
import { blockContainerOf } from './dom-rules';

const HAS_DIGIT = /[0-9\uff10-\uff19]/;
/**
 * A text node that is only a date (2019-11-19, 2019/11/19) cannot hold part of a patent number;
 * on a Google Patents page such cells are 2,569 of the 4,168 text nodes with digits. Anchored, so
 * it gives up at the first character that is neither space nor date; the length cap only keeps it
 * off long paragraphs (prettified pages indent a date cell's text to 30–40 characters).
 */
export const DATE_ONLY = /^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*$/;
const DATE_MAX = 200;

export class ContainerScout {
  private readonly walker: TreeWalker;
  private readonly seen = new Set<Node>();
  /** The parent of the last text node placed: its siblings share its container, already seen. */
  private lastParent: Node | null = null;
  private finished = false;

  constructor(readonly root: Node) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  }

  get done(): boolean {
    return this.finished;
  }

  /** The walk lost its place: the node it stood on was removed from the document. */
  get stale(): boolean {
    const at = this.walker.currentNode;
    return at !== this.root && !at.isConnected;
  }

  /**
   * The next container (in document order) with a digit in its text; null when none was found
   * within `limit` text nodes (so one step stays short) or the walk is done (`done`).
   */
  next(limit = 256): Node | null {
    let n: Node | null = null;
    for (let seen = 0; seen < limit && (n = this.walker.nextNode()); seen++) {
      const data = (n as Text).data;
      if (!HAS_DIGIT.test(data) || (data.length <= DATE_MAX && DATE_ONLY.test(data))) continue;
      const parent = n.parentNode;
      if (parent === this.lastParent) continue;
      this.lastParent = parent;
      const container = blockContainerOf(n);
      if (!container || this.seen.has(container)) continue;
      this.seen.add(container);
      return container;
    }
    if (!n) this.finished = true;
    return null;
  }
}

/** Up to this many elements, one XPath query finds the custom elements fastest (~2 ms for 20,000). */
const XPATH_MAX_ELEMENTS = 50_000;
/** Elements one step of the sliced search looks at (well under a millisecond). */
const ELEMENTS_PER_STEP = 1_024;

/**
 * Open shadow roots under `root`, found a batch per call. Only custom elements are asked
 * (frameworks host shadow trees on them); asking every element costs a DOM call per element on big
 * pages. Shadow roots on standard elements deeper than a block's own level are therefore not
 * scanned (known limit). On an ordinary page one XPath query answers at once; a page with more
 * than XPATH_MAX_ELEMENTS elements (issue 16: 200,000 spans, 21 ms for the query) is walked
 * ELEMENTS_PER_STEP elements a call, so no step of the scan is long.
 */
export class ShadowRootFinder {
  private batch: ShadowRoot[] | null = null;
  private walker: TreeWalker | null = null;

  constructor(root: Node) {
    const doc = root.ownerDocument ?? (root as Document);
    const scope = root as Element | Document | ShadowRoot;
    if (typeof scope.querySelectorAll !== 'function') {
      this.batch = [];
    } else if (root.nodeType !== 11 && typeof doc.evaluate === 'function' && (scope as Element).getElementsByTagName('*').length <= XPATH_MAX_ELEMENTS) {
      const found = doc.evaluate(".//*[contains(local-name(), '-')]", root, null, XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE, null);
      this.batch = [];
      for (let i = 0; i < found.snapshotLength; i++) {
        const shadow = (found.snapshotItem(i) as Element).shadowRoot;
        if (shadow) this.batch.push(shadow);
      }
    } else {
      this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    }
  }

  /** The next open shadow roots found (possibly none); null when the search is done. One call looks at ELEMENTS_PER_STEP elements at most. */
  next(): ShadowRoot[] | null {
    if (this.batch) {
      const batch = this.batch;
      this.batch = null;
      return batch;
    }
    if (!this.walker) return null;
    const out: ShadowRoot[] = [];
    let el: Node | null = null;
    for (let seen = 0; seen < ELEMENTS_PER_STEP && (el = this.walker.nextNode()); seen++) {
      const shadow = (el as Element).localName.includes('-') ? (el as Element).shadowRoot : null;
      if (shadow) out.push(shadow);
    }
    if (!el) this.walker = null;
    return out;
  }
}
