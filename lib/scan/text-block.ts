/**
 * A text block: the text nodes between two block boundaries, joined, so a number written across
 * inline elements (`US <b>10,123</b>,456`, the per-token `<span>`s of a view-source line) reads as
 * one string. `starts[i]` is where `nodes[i]` begins in `text`; that is the whole offset map.
 */
export interface TextBlock {
  nodes: Text[];
  starts: number[];
  text: string;
  /** Each node's text as read when the block was built (saves reading the DOM again to send it). */
  data?: string[];
  /** Words that name a table cell's content (its column heading, the table's caption): read before the text, never marked. */
  heading?: string;
}

/** The part of one text node that a block range covers. */
export interface Piece {
  node: Text;
  from: number;
  to: number;
}

/** Index of the node holding block offset `at` (the last node starting at or before it). */
function nodeIndexAt(block: TextBlock, at: number): number {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (block.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Map block offsets [start, end) back to node pieces (empty nodes in between are left out). */
export function piecesOf(block: TextBlock, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  for (let i = nodeIndexAt(block, start); i < block.nodes.length; i++) {
    const node = block.nodes[i]!;
    const nodeStart = block.starts[i]!;
    if (nodeStart >= end) break;
    const from = Math.max(0, start - nodeStart);
    const to = Math.min(node.data.length, end - nodeStart);
    if (to > from) pieces.push({ node, from, to });
  }
  return pieces;
}

/** A StaticRange over the pieces: static, so the page's own DOM edits never pay to update it. */
export function rangeOfPieces(pieces: Piece[]): StaticRange | null {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return null;
  return new StaticRange({ startContainer: first.node, startOffset: first.from, endContainer: last.node, endOffset: last.to });
}

/** A live Range over the same text, for measuring (getClientRects) and selecting. */
export function liveRange(r: AbstractRange): Range {
  const range = r.startContainer.ownerDocument!.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range;
}
