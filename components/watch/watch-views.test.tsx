import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WatchOverview } from '../../lib/messaging/protocol';
import type { CaseSnapshot, ChangeRecord, WatchedCase } from '../../lib/watch/model';
import { useEnglishMessages } from '../lookup/fake-i18n';
import { AnalyticsView } from './analytics-view';
import { DeadlinesView } from './deadlines-view';
import { Histogram } from './histogram';
import { WatchChanges } from './watch-changes';
import { filterCases } from './watch-cases';

beforeEach(useEnglishMessages);

const snap = (over: Partial<CaseSnapshot>): CaseSnapshot => ({ at: '2026-12-02T00:00:00.000Z', owners: [], events: [], family: [], citations: [], offices: {}, unknown: [], dates: {}, durations: [], ...over });
const jp: WatchedCase = {
  key: 'default|application:JP.2020123456.A', list: 'default', text: '特願2020-123456', addedAt: '2026-12-01T00:00:00.000Z', lastChecked: '2026-12-02T00:00:00.000Z',
  ref: { raw: '特願2020-123456', country: 'JP', type: 'application', docdb: 'JP.2020123456.A', epodoc: 'JP2020123456' },
  latest: snap({
    status: { state: 'granted', label: 'Granted', detail: '登録', office: 'jpo' }, title: '立体配線構造体の製造方法',
    deadlines: [{ kind: 'annuity', due: '2027-08-05', year: 4, office: 'jpo', endpoint: 'registration_info' }],
    durations: [{ key: 'filing-first-action', days: 1317 }, { key: 'filing-final', days: 1450, outcome: 'grant' }],
  }),
};
const us: WatchedCase = {
  key: 'rivals|grant:US.10902286.B2', list: 'rivals', text: 'US 10,902,286 B2', addedAt: '2026-12-01T00:00:00.000Z', lastChecked: null,
  ref: { raw: 'US 10,902,286 B2', country: 'US', type: 'grant', docdb: 'US.10902286.B2', epodoc: 'US10902286' },
};
const overview: WatchOverview = {
  lists: [{ id: 'default', name: 'My watchlist', intervalMinutes: 1440, createdAt: '2026-12-01T00:00:00.000Z' }, { id: 'rivals', name: 'Rivals', intervalMinutes: 1440, createdAt: '2026-12-01T00:00:00.000Z' }],
  cases: [jp, us], changes: [], unseen: 0, searches: [], quotaShare: 0.5, searchOffices: [],
};
const props = { overview, refresh: () => undefined, onOpen: () => undefined };

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  act(() => render(node, root));
  return root;
}

describe('Watchlist views', () => {
  it('filters by list, office, status and "changed since"', () => {
    const none = { list: '', country: '', state: '' as const, since: '' };
    expect(filterCases([jp, us], new Set(), none)).toHaveLength(2);
    expect(filterCases([jp, us], new Set(), { ...none, list: 'rivals' }).map((c) => c.text)).toEqual(['US 10,902,286 B2']);
    expect(filterCases([jp, us], new Set(), { ...none, country: 'JP' }).map((c) => c.text)).toEqual(['特願2020-123456']);
    expect(filterCases([jp, us], new Set(), { ...none, state: 'granted' }).map((c) => c.text)).toEqual(['特願2020-123456']);
    expect(filterCases([jp, us], new Set([us.key]), { ...none, since: '2026-12-01' }).map((c) => c.text)).toEqual(['US 10,902,286 B2']);
  });

  it('marks the changes not seen yet', () => {
    const change = (seen: boolean, summary: string): ChangeRecord => ({ ref: us.ref, kind: 'status', summary, office: 'uspto-odp', at: '2026-12-02T00:00:00.000Z', list: 'rivals', caseKey: us.key, seen, id: seen ? 1 : 2 });
    const root = mount(<WatchChanges changes={[change(false, 'Status changed: Granted → Expired'), change(true, 'older')]} />);
    expect(root.querySelectorAll('li.unseen')).toHaveLength(1);
    expect(root.querySelector('li.unseen')?.textContent).toContain('Status changed: Granted → Expired');
    expect(root.querySelector('h3')?.textContent).toBe('What changed (2)');
  });

  it('Deadlines: one row per office date, with what it is and who said so', () => {
    const root = mount(<DeadlinesView {...props} />);
    const row = root.querySelector('.deadline-table tbody tr')!;
    expect(row.getAttribute('data-kind')).toBe('annuity');
    expect(row.textContent).toContain('2027-08-05');
    expect(row.textContent).toContain('Annuity for year 4 due');
    expect(row.textContent).toContain('JPO Patent Information API');
  });

  it('Analytics: per list, the grant rate and the durations as a chart', () => {
    const root = mount(<AnalyticsView {...props} />);
    const mine = root.querySelector('section[data-list="default"]')!;
    expect(mine.querySelector('[data-field="grant-rate"]')?.textContent).toContain('Grant rate 100%.');
    expect(mine.querySelector('[data-figure="first_action"] svg.histogram')).not.toBeNull();
    expect(root.querySelector('section[data-list="rivals"] [data-field="grant-rate"]')?.textContent).toContain('No grant rate until a case is decided.');
  });

  it('the histogram has one bar per bucket, empty buckets included', () => {
    const root = mount(<Histogram months={[1, 2, 13]} step={6} label="x" />);
    expect([...root.querySelectorAll('rect')].map((r) => r.querySelector('title')?.textContent)).toEqual(['0–6: 2', '6–12: 0', '12–18: 1']);
  });
});
