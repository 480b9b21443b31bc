import { isSkipped } from './dom-rules';

/**
 * "Is this node inside a subtree we never read?", memoised per node: containers found by the scout
 * share most of their ancestors, so each ancestor is asked once per scan. Cleared when the scan
 * settles, so a later `hidden` or `contenteditable` change is seen by the next batch.
 */
export class SkipCache {
  private readonly cache = new Map<Node, boolean>();
  /** The nodes walked by one call, kept between calls so asking allocates nothing. */
  private readonly path: Node[] = [];

  constructor(private readonly isOwn?: (el: Element) => boolean) {}

  /** Walks up iteratively: a page may nest elements 10,000 deep (issue 16), past any call stack. */
  skipped(node: Node): boolean {
    const path = this.path;
    let result = false;
    for (let at: Node | null = node; at; ) {
      const cached = this.cache.get(at);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      path.push(at);
      if (at.nodeType === 1) {
        const el = at as Element;
        if (isSkipped(el) || (this.isOwn?.(el) ?? false)) {
          result = true;
          break;
        }
        at = el.parentNode;
      } else if (at.nodeType === 11) {
        // Out of a shadow root: on to its host.
        at = (at as ShadowRoot).host ?? null;
      } else {
        at = null;
      }
    }
    // Everything walked shares the answer: a skipped ancestor skips them all, none skips none.
    for (let i = 0; i < path.length; i++) this.cache.set(path[i]!, result);
    path.length = 0;
    return result;
  }

  clear(): void {
    this.cache.clear();
  }
}
