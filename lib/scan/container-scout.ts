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
      const container = blockContainerOf(n);
      if (!container || this.seen.has(container)) continue;
      this.seen.add(container);
      return container;
    }
    if (!n) this.finished = true;
    return null;
  }
}

/**
 * Open shadow roots under `root`. Only custom elements are asked (frameworks host shadow trees on
 * them); asking every element costs a DOM call per element on big pages. Shadow roots on standard
 * elements deeper than a block's own level are therefore not scanned (known limit).
 */
export function openShadowRootsUnder(root: Node): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const scope = root as ParentNode;
  if (typeof scope.querySelectorAll !== 'function') return out;
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType !== 11 && typeof doc.evaluate === 'function') {
    const found = doc.evaluate(".//*[contains(local-name(), '-')]", root, null, XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE, null);
    for (let i = 0; i < found.snapshotLength; i++) {
      const shadow = (found.snapshotItem(i) as Element).shadowRoot;
      if (shadow) out.push(shadow);
    }
    return out;
  }
  for (const el of scope.querySelectorAll('*')) {
    if (el.localName.includes('-') && el.shadowRoot) out.push(el.shadowRoot);
  }
  return out;
}
