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
  const only = container.firstChild;
  if (only && only === container.lastChild && only.nodeType === 3) {
    const data = (only as Text).data;
    return NON_SPACE.test(data) ? [{ nodes: [only as Text], starts: [0], text: data }] : [];
  }
  const blocks: TextBlock[] = [];
  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  let length = 0;
  let pendingSpace = false;

  const flush = () => {
    if (nodes.length > 0) blocks.push({ nodes, starts, text: parts.join('') });
    nodes = [];
    starts = [];
    parts = [];
    length = 0;
    pendingSpace = false;
  };

  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) {
        const data = (child as Text).data;
        if (!NON_SPACE.test(data)) {
          if (nodes.length > 0) pendingSpace = true;
          continue;
        }
        if (pendingSpace) {
          parts.push(' ');
          length += 1;
          pendingSpace = false;
        }
        nodes.push(child as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      } else if (type === 1) {
        const el = child as Element;
        const shadow = el.shadowRoot;
        if (shadow) options.onShadowRoot?.(shadow);
        // Block-level and skipped tags end the block and are not entered (skipped tags are never inline).
        if (!isInline(el) || isHiddenOrEditable(el) || options.isOwn?.(el)) flush();
        else visit(el);
      }
    }
  };

  visit(container);
  flush();
  return blocks;
}
