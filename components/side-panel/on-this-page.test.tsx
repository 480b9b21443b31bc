import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FindingItem, TabFindings } from '../../lib/model/findings';
import { useEnglishMessages } from '../lookup/fake-i18n';
import { findingsCsv, groupByOffice } from './findings-csv';
import { OnThisPage, type FindingsSource } from './on-this-page';

beforeEach(useEnglishMessages);

const items: FindingItem[] = [
  { raw: 'US 10,123,456 B2', country: 'US', type: 'grant', docdb: 'US.10123456.B2', epodoc: 'US10123456', count: 3, number: '10123456' },
  { raw: '特開2021-012345', country: 'JP', type: 'publication', docdb: 'JP.2021012345.A', epodoc: 'JP2021012345', count: 1 },
  { raw: 'US8781940B2', country: 'US', type: 'grant', docdb: 'US.8781940.B2', epodoc: 'US8781940', count: 1 },
  { raw: '14/014,229', country: 'US', type: 'application', docdb: null, epodoc: null, count: 2, number: '14014229' },
];

describe('groupByOffice / findingsCsv', () => {
  it('groups by office, largest group first, most frequent first', () => {
    const groups = groupByOffice(items);
    expect(groups.map(([c, list]) => [c, list.length])).toEqual([['US', 3], ['JP', 1]]);
    expect(groups[0]![1][0]!.item.raw).toBe('US 10,123,456 B2');
    expect(groups[0]![1][0]!.shown).toBe('US 10,123,456 B2');
  });

  it('writes RFC 4180 CSV with a BOM for Excel, quoted commas, office numbers and defused formulas', () => {
    const hostile = ['=HYPERLINK("x")', ' =1+1', '\r=cmd', '\t@SUM(A1)', '  -2+3'].map((raw) => ({ raw, country: 'US', type: 'grant' as const, docdb: null, epodoc: null, count: 1 }));
    const csv = findingsCsv([...items, ...hostile]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('number,country,type,docdb,epodoc,office_number,count');
    expect(lines[1]).toBe('"US 10,123,456 B2",US,grant,US.10123456.B2,US10123456,10123456,3');
    expect(lines[4]).toBe('"14/014,229",US,application,,,14014229,2');
    expect(lines[5]).toBe(`"'=HYPERLINK(""x"")",US,grant,,,,1`);
    // Whitespace is folded first; what is left may not start a formula either.
    for (const line of lines.slice(6)) expect(line).toMatch(/^"?'/);
  });
});

describe('OnThisPage', () => {
  function source(findings: TabFindings | null): FindingsSource & { fire(): void } {
    let listener = () => {};
    return {
      load: async () => findings,
      watch: (f) => {
        listener = f;
        return () => {};
      },
      fire: () => listener(),
    };
  }

  async function mount(src: FindingsSource, onSelect = vi.fn()) {
    const host = document.createElement('div');
    await act(() => render(<OnThisPage source={src} onSelect={onSelect} />, host));
    for (let i = 0; i < 3; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
    return host;
  }

  it('lists the numbers grouped by office with counts, and looks one up on click', async () => {
    const onSelect = vi.fn();
    const host = await mount(source({ tabId: 1, url: 'https://example.org/a', settled: true, items }), onSelect);
    expect(host.querySelector('[data-field="summary"]')!.textContent).toContain('4 documents from 2 offices');
    const us = host.querySelector('[data-office="US"]')!;
    expect(us.querySelectorAll('li')).toHaveLength(3);
    expect(us.querySelector('li')!.textContent).toContain('US 10,123,456 B2');
    expect(us.querySelector('li')!.textContent).toContain('×3');
    await act(() => us.querySelector<HTMLButtonElement>('li button')!.click());
    expect(onSelect).toHaveBeenCalledWith('US 10,123,456 B2');
  });

  it('survives a tab address that does not parse, and names the caps when the page had more', async () => {
    const host = await mount(source({ tabId: 1, url: 'http://[bad', settled: true, items, truncatedAt: { itemsPerFrame: 2_000, frames: 64 } }));
    expect(host.querySelector('[data-field="summary"]')).not.toBeNull();
    expect(host.querySelector('[data-state="truncated"]')!.textContent).toMatch(/2000|2,000/);
  });

  it('says so when the page has no numbers', async () => {
    const host = await mount(source({ tabId: 1, url: 'https://example.org/', settled: true, items: [] }));
    expect(host.querySelector('[data-state="empty"]')).not.toBeNull();
  });
});
