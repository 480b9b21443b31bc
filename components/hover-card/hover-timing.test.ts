import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverTiming } from './hover-timing';

describe('HoverTiming', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function make(pinned = false) {
    const open = vi.fn();
    const close = vi.fn();
    const timing = new HoverTiming<string>({ dwellMs: 300, graceMs: 200, open, close, isPinned: () => pinned });
    return { timing, open, close };
  }

  it('opens only after the pointer rests for the dwell time', () => {
    const { timing, open } = make();
    timing.pointer('a');
    vi.advanceTimersByTime(299);
    expect(open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(open).toHaveBeenCalledWith('a');
  });

  it('does not open when the pointer passes over quickly', () => {
    const { timing, open } = make();
    timing.pointer('a');
    vi.advanceTimersByTime(100);
    timing.pointer(null);
    vi.advanceTimersByTime(1000);
    expect(open).not.toHaveBeenCalled();
  });

  it('closes after the grace time, unless the pointer is in the card', async () => {
    const { timing, close } = make();
    timing.show('a');
    timing.pointer(null);
    timing.cardPointer(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(close).not.toHaveBeenCalled();
    timing.cardPointer(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(close).toHaveBeenCalledTimes(1);
    expect(timing.current).toBeNull();
  });

  it('keeps a pinned card open', async () => {
    const { timing, close } = make(true);
    timing.show('a');
    timing.pointer(null);
    await vi.advanceTimersByTimeAsync(1000);
    expect(close).not.toHaveBeenCalled();
  });
});
