import { describe, expect, it } from 'vitest';
import { SkipCache } from './skip-cache';

describe('SkipCache', () => {
  it('answers for a node 10,000 elements deep without running out of stack', () => {
    const root = document.createElement('div');
    root.hidden = true;
    let at: Element = root;
    for (let i = 0; i < 10_000; i++) at = at.appendChild(document.createElement('span'));
    const cache = new SkipCache();
    expect(cache.skipped(at)).toBe(true);
    const open = document.createElement('div');
    let inner: Element = open;
    for (let i = 0; i < 10_000; i++) inner = inner.appendChild(document.createElement('b'));
    expect(cache.skipped(inner)).toBe(false);
  });

  it('skips below script, editable and our own elements, and remembers per node', () => {
    const own = document.createElement('patentpeek-card');
    const cache = new SkipCache((el) => el === own);
    const p = own.appendChild(document.createElement('p'));
    expect(cache.skipped(p)).toBe(true);
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    expect(cache.skipped(editable.appendChild(document.createElement('span')))).toBe(true);
    expect(cache.skipped(document.createElement('article'))).toBe(false);
  });
});
