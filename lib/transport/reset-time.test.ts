import { describe, expect, it } from 'vitest';
import { dayIn, nextMidnight, nextWeekStartUtc, weekStartUtc } from './reset-time';

describe('reset times', () => {
  it('JST midnight: 14:00 UTC on the 7th is 23:00 JST, resets at 15:00 UTC the same day', () => {
    const at = Date.parse('2026-05-07T14:00:00Z');
    expect(dayIn('Asia/Tokyo', at)).toBe('2026-05-07');
    expect(nextMidnight('Asia/Tokyo', at).toISOString()).toBe('2026-05-07T15:00:00.000Z');
  });

  it('JST midnight: 16:00 UTC is already the next JST day', () => {
    const at = Date.parse('2026-05-07T16:00:00Z');
    expect(dayIn('Asia/Tokyo', at)).toBe('2026-05-08');
    expect(nextMidnight('Asia/Tokyo', at).toISOString()).toBe('2026-05-08T15:00:00.000Z');
  });

  it('handles a DST zone on the day clocks change', () => {
    // Europe/Berlin springs forward on 2026-03-29; midnight of the 30th is 22:00 UTC on the 29th.
    expect(nextMidnight('Europe/Berlin', Date.parse('2026-03-29T12:00:00Z')).toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('OPS week starts on Monday 00:00 UTC', () => {
    const wed = Date.parse('2026-11-25T10:00:00Z');
    expect(new Date(weekStartUtc(wed)).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(nextWeekStartUtc(wed).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    const monday = Date.parse('2026-11-23T00:00:00Z');
    expect(nextWeekStartUtc(monday).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });
});
