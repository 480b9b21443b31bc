import { describe, expect, it } from 'vitest';
import { ensureStaticRange } from './test-dom';
import { ViewportGate } from './viewport-gate';

ensureStaticRange();

/** An IntersectionObserver driven by the test: `show(el, near)` delivers one entry. */
function fakeObserverWindow() {
  let callback: ((entries: IntersectionObserverEntry[]) => void) | null = null;
  const observed = new Set<Element>();
  class FakeIO {
    constructor(cb: (entries: IntersectionObserverEntry[]) => void) {
      callback = cb;
    }
    observe(el: Element) {
      observed.add(el);
    }
    unobserve(el: Element) {
      observed.delete(el);
    }
    disconnect() {
      observed.clear();
    }
  }
  const win = { IntersectionObserver: FakeIO } as unknown as Window & typeof globalThis;
  const show = (el: Element, near: boolean) => callback!([{ target: el, isIntersecting: near } as unknown as IntersectionObserverEntry]);
  return { win, observed, show };
}

function rangeIn(el: Element): AbstractRange {
  const text = el.firstChild as Text;
  return new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: text.data.length });
}

describe('ViewportGate', () => {
  it('registers a range only while its block is near the viewport, one observation per block', () => {
    document.body.innerHTML = '<p id="a">US1111111 and US2222222</p><p id="b">EP3333333</p>';
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    const { win, observed, show } = fakeObserverWindow();
    const sink = new Set<AbstractRange>();
    const gate = new ViewportGate(win, sink);
    const [ra1, ra2, rb] = [rangeIn(a), rangeIn(a), rangeIn(b)];
    gate.add(ra1);
    gate.add(ra2);
    gate.add(rb);
    expect([...observed]).toEqual([a, b]);
    expect(sink.size).toBe(0);
    show(a, true);
    expect([...sink]).toEqual([ra1, ra2]);
    show(b, true);
    show(a, false);
    expect([...sink]).toEqual([rb]);
    expect(gate.registered).toBe(1);
    // Removing the last range of a block stops observing it.
    gate.delete(rb);
    expect(sink.size).toBe(0);
    expect([...observed]).toEqual([a]);
    // A range added to a block already near is registered at once.
    show(a, true);
    const ra3 = rangeIn(a);
    gate.add(ra3);
    expect(sink.has(ra3)).toBe(true);
  });
});
