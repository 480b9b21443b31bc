import { blockContainerOf, isInline, isSkipped } from './dom-rules';

/** What a batch of DOM mutations asks the scanner to do. */
export interface MutationWork {
  /** Subtrees to walk again (blocks whose nodes were all scanned before are skipped cheaply). */
  roots: Set<Node>;
  /** Roots whose blocks must be searched again even if every node in them was seen (text was removed from them). */
  forced: Set<Node>;
  /** Text nodes whose data changed: no longer counted as scanned. */
  changed: Text[];
  /** Something was removed: findings on detached nodes must go. */
  removals: boolean;
}

/** True when the node lies in a subtree the scanner never reads (or in our own UI). */
export function isInsideSkipped(node: Node, isOwn?: (el: Element) => boolean): boolean {
  for (let p: Node | null = node.nodeType === 1 ? node : node.parentNode; p; p = p.parentNode) {
    if (p.nodeType !== 1) {
      // Crossing out of a shadow root: continue at its host.
      if (p.nodeType === 11 && (p as ShadowRoot).host) p = (p as ShadowRoot).host;
      else continue;
    }
    if (isSkipped(p as Element) || isOwn?.(p as Element)) return true;
  }
  return false;
}

/**
 * Turn recorded mutations into work, without reading any text (that happens in the next slice).
 * Added inline content rescans the block it joins; added block content is walked on its own.
 */
export function collectWork(records: MutationRecord[], isOwn?: (el: Element) => boolean): MutationWork {
  const work: MutationWork = { roots: new Set(), forced: new Set(), changed: [], removals: false };
  const containerOf = (node: Node): Node | null => blockContainerOf(node);
  for (const record of records) {
    if (record.type === 'characterData') {
      const text = record.target as Text;
      const container = containerOf(text);
      work.changed.push(text);
      if (container) work.roots.add(container);
      continue;
    }
    if (record.type !== 'childList') continue;
    for (const added of record.addedNodes) {
      if (added.nodeType === 3) {
        const container = containerOf(added);
        if (container) work.roots.add(container);
      } else if (added.nodeType === 1) {
        const el = added as Element;
        if (isSkipped(el) || isOwn?.(el)) continue;
        if (isInline(el)) {
          const container = containerOf(el);
          if (container) work.roots.add(container);
        } else {
          work.roots.add(el);
        }
      }
    }
    if (record.removedNodes.length > 0) {
      work.removals = true;
      // Removing text or inline elements can join the text around them into a new number.
      const joinsText = Array.from(record.removedNodes).some((n) => n.nodeType === 3 || (n.nodeType === 1 && isInline(n as Element)));
      if (joinsText) {
        const target = record.target;
        const container = target.nodeType === 1 && isInline(target as Element) ? containerOf(target) : target;
        if (container) {
          work.roots.add(container);
          work.forced.add(container);
        }
      }
    }
  }
  return work;
}
