import { describe, expect, it } from 'vitest';
import { ACTIVE_NAME, HIGHLIGHT_NAME, Highlighter } from './highlighter';
import { MarkBatcher } from './mark-batcher';

/** A window with just the CSS Custom Highlight API surface the highlighter uses. */
function fakeWindow(withApi = true) {
  const registry = new Map<string, Set<unknown> & { priority: number }>();
  class FakeSheet {
    text = '';
    replaceSync(t: string) {
      this.text = t;
    }
  }
  const win = {
    CSS: withApi ? { highlights: registry } : {},
    Highlight: withApi ? class extends Set<unknown> { priority = 0; } : undefined,
    CSSStyleSheet: FakeSheet,
    document: { adoptedStyleSheets: [] as unknown[] },
  };
  return { win: win as unknown as Window & typeof globalThis, registry, doc: win.document };
}

const range = (n: number) => ({ id: n }) as unknown as AbstractRange;

describe('Highlighter', () => {
  it('registers its highlights, adopts the ::highlight sheet once, and adds/removes ranges', () => {
    const { win, registry, doc } = fakeWindow();
    const h = new Highlighter(win);
    expect(h.supported).toBe(true);
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    expect((doc.adoptedStyleSheets[0] as { text: string }).text).toContain(`::highlight(${HIGHLIGHT_NAME})`);
    // The same file Firefox's manifest injects (lib/scan/highlight.css) names both highlights.
    expect((doc.adoptedStyleSheets[0] as { text: string }).text).toContain(`::highlight(${ACTIVE_NAME})`);
    const [r1, r2] = [range(1), range(2)];
    h.add([r1, r2]);
    h.remove([r1]);
    expect([...registry.get(HIGHLIGHT_NAME)!]).toEqual([r2]);
    h.setActive(r2);
    expect(registry.get(ACTIVE_NAME)!.size).toBe(1);
    expect(registry.get(ACTIVE_NAME)!.priority).toBe(1);
    const shadow = { adoptedStyleSheets: [] as unknown[] } as unknown as ShadowRoot;
    h.adopt(shadow);
    h.adopt(shadow);
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    h.destroy();
    expect(registry.size).toBe(0);
  });

  it('marks nothing (and touches nothing) where the API is missing', () => {
    const { win, doc } = fakeWindow(false);
    const h = new Highlighter(win);
    expect(h.supported).toBe(false);
    h.add([range(1)]);
    expect(doc.adoptedStyleSheets).toHaveLength(0);
  });
});

describe('MarkBatcher', () => {
  it('applies changes in one batch, and a range added then removed never reaches the highlight', () => {
    const added: unknown[] = [];
    const removed: unknown[] = [];
    const batcher = new MarkBatcher({ add: (r) => added.push(...r), remove: (r) => removed.push(...r) }, 10_000);
    const a = { range: range(1) };
    const b = { range: range(2) };
    batcher.change([a, b], []);
    batcher.change([], [a]);
    expect(added).toEqual([]);
    batcher.flush();
    expect(added).toEqual([b.range]);
    expect(removed).toEqual([]);
    batcher.change([], [b]);
    batcher.flush();
    expect(removed).toEqual([b.range]);
  });
});

describe('Highlighter where a content script cannot adopt a sheet (Firefox)', () => {
  it('still marks when the manifest brings the ::highlight rules, and marks nothing when nothing does', () => {
    const make = () => {
      const { win, registry, doc } = fakeWindow();
      Object.defineProperty(doc, 'adoptedStyleSheets', { get: () => [], set: () => { throw new TypeError('adoptedStyleSheets is not iterable'); } });
      // A fresh frame: no sheet remembered from another Highlighter.
      return { win, registry };
    };
    const firefox = make();
    const withManifest = new Highlighter(firefox.win, { manifestStyles: true });
    expect(withManifest.supported).toBe(true);
    withManifest.add([range(1)]);
    expect([...(firefox.registry.get(HIGHLIGHT_NAME) ?? [])]).toHaveLength(1);
    const bare = make();
    expect(new Highlighter(bare.win).supported).toBe(false);
  });
});
