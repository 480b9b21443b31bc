/**
 * A container's own text blocks: its text, and the text of its inline descendants, split at
 * nested block-level elements, <br> and skipped elements (which are not entered). Iterates child
 * lists directly: most containers hold a handful of nodes, and creating a TreeWalker per container
 * cost more than the walk itself on big pages.
 */
import { isHiddenOrEditable, isInline } from './dom-rules';
import type { TextBlock } from './text-block';

const NON_SPACE = /\S/;

export interface OwnBlockOptions {
  isOwn?(el: Element): boolean;
  onShadowRoot?(root: ShadowRoot): void;
}

export function ownBlocks(container: Node, options: OwnBlockOptions = {}): TextBlock[] {
  // Fast path, the commonest container on big pages: a single text node (<td>2019-11-19</td>).
  const first = container.firstChild;
  if (first && first === container.lastChild && first.nodeType === 3) {
    const data = (first as Text).data;
    return NON_SPACE.test(data) ? [{ nodes: [first as Text], starts: [0], text: data, data: [data] }] : [];
  }
  const { isOwn, onShadowRoot } = options;
  const blocks: TextBlock[] = [];
  let nodes: Text[] = [];
  let starts: number[] = [];
  let datas: string[] = [];
  let text = '';
  let pendingSpace = false;
  // One loop over the subtree (no closures or recursion: this runs for every container with a
  // digit, mostly before the JIT has warmed up): down into inline elements, along siblings, and
  // back up as far as the container.
  let node: Node | null = first;
  let depth = 0;
  while (node) {
    let down: Node | null = null;
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data;
      if (!NON_SPACE.test(data)) {
        if (nodes.length > 0) pendingSpace = true;
      } else {
        if (pendingSpace) {
          text += ' ';
          pendingSpace = false;
        }
        nodes.push(node as Text);
        datas.push(data);
        starts.push(text.length);
        text += data;
      }
    } else if (type === 1) {
      const el = node as Element;
      const shadow = el.shadowRoot;
      if (shadow) onShadowRoot?.(shadow);
      // Block-level and skipped tags end the block and are not entered (skipped tags are never inline).
      if (!isInline(el) || isHiddenOrEditable(el) || isOwn?.(el)) {
        if (nodes.length > 0) blocks.push({ nodes, starts, text, data: datas });
        nodes = [];
        starts = [];
        datas = [];
        text = '';
        pendingSpace = false;
      } else {
        down = el.firstChild;
      }
    }
    if (down) {
      node = down;
      depth++;
      continue;
    }
    let next: Node | null = node.nextSibling;
    while (!next && depth > 0) {
      node = node!.parentNode;
      depth--;
      next = node ? node.nextSibling : null;
    }
    node = next;
  }
  if (nodes.length > 0) blocks.push({ nodes, starts, text, data: datas });
  return blocks;
}
