import { describe, expect, it } from 'vitest';
import { parseAppProgress } from '../offices/jpo/parse-progress';
import { FETCHED as JPO_FETCHED, fixtureJson } from '../offices/jpo/test-fixtures';
import { parsePublishedData } from '../offices/epo-ops/parse-biblio';
import { parseLegalCase } from '../offices/epo-ops/parse-legal';
import { parseRegister } from '../offices/epo-ops/parse-register';
import { FETCHED, fixtureText } from '../offices/epo-ops/test-fixtures';
import { buildTimeline, type Timeline } from './timeline';

const figures = (t: Timeline) => Object.fromEntries(t.durations.map((d) => [d.key, `${d.from.date}→${d.to.date} ${d.days} d ${d.months} mo${d.outcome ? ` ${d.outcome}` : ''}${d.ongoing ? ' ongoing' : ''}`]));

describe('timeline from recorded office data', () => {
  it('JPO app_progress (特願2020-123456): filing → publication, examination request, first action, grant', () => {
    const p = parseAppProgress(fixtureJson('app_progress.2020123456.json'), JPO_FETCHED)!;
    const t = buildTimeline({ events: p.events, dates: p.biblio.dates, datesSource: p.biblio.source });
    expect(figures(t)).toEqual({
      'filing-publication': '2020-07-20→2021-06-10 325 d 10.7 mo',
      'filing-examination-request': '2020-07-20→2023-04-19 1003 d 33 mo',
      'filing-first-action': '2020-07-20→2024-02-27 1317 d 43.3 mo',
      'filing-final': '2020-07-20→2024-08-05 1477 d 48.5 mo grant',
    });
    // Each figure names the events it came from.
    const first = t.durations.find((d) => d.key === 'filing-first-action')!;
    expect(first.to).toMatchObject({ code: 'A131', office: 'jpo', milestone: 'office-action' });
    expect(t.events.map((e) => e.date)).toEqual([...t.events.map((e) => e.date)].sort());
  });

  it('EP Register events and steps + INPADOC (EP2400812): the first communication is the dispatch of 2017-02-01', () => {
    const biblio = parsePublishedData(fixtureText('biblio.docdb.EP2400812.A1.xml'), FETCHED)[0]!.biblio;
    const [events] = parseRegister(fixtureText('register.events.epodoc.EP2400812.xml'), FETCHED, 'register-events');
    const [steps] = parseRegister(fixtureText('register.procedural-steps.epodoc.EP2400812.xml'), FETCHED, 'register-procedural-steps');
    const legal = parseLegalCase(fixtureText('legal.docdb.EP2400812.A1.xml'), FETCHED).events;
    const stepEvents = steps!.steps.filter((s) => s.date).map((s) => ({ date: s.date!, code: s.code, description: s.description, source: steps!.source }));
    const t = buildTimeline({ events: [...legal, ...events!.events, ...stepEvents], dates: { ...biblio.dates, grant: '2019-11-27' }, datesSource: biblio.source });
    expect(figures(t)).toEqual({
      'filing-publication': '2010-06-24→2011-12-28 552 d 18.1 mo',
      'filing-examination-request': '2010-06-24→2012-06-15 722 d 23.7 mo',
      'filing-first-action': '2010-06-24→2017-02-01 2414 d 79.3 mo',
      'filing-final': '2010-06-24→2019-11-27 3443 d 113.1 mo grant',
    });
    // The Register's first communication (procedural step, dispatched 2017-02-01), before its dossier entry of 2017-02-03.
    expect(t.durations.find((d) => d.key === 'filing-first-action')!.to).toMatchObject({ date: '2017-02-01', source: { endpoint: 'register-procedural-steps' } });
    // Lapses in single states and renewal fees are on the axis but move nothing.
    expect(t.events.filter((e) => /Lapse/i.test(e.label)).every((e) => e.milestone === 'other')).toBe(true);
  });

  it('a pending case runs to today; no filing date, no durations', () => {
    const source = { office: 'jpo' as const, endpoint: 'app_progress', fetchedAt: FETCHED.fetchedAt };
    const pending = buildTimeline({ events: [{ date: '2024-01-10', code: 'A621', description: '出願審査請求書', officeText: '出願審査請求書', source }], dates: { filing: '2023-01-10' }, datesSource: source, now: new Date('2025-01-10T00:00:00Z') });
    expect(figures(pending).pendency).toBe('2023-01-10→2025-01-10 731 d 24 mo ongoing');
    expect(buildTimeline({ events: [], now: new Date() }).durations).toEqual([]);
  });
});
