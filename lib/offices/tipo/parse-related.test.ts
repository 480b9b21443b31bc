// TIPO's related-case rows (lib/offices/tipo/fixtures, RECONSTRUCTED — see SOURCES.md there) → RelatedCase:
// priorities, divisionals and the Art. 32 twin, and the shapes the Swagger leaves open.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BadResponse } from '../../transport/errors';
import { contentGroups, rowsOf } from './parse';
import { tipoDivisionals, tipoPriorities, tipoTwins } from './parse-related';

const json = (name: string) => JSON.parse(readFileSync(path.join(process.cwd(), 'lib/offices/tipo/fixtures', name), 'utf8')) as Record<string, unknown>;
const src = (endpoint: string) => ({ office: 'tipo' as const, endpoint, fetchedAt: '2026-12-02T00:00:00.000Z' });
const envelope = (content: unknown) => ({ version: '1.0', status: 'ok', message: '', 'total-count': 1, 'tw-patent-x': { patentcontent: content } });

describe('TIPO related cases', () => {
  it('a priority: the JP application read by the number engine, with its date', () => {
    const related = tipoPriorities(rowsOf(json('PatentPriority.106123456.reconstructed.json'), 'PatentPriority'), src('PatentPriority'));
    expect(related).toEqual([{ relation: 'priority', ref: expect.objectContaining({ country: 'JP', type: 'application', docdb: 'JP.2016131234.A' }), date: '2016-07-01', source: src('PatentPriority') }]);
  });

  it('priority entries nested in a `priority` list, or in a form the engine does not know, are kept as written', () => {
    const rows = rowsOf(envelope([{ 'appl-no': '106123456', prioritys: [{ priority: [{ 'priority-country': 'us', 'priority-no': '62/123,456', 'priority-date': '2016/7/1' }] }, { 'priority-date': '2016/07/01' }] }]), 'PatentPriority');
    const [p] = tipoPriorities(rows, src('PatentPriority'));
    expect(p).toMatchObject({ relation: 'priority', ref: { raw: 'US 62/123,456', country: 'US', type: 'application' }, date: '2016-07-01' });
    expect(tipoPriorities(rows, src('PatentPriority'))).toHaveLength(1); // an entry without a number is none
  });

  it('a divisional, whether `new-appl-no` is a string or an element with text; never the case itself', () => {
    const fixture = rowsOf(json('PatentDivide.106123456.reconstructed.json'), 'PatentDivide');
    expect(tipoDivisionals(fixture, '106123456', src('PatentDivide')).map((r) => [r.relation, r.ref.docdb])).toEqual([['divisional', 'TW.108100123.A']]);
    const element = rowsOf(envelope([{ 'appl-no': '106123456', 'new-appl-no': { '#text': '108100124', '-patent-right-url': 'ftps://…' } }, { 'appl-no': '106123456', 'new-appl-no': '106123456' }]), 'PatentDivide');
    expect(tipoDivisionals(element, '106123456', src('PatentDivide')).map((r) => r.ref.docdb)).toEqual(['TW.108100124.A']);
    expect(tipoDivisionals(fixture, '999999999', src('PatentDivide'))).toEqual([]);
  });

  it('the twin: the other application of the pair holding the asked one, the pair found two levels down', () => {
    const groups = contentGroups(json('PatentTwins.106123456.reconstructed.json'), 'PatentTwins');
    expect(groups.map((g) => g.length)).toEqual([2]);
    expect(tipoTwins(groups, '106123456', src('PatentTwins')).map((r) => [r.relation, r.ref.docdb])).toEqual([['twin', 'TW.106209876.A']]);
    expect(tipoTwins(groups, '106209876', src('PatentTwins')).map((r) => r.ref.docdb)).toEqual(['TW.106123456.A']);
    expect(tipoTwins(groups, '110100001', src('PatentTwins'))).toEqual([]);
  });

  it('a counted reply whose rows cannot be found is a BadResponse', () => {
    expect(() => contentGroups({ status: 'ok', 'total-count': 3, 'tw-patent-x': { other: [] } }, 'PatentTwins')).toThrow(BadResponse);
  });
});
