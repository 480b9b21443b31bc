import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findInWindows, Scanner, type Hit } from './scanner';
import { MAX_BLOCK_NODES } from './own-blocks';
import { ensureStaticRange, flushMutations, manualSlices, toyFind } from './test-dom';

ensureStaticRange();

type Found = ReturnType<typeof toyFind>[number];

function setup(html: string) {
  document.body.innerHTML = html;
  const slices = manualSlices();
  const live = new Set<Hit<Found>>();
  const find = vi.fn(toyFind);
  const scanner = new Scanner<Found>({
    find,
    runSlice: slices.runSlice,
    onChange(added, removed) {
      for (const h of removed) live.delete(h);
      for (const h of added) live.add(h);
    },
  });
  scanner.start(document);
  slices.runAll();
  const keys = () => [...live].map((h) => h.found.key).sort();
  return { scanner, slices, live, keys, find };
}

describe('Scanner', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds numbers written across inline elements and maps them back to the text nodes', () => {
    const { keys, live } = setup('<p>See US <b>10,123</b>,456 and <span>US</span><span>7654321</span>.</p>');
    expect(keys()).toEqual(['US10123456', 'US7654321']);
    const first = [...live].find((h) => h.found.key === 'US10123456')!;
    expect(first.pieces.map((p) => p.node.data.slice(p.from, p.to))).toEqual(['US ', '10,123', ',456']);
    expect(first.range.startContainer).toBe(first.pieces[0]!.node);
    expect(first.range.endOffset).toBe(4);
  });

  it('reads whitespace-only nodes between inline pieces as one space', () => {
    const { keys, live } = setup('<p>\n  <span>US</span>\n   <span>1234567</span>\n</p>');
    expect(keys()).toEqual(['US1234567']);
    const hit = [...live][0]!;
    expect(hit.pieces.map((p) => p.node.data)).toEqual(['US', '1234567']);
  });

  it('does not join text across block elements, line breaks or table cells', () => {
    const { keys } = setup('<div>US 10,1</div><div>23,456</div><p>US 1<br>0123456</p><table><tr><td>US</td><td>1234567</td></tr></table>');
    expect(keys()).toEqual([]);
  });

  it('skips scripts, styles, form fields, editable areas and hidden subtrees', () => {
    const { keys } = setup(
      '<script>var a="US1234567"</script><style>/* US2345678 */</style><textarea>US3456789</textarea>' +
        '<div contenteditable="true">US4567890</div><div hidden>US5678901</div><div class="cm-editor">US6789012</div><p>US7890123</p>',
    );
    expect(keys()).toEqual(['US7890123']);
  });

  it('follows added content without searching unchanged text again', async () => {
    const { keys, slices, find } = setup('<p>US1111111</p><ul id="list"></ul>');
    const calls = find.mock.calls.length;
    const li = document.createElement('li');
    li.textContent = 'US2222222';
    document.getElementById('list')!.append(li);
    await flushMutations();
    slices.runAll();
    expect(keys()).toEqual(['US1111111', 'US2222222']);
    // Only the new block was searched.
    expect(find.mock.calls.slice(calls).map((c) => c[0])).toEqual(['US2222222']);
  });

  it('re-scans a block whose text changed, and drops findings of removed nodes', async () => {
    const { keys, slices } = setup('<p id="a">US1111111</p><p id="b">US3333333</p>');
    document.getElementById('a')!.firstChild!.textContent = 'US2222222';
    document.getElementById('b')!.remove();
    await flushMutations();
    slices.runAll();
    expect(keys()).toEqual(['US2222222']);
  });

  it('re-joins a block when an inline piece is added inside it', async () => {
    const { keys, slices } = setup('<p id="p">US 10,123</p>');
    expect(keys()).toEqual([]);
    const b = document.createElement('b');
    b.textContent = ',456';
    document.getElementById('p')!.append(b);
    await flushMutations();
    slices.runAll();
    expect(keys()).toEqual(['US10123456']);
  });

  it('scans open shadow roots and follows their changes', async () => {
    // Framework components host their shadow trees on custom elements (container-scout.ts).
    document.body.innerHTML = '<x-widget id="host"></x-widget>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>US1234567</p>';
    const slices = manualSlices();
    const keys: string[] = [];
    const scanner = new Scanner({ find: toyFind, runSlice: slices.runSlice, onChange: (added) => keys.push(...added.map((h) => h.found.key)) });
    scanner.start(document);
    slices.runAll();
    expect(keys).toEqual(['US1234567']);
    const p = document.createElement('p');
    p.textContent = 'US7654321';
    shadow.append(p);
    await flushMutations();
    slices.runAll();
    expect(keys).toEqual(['US1234567', 'US7654321']);
  });

  it('reads a paragraph of 20,000 inline nodes a bounded block at a time, and finds what is in it', () => {
    const p = document.createElement('p');
    // happy-dom is slow with huge trees; 20,000 is ten blocks' worth, the real-browser probe uses 200,000.
    for (let i = 0; i < 20_000; i++) p.appendChild(document.createElement('span')).textContent = 'ab ';
    p.appendChild(document.createElement('b')).textContent = 'US2222222';
    document.body.replaceChildren(p);
    const slices = manualSlices(1);
    const sizes: number[] = [];
    const scanner = new Scanner<Found>({
      find: (text) => toyFind(text),
      runSlice: slices.runSlice,
      onChange: () => {},
    });
    const spy = vi.spyOn(scanner as unknown as { scanBlock(b: { nodes: unknown[] }): void }, 'scanBlock');
    scanner.start(document);
    slices.runAll();
    for (const [block] of spy.mock.calls) sizes.push(block.nodes.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_BLOCK_NODES);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(20_001);
    expect(scanner.hits().map((h) => h.found.key)).toEqual(['US2222222']);
    expect(scanner.settled).toBe(true);
  });

  it('works in bounded slices and reports settled at the end', () => {
    const many = Array.from({ length: 300 }, (_, i) => `<p>US${String(1_000_000 + i)}</p>`).join('');
    document.body.innerHTML = many;
    const pending: ((budget: number) => void)[] = [];
    const onSettled = vi.fn();
    let count = 0;
    const scanner = new Scanner({ find: toyFind, runSlice: (w) => void pending.push(w), onChange: (a) => (count += a.length), onSettled });
    scanner.start(document);
    let slices = 0;
    while (pending.length) {
      pending.shift()!(0.05);
      slices++;
    }
    expect(slices).toBeGreaterThan(1);
    expect(count).toBe(300);
    expect(onSettled).toHaveBeenCalledTimes(1);
    expect(scanner.settled).toBe(true);
  });
});

