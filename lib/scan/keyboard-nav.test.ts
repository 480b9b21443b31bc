import { afterEach, describe, expect, it } from 'vitest';
import { Scanner, type Hit } from './scanner';
import { KeyboardNav } from './keyboard-nav';
import { ensureStaticRange, manualSlices, toyFind } from './test-dom';

ensureStaticRange();
type Found = ReturnType<typeof toyFind>[number];

function scan(html: string): Scanner<Found> {
  document.body.innerHTML = html;
  const slices = manualSlices();
  const scanner = new Scanner<Found>({ find: toyFind, runSlice: slices.runSlice, onChange: () => {} });
  scanner.start(document);
  slices.runAll();
  return scanner;
}

/** A person's keystroke: the browser marks it trusted (a test stands in for the browser here). */
function press(code: string, init: KeyboardEventInit = { altKey: true, shiftKey: true }, target: EventTarget = document.body, trusted = true): boolean {
  const event = new KeyboardEvent('keydown', { code, bubbles: true, cancelable: true, ...init });
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  return target.dispatchEvent(event);
}

describe('KeyboardNav', () => {
  const controller = new AbortController();
  afterEach(() => controller.abort());

  it('moves through the numbers in document order with Alt+Shift+N / P, wrapping around', () => {
    const scanner = scan('<p>US3333333</p><div><p>US1111111 and US2222222</p></div>');
    const visited: string[] = [];
    new KeyboardNav<Found>(window, { hits: () => scanner.hits(), onMove: (h: Hit<Found>) => visited.push(h.found.key), signal: controller.signal });
    press('KeyN');
    press('KeyN');
    press('KeyN');
    press('KeyN');
    press('KeyP');
    expect(visited).toEqual(['US3333333', 'US1111111', 'US2222222', 'US3333333', 'US2222222']);
  });

  it('ignores other keys and typing in fields', () => {
    const scanner = scan('<p>US3333333</p><input id="f">');
    const visited: string[] = [];
    new KeyboardNav<Found>(window, { hits: () => scanner.hits(), onMove: (h) => visited.push(h.found.key), signal: controller.signal });
    press('KeyN', { altKey: true });
    press('KeyX');
    press('KeyN', { altKey: true, shiftKey: true }, document.getElementById('f')!);
    expect(visited).toEqual([]);
  });

  it('ignores keystrokes a page script made up (issue 16 §1)', () => {
    const scanner = scan('<p>US3333333</p>');
    const visited: string[] = [];
    new KeyboardNav<Found>(window, { hits: () => scanner.hits(), onMove: (h) => visited.push(h.found.key), signal: controller.signal });
    press('KeyN', { altKey: true, shiftKey: true }, document.body, false);
    expect(visited).toEqual([]);
    press('KeyN');
    expect(visited).toEqual(['US3333333']);
  });

  it('Esc closes an open card and keeps the key from the page; a made-up Esc does nothing', () => {
    const scanner = scan('<p>US3333333</p>');
    let open = true;
    new KeyboardNav<Found>(window, { hits: () => scanner.hits(), onMove: () => {}, onEscape: () => (open ? ((open = false), true) : false), signal: controller.signal });
    press('Escape', { key: 'Escape' }, document.body, false);
    expect(open).toBe(true);
    press('Escape', { key: 'Escape' }, document.body);
    expect(open).toBe(false);
  });
});
