// The forms PatentPeek shows, copies and exports must read back as the same document and type
// (issue 9 §3–4). Property test over the engine's own outputs: every number found in the case files
// and the public corpus, turned into each of its forms and parsed again.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCases } from './case-score';
import { writtenForm } from './display';
import { findNumbers } from './find-numbers';
import { parseNumber } from './parse-number';
import type { PatentRef } from './types';

const corpus = JSON.parse(readFileSync(resolve(__dirname, '../../../shared/numbers/public-corpus.json'), 'utf8')) as { text: string }[] | { cases: { text: string }[] };
const texts = [...loadCases(resolve(__dirname, 'cases')).map((c) => c.text), ...(Array.isArray(corpus) ? corpus : corpus.cases).map((c) => c.text)];

const refs = new Map<string, PatentRef>();
for (const text of texts) for (const f of findNumbers(text)) {
  const { raw: _r, start: _s, end: _e, ...ref } = f;
  refs.set(`${ref.type} ${ref.docdb ?? ref.original ?? ref.number}`, ref);
}
const all = [...refs.values()];
const same = (a: PatentRef, b: PatentRef): boolean =>
  a.country === b.country && a.type === b.type && a.number === b.number && (a.docdb === b.docdb || !a.kind || !b.kind);
const brief = (r: PatentRef): string => `${r.country} ${r.type} ${r.docdb ?? r.original}`;

describe('written forms read back', () => {
  it('covers a wide set of the engine outputs', () => expect(all.length).toBeGreaterThan(800));

  it('the shown and copied form reads back as exactly this document (first reading)', () => {
    const bad = all.filter((r) => { const p = parseNumber(writtenForm(r).text); return !(p.ok && same(p.ref, r)); })
      .map((r) => `${brief(r)} → ${writtenForm(r).text}`);
    expect(bad).toEqual([]);
  });

  it('the dotted DOCDB form (panel heading, CSV docdb column) reads back among its readings', () => {
    // Pre-2001 US applications: DOCDB keeps serial + yy and drops the series code, so no form rebuilds them.
    const bad = all.filter((r) => r.docdb && !/^US\.[0-9]{8}\.[A-Z]$/.test(r.docdb)).filter((r) => {
      const p = parseNumber(r.docdb as string);
      return !(p.ok && p.readings.some((x) => same(x, r)));
    }).map(brief);
    expect(bad).toEqual([]);
  });

  it('the compact DOCDB and the EPODOC forms read as the same document, in any letter case', () => {
    const bad: string[] = [];
    for (const r of all) {
      for (const form of [r.docdb?.replace(/\./g, ''), r.epodoc, r.docdb?.replace(/\./g, '').toLowerCase()]) {
        if (!form || r.type === 'application') continue;        // compact application forms are office-specific
        const p = parseNumber(form);
        if (!(p.ok && p.readings.some((x) => x.country === r.country && x.number === r.number))) bad.push(`${brief(r)} ← ${form}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('writtenForm', () => {
  it.each([
    ['特願2020-123456', '特願2020-123456', undefined],
    ['特願平7-123456', '特願平7-123456', '1995'],
    ['特開平7-234567', '特開平7-234567', '1995'],
    ['特表2019-501234', '特表2019-501234', undefined],
    ['再表2017/123456', '再表2017/123456', undefined],
    ['特許第7123456号', '特許第7123456号', undefined],
    ['US 10,123,456 B2', 'US 10,123,456 B2', undefined],
    ['US RE43,633 E', 'US RE43,633 E', undefined],
    ['US 2019/0012345 A1', 'US 2019/0012345 A1', undefined],
    ['U.S. Appl. No. 16/123,456', 'US 16/123,456', undefined],
    ['EP2400812A1', 'EP 2 400 812 A1', undefined],
    ['EP 19 205 846.3', 'EP 19 205 846.3', undefined],
    ['WO2020123456A1', 'WO 2020/123456 A1', undefined],
    ['PCT/JP2020/012345', 'PCT/JP2020/012345', undefined],
    ['KR 10-2345678 B1', 'KR 10-2345678 B1', undefined],
    ['中華民國專利申請號 106123456', '申請號 106123456', undefined],
    ['TW I651234 B', 'TW I651234 B', undefined],
    ['TW 202012345 A', 'TW 202012345 A', undefined],
  ])('%s → %s', (input, text, year) => {
    const f = findNumbers(input)[0] as PatentRef;
    expect(writtenForm(f)).toEqual(year ? { text, year } : { text });
  });

  it('reads a DocRef (contract fields only) the same way', () => {
    expect(writtenForm({ country: 'JP', type: 'application', docdb: 'JP.12345695.A', epodoc: 'JP19950123456' }).text).toBe('特願平7-123456');
    expect(writtenForm({ country: 'WO', type: 'application', docdb: 'JP.2020012345.W', epodoc: null }).text).toBe('PCT/JP2020/012345');
  });
});

describe('writtenForm of a US application DocRef', () => {
  it('takes the serial from the text as written', () => {
    expect(writtenForm({ country: 'US', type: 'application', docdb: null, epodoc: null, raw: 'U.S. Appl. No. 16/123,456' }).text).toBe('US 16/123,456');
  });
});
