import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { foldLine, icsCalendar } from './ics';

describe('icsCalendar', () => {
  const text = icsCalendar(
    [
      { uid: 'annuity-JP.7533889@patentpeek', date: '2027-08-05', summary: 'JP 7533889: year 4 annuity due — 立体配線構造体の製造方法, メイショウ株式会社; a long title that must fold', description: 'Line one\nLine two; with, punctuation \\ here', url: 'https://www.j-platpat.inpit.go.jp/', remindDaysBefore: 30 },
      { uid: 'expiry-JP.7533889@patentpeek', date: '2040-07-20', summary: 'JP 7533889 expires' },
    ],
    { prodId: '-//PatentPeek//Deadlines//EN', name: 'PatentPeek deadlines', stamp: new Date('2026-12-02T10:00:00Z') },
  );

  it('parses as RFC 5545 with every field intact (ical.js)', () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['annuity-JP.7533889@patentpeek', '2027-08-05', '2027-08-06', true],
      ['expiry-JP.7533889@patentpeek', '2040-07-20', '2040-07-21', true],
    ]);
    expect(events[0]!.summary).toBe('JP 7533889: year 4 annuity due — 立体配線構造体の製造方法, メイショウ株式会社; a long title that must fold');
    expect(events[0]!.description).toBe('Line one\nLine two; with, punctuation \\ here');
    expect(events[0]!.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-P30D');
  });

  it('ends lines in CRLF and keeps every physical line within 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('never splits a multi-byte character when folding', () => {
    const folded = foldLine(`SUMMARY:${'特'.repeat(40)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'特'.repeat(40)}`);
  });
});
