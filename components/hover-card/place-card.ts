import type { AnchorRect } from './card-api';

/**
 * Where the card goes: below the number if it fits, else above, else wherever it overlaps the
 * least; always inside the viewport with a small margin (issue 5 §3).
 */
export function placeCard(anchor: AnchorRect, card: { width: number; height: number }, viewport: { width: number; height: number }, gap = 6, margin = 8): { left: number; top: number } {
  const maxLeft = Math.max(margin, viewport.width - card.width - margin);
  const left = Math.min(Math.max(margin, anchor.left), maxLeft);
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - card.height;
  let top: number;
  if (below + card.height <= viewport.height - margin) top = below;
  else if (above >= margin) top = above;
  else top = viewport.height - anchor.bottom > anchor.top ? below : above;
  top = Math.min(Math.max(margin, top), Math.max(margin, viewport.height - card.height - margin));
  return { left: Math.round(left), top: Math.round(top) };
}