describe('findInWindows', () => {
  it('finds every number in a long text exactly once, also across window edges', () => {
    const parts: string[] = [];
    for (let i = 0; i < 4000; i++) parts.push(`line ${i} US${String(2_000_000 + i)} `);
    const text = parts.join('');
    const found = findInWindows(toyFind, text);
    expect(found.length).toBe(4000);
    expect(new Set(found.map((f) => f.key)).size).toBe(4000);
    for (const f of found.slice(0, 50)) expect(text.slice(f.start, f.end)).toBe(f.raw);
    expect(found.every((f) => text.slice(f.start, f.end) === f.raw)).toBe(true);
  });
});

describe('Scanner, cheap paths', () => {
  it('never searches a text node that is only a date', () => {
    document.body.innerHTML = '<table><tr><td>2019-11-19</td><td>US1234567</td><td>\n 2020/01/02 \n</td></tr></table>';
    const slices = manualSlices();
    const seen: string[] = [];
    const scanner = new Scanner({ find: (t: string) => (seen.push(t), toyFind(t)), runSlice: slices.runSlice, onChange: () => {} });
    scanner.start(document);
    slices.runAll();
    expect(seen).toEqual(['US1234567']);
  });
});

describe('Scanner with a batch finder (the background in the content script)', () => {
  it('sends blocks in batches, applies the answers, and settles only when all are in', async () => {
    document.body.innerHTML = '<p>US1111111</p><p>US <b>2,222</b>,222</p><p>nothing</p>';
    const slices = manualSlices();
    const batches: string[][] = [];
    const keys: string[] = [];
    let settled = 0;
    const scanner = new Scanner<Found>({
      findBatch: async (texts) => {
        batches.push(texts);
        return texts.map(toyFind);
      },
      runSlice: slices.runSlice,
      onChange: (added) => keys.push(...added.map((h) => h.found.key)),
      onSettled: () => settled++,
    });
    scanner.start(document);
    slices.runAll();
    expect(batches).toEqual([['US1111111', 'US 2,222,222']]);
    expect(settled).toBe(0);
    await flushMutations();
    slices.runAll();
    expect(keys.sort()).toEqual(['US1111111', 'US2222222']);
    expect(settled).toBe(1);
  });

  it('sends only blocks that can hold a number: four digits or more, and not just a date', async () => {
    document.body.innerHTML = '<p>Figure 3 of 12</p><p>US1111111</p><table><tr><td><b>2019</b>-11-19</td><td>EP 1 234 567</td></tr></table>';
    const slices = manualSlices();
    const batches: string[][] = [];
    const scanner = new Scanner<Found>({
      findBatch: async (texts) => (batches.push(texts), texts.map(toyFind)),
      runSlice: slices.runSlice,
      onChange: () => {},
    });
    scanner.start(document);
    slices.runAll();
    expect(batches.flat()).toEqual(['US1111111', 'EP 1 234 567']);
  });

  it('drops an answer for a block that changed meanwhile, and searches the new text', async () => {
    document.body.innerHTML = '<p id="p">US1111111</p>';
    const slices = manualSlices();
    const keys = new Set<string>();
    const scanner = new Scanner<Found>({
      findBatch: async (texts) => texts.map(toyFind),
      runSlice: slices.runSlice,
      onChange: (added, removed) => {
        for (const h of removed) keys.delete(h.found.key);
        for (const h of added) keys.add(h.found.key);
      },
    });
    scanner.start(document);
    slices.runAll();
    document.getElementById('p')!.firstChild!.textContent = 'US3333333';
    await flushMutations();
    for (let i = 0; i < 3; i++) {
      slices.runAll();
      await flushMutations();
    }
    expect([...keys]).toEqual(['US3333333']);
  });
});
