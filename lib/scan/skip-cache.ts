import { isSkipped } from './dom-rules';

/**
 * "Is this node inside a subtree we never read?", memoised per node: containers found by the scout
 * share most of their ancestors, so each ancestor is asked once per scan. Cleared when the scan
 * settles, so a later `hidden` or `contenteditable` change is seen by the next batch.
 */
export class SkipCache {
  private readonly cache = new Map<Node, boolean>();

  constructor(private readonly isOwn?: (el: Element) => boolean) {}

  skipped(node: Node): boolean {
    const cached = this.cache.get(node);
    if (cached !== undefined) return cached;
    let result: boolean;
    if (node.nodeType === 1) {
      const el = node as Element;
      result = isSkipped(el) || (this.isOwn?.(el) ?? false);
      const parent = el.parentNode;
      if (!result && parent) result = this.skipped(parent);
    } else if (node.nodeType === 11) {
      // Out of a shadow root: on to its host.
      const host = (node as ShadowRoot).host;
      result = host ? this.skipped(host) : false;
    } else {
      result = false;
    }
    this.cache.set(node, result);
    return result;
  }

  clear(): void {
    this.cache.clear();
  }
}
