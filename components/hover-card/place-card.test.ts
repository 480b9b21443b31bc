import { describe, expect, it } from 'vitest';
import { placeCard } from './place-card';

const vp = { width: 1000, height: 800 };
const card = { width: 360, height: 240 };

describe('placeCard', () => {
  it('goes below the number when there is room', () => {
    expect(placeCard({ left: 100, top: 100, right: 180, bottom: 118 }, card, vp)).toEqual({ left: 100, top: 124 });
  });
  it('goes above when the number is near the bottom', () => {
    expect(placeCard({ left: 100, top: 700, right: 180, bottom: 718 }, card, vp)).toEqual({ left: 100, top: 454 });
  });
  it('stays inside the right edge and the left margin', () => {
    expect(placeCard({ left: 900, top: 100, right: 980, bottom: 118 }, card, vp).left).toBe(1000 - 360 - 8);
    expect(placeCard({ left: -50, top: 100, right: 10, bottom: 118 }, card, vp).left).toBe(8);
  });
  it('stays inside a viewport smaller than the card', () => {
    const p = placeCard({ left: 10, top: 100, right: 50, bottom: 118 }, { width: 360, height: 900 }, vp);
    expect(p.top).toBe(8);
  });
});
