import { describe, expect, it } from 'vitest';
import type { DocRef } from '../model/patent';
import { englishWords } from '../../test/support/english-words';
import { diffSnapshots } from './diff';
import { eventKind } from './event-kind';
import type { CaseSnapshot } from './model';

const ref: DocRef = { raw: 'JP2020123456', country: 'JP', type: 'application', docdb: 'JP.2020123456.A', epodoc: 'JP2020123456' };
const base = (over: Partial<CaseSnapshot> = {}): CaseSnapshot => ({
  at: '2026-12-01T00:00:00.000Z',
  status: { state: 'pending', label: 'Pending', detail: '審査中', office: 'jpo' },
  owners: ['メイショウ株式会社'],
  events: [{ date: '2024-02-27', code: 'A131', description: 'Notice of reasons for refusal', office: 'jpo', kind: 'document' }],
  family: ['JP.2021090037.A'],
  citations: [],
  offices: { status: 'jpo', owners: 'jpo', events: 'jpo', family: 'epo-ops', citations: 'jpo' },
  unknown: [],
  dates: {},
  durations: [],
  ...over,
});

describe('diffSnapshots', () => {
  it('says each kind of change in plain words', () => {
    const after = base({
      at: '2026-12-02T00:00:00.000Z',
      status: { state: 'granted', label: 'Granted', detail: '登録', office: 'jpo' },
      owners: ['New Owner KK'],
      events: [
        ...base().events,
        { date: '2024-07-09', code: 'A01', description: 'Decision to grant a patent', office: 'jpo', kind: 'document' },
        { date: '2024-08-01', code: 'X1', description: '無効審判請求書', office: 'jpo', kind: 'appeal' },
      ],
      family: ['JP.2021090037.A', 'US.2026345678.A1'],
      citations: ['JP.2019012345.A'],
    });
    expect(diffSnapshots(ref, base(), after, englishWords).map((c) => [c.kind, c.summary])).toEqual([
      ['status', 'Status changed: Pending → Granted'],
      ['document', 'New office document: Decision to grant a patent (2024-07-09)'],
      ['appeal', 'Appeal or trial: 無効審判請求書 (2024-08-01)'],
      ['family', 'New family member: US.2026345678.A1'],
      ['citation', 'New citation: JP.2019012345.A'],
      ['owner', 'Owner changed: メイショウ株式会社 → New Owner KK'],
    ]);
  });

  it('reports nothing for the same case written or punctuated differently', () => {
    const after = base({ owners: ['メイショウ 株式会社'], at: '2026-12-02T00:00:00.000Z' });
    expect(diffSnapshots(ref, base(), after, englishWords)).toEqual([]);
  });

  it('never compares a section either check could not read', () => {
    const after = base({ unknown: ['events', 'status'], events: [], status: { state: 'refused', label: 'Refused', detail: '', office: 'jpo' } });
    expect(diffSnapshots(ref, base(), after, englishWords)).toEqual([]);
  });

  it('a section another office answered this time is a new baseline, not a flood of changes', () => {
    const after = base({
      events: [{ date: '2024-02-27', code: 'RFEE', description: 'Something else entirely', office: 'epo-ops', kind: 'legal-event' }],
      status: { state: 'pending', label: 'Pending', detail: 'Examination is in progress', office: 'epo-ops' },
      offices: { status: 'epo-ops', owners: 'jpo', events: 'epo-ops', family: 'epo-ops', citations: 'jpo' },
    });
    expect(diffSnapshots(ref, base(), after, englishWords)).toEqual([]);
  });

  it('counts repeated events: a second identical payment line is new, the first is not', () => {
    const fee = { date: '2025-07-30', code: 'PGFP', description: 'Annual fee paid: SE', office: 'epo-ops' as const, kind: 'legal-event' as const };
    const before = base({ events: [fee] });
    const after = base({ events: [fee, fee] });
    expect(diffSnapshots(ref, before, after, englishWords)).toHaveLength(1);
  });

  it('reports a change of the office words when the plain state stays', () => {
    const after = base({ status: { state: 'pending', label: 'Pending', detail: '審査請求済', office: 'jpo' } });
    expect(diffSnapshots(ref, base(), after, englishWords)[0]).toMatchObject({ kind: 'status', before: '審査中', after: '審査請求済' });
  });
});

describe('eventKind', () => {
  it.each([
    [{ code: 'A131', description: 'Notice of reasons for refusal', officeText: '拒絶理由通知書' }, 'document'],
    [{ code: 'A01', description: 'Decision to grant a patent', officeText: '特許査定' }, 'document'],
    [{ code: 'A53', description: 'Written opinion filed', officeText: '意見書' }, 'legal-event'],
    [{ code: 'A621', description: 'Request for examination filed', officeText: '出願審査請求書' }, 'legal-event'],
    [{ code: 'C', description: '審判請求書', officeText: '審判請求書' }, 'appeal'],
    [{ code: 'OPPO', description: 'Opposition filed', officeText: 'OPPOSITION FILED' }, 'appeal'],
    [{ code: 'N/AP', description: 'Notice of Appeal Filed' }, 'appeal'],
    [{ code: 'CTNF', description: 'Non-Final Rejection', office: 'uspto-odp' }, 'document'],
    [{ code: 'PGFP', description: 'Annual fee paid: SE', officeText: 'ANNUAL FEE PAID TO NATIONAL OFFICE' }, 'legal-event'],
    [{ code: 'R100', description: 'Patent fee paid', officeText: '特許料納付書' }, 'legal-event'],
  ])('%o → %s', (event, kind) => {
    expect(eventKind(event)).toBe(kind);
  });
});
