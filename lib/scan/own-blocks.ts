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

/**
 * A block holds at most this many text nodes; a longer run of inline text (a page may put 200,000
 * spans in one paragraph, issue 16) is cut into blocks of this size. A number written across the
 * cut between two nodes is the one thing that can be missed; one step of the scanner reads at most
 * one block, so no slice waits on a whole giant paragraph.
 */
export const MAX_BLOCK_NODES = 2_048;
/** Nodes one call of `next()` walks at most, blocks finished or not (the scanner's unit of work). */
const NODES_PER_STEP = 256;

/**
 * The commonest container on big pages holds a single text node (<td>US20050183345A1</td>): its one
 * block, without a walk; null when the container is not of that kind or its text is only space.
 */
export function singleTextBlock(container: Node): TextBlock | null {
  const first = container.firstChild;
  if (!first || first !== container.lastChild || first.nodeType !== 3) return null;
  const data = (first as Text).data;
  return NON_SPACE.test(data) ? { nodes: [first as Text], starts: [0], text: data, data: [data] } : null;
}

/**
 * A container's own blocks, one per call of `next()`: a TextBlock, `undefined` when this call
 * used up its node budget without finishing a block (call again), or `null` when the walk is done.
 */
export class OwnBlocks {
  private node: Node | null;
  private depth = 0;
  private nodes: Text[] = [];
  private starts: number[] = [];
  private datas: string[] = [];
  private text = '';
  private pendingSpace = false;
  private single: TextBlock | null;

  constructor(
    container: Node,
    private readonly options: OwnBlockOptions = {},
  ) {
    this.single = singleTextBlock(container);
    this.node = this.single ? null : container.firstChild;
  }

  next(): TextBlock | null | undefined {
    if (this.single) {
      const block = this.single;
      this.single = null;
      return block;
    }
    const { isOwn, onShadowRoot } = this.options;
    // One loop over the subtree (no closures or recursion: this runs for every container with a
    // digit, mostly before the JIT has warmed up): down into inline elements, along siblings, and
    // back up as far as the container.
    let budget = NODES_PER_STEP;
    let done: TextBlock | null = null;
    while (this.node && !done) {
      if (--budget < 0) return undefined;
      const node: Node = this.node;
      let down: Node | null = null;
      const type = node.nodeType;
      if (type === 3) {
        const data = (node as Text).data;
        if (!NON_SPACE.test(data)) {
          if (this.nodes.length > 0) this.pendingSpace = true;
        } else {
          if (this.pendingSpace) {
            this.text += ' ';
            this.pendingSpace = false;
          }
          this.nodes.push(node as Text);
          this.datas.push(data);
          this.starts.push(this.text.length);
          this.text += data;
          if (this.nodes.length >= MAX_BLOCK_NODES) done = this.cut();
        }
      } else if (type === 1) {
        const el = node as Element;
        const shadow = el.shadowRoot;
        if (shadow) onShadowRoot?.(shadow);
        // Block-level and skipped tags end the block and are not entered (skipped tags are never inline).
        if (!isInline(el) || isHiddenOrEditable(el) || isOwn?.(el)) done = this.cut();
        else down = el.firstChild;
      }
      if (down) {
        this.node = down;
        this.depth++;
        continue;
      }
      let at: Node | null = node;
      let next: Node | null = at.nextSibling;
      while (!next && this.depth > 0) {
        at = at!.parentNode;
        this.depth--;
        next = at ? at.nextSibling : null;
      }
      this.node = next;
    }
    return done ?? this.cut();
  }

  /** End the current block; null when it holds no text. */
  private cut(): TextBlock | null {
    const block = this.nodes.length > 0 ? { nodes: this.nodes, starts: this.starts, text: this.text, data: this.datas } : null;
    this.nodes = [];
    this.starts = [];
    this.datas = [];
    this.text = '';
    this.pendingSpace = false;
    return block;
  }
}

/** All of a container's own blocks at once (tests, small containers). */
export function ownBlocks(container: Node, options: OwnBlockOptions = {}): TextBlock[] {
  const walker = new OwnBlocks(container, options);
  const blocks: TextBlock[] = [];
  for (;;) {
    const block = walker.next();
    if (block === null) return blocks;
    if (block) blocks.push(block);
  }
}
