// TIPO rows (lib/offices/tipo/fixtures, RECONSTRUCTED — see SOURCES.md there) → the model: the right's
// state from its own dates, and replies that are not TIPO's "ok" envelope rejected.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BadResponse } from '../../transport/errors';
import { classifyTipoReply } from './errors';
import { tipoQueryOf } from './numbers';
import { parseTipoRights, rowsOf } from './parse';

const json = (name: string) => JSON.parse(readFileSync(path.join(process.cwd(), 'lib/offices/tipo/fixtures', name), 'utf8')) as Record<string, unknown>;
const src = { office: 'tipo' as const, endpoint: 'PatentRights', fetchedAt: '2026-12-02T00:00:00.000Z' };
const rightsRow = (change: Record<string, string>) => {
  const [row] = rowsOf(json('PatentRights.I651234.reconstructed.json'), 'PatentRights');
  return { ...row, 'patent-right': { ...(row!['patent-right'] as object), ...change } };
};
const stateOn = (day: string, change: Record<string, string> = {}) => parseTipoRights(rightsRow(change), src, new Date(`${day}T00:00:00Z`)).status;

describe('TIPO PatentRights', () => {
  it('granted while the annuity is paid; in grace for six months after; lapsed after that', () => {
    expect(stateOn('2026-12-02').state).toBe('granted');
    expect(stateOn('2027-09-01')).toMatchObject({ state: 'granted', officeDetail: 'I651234 年費繳至 2027-06-29，補繳期中（至 2027-12-29）' });
    expect(stateOn('2028-01-05')).toMatchObject({ state: 'lapsed', since: '2027-12-29' });
  });

  it("TIPO's own dates win: revoked, ended (with its result), expired at the term's end", () => {
    expect(stateOn('2026-12-02', { 'revoke-date': '2024/05/01' })).toMatchObject({ state: 'revoked', since: '2024-05-01' });
    expect(stateOn('2026-12-02', { 'cancel-date': '2025/07/01', 'cancel-result': '未繳年費' })).toMatchObject({ state: 'lapsed', officeDetail: 'I651234 專利權消滅 2025-07-01（未繳年費）' });
    expect(stateOn('2037-07-01', { 'charge-expir-date': '2037/06/29' })).toMatchObject({ state: 'expired', since: '2037-06-29' });
  });

  it('replies that are not an "ok" envelope with rows are refused, never read as data', () => {
    expect(() => rowsOf(json('envelope.no-token.sample-mode.reconstructed.json'), 'PatentRights')).toThrow(BadResponse);
    expect(() => rowsOf({ ...json('PatentRights.I651234.reconstructed.json'), 'tw-patent-rightsI': {} }, 'PatentRights')).toThrow(/1 rows counted but none/);
    expect(() => parseTipoRights({ 'patent-right': {} }, src, new Date())).toThrow(BadResponse);
    expect(classifyTipoReply({ status: 200, body: json('envelope.no-token.sample-mode.reconstructed.json') })).toMatchObject({ kind: 'auth' });
    expect(classifyTipoReply({ status: 200, body: json('error.top-over-6000.reconstructed.json') })).toMatchObject({ kind: 'bad-response' });
  });

  it('asks by certificate, publication or ROC-year application number, with the right applclass', () => {
    const ref = (type: 'application' | 'publication' | 'grant', docdb: string) => ({ country: 'TW', type, docdb, epodoc: null });
    expect(tipoQueryOf(ref('grant', 'TW.M560123.U'))).toEqual({ key: 'patentno', value: 'M560123', applclass: '2' });
    expect(tipoQueryOf(ref('grant', 'TW.D190123.S'))).toEqual({ key: 'patentno', value: 'D190123', applclass: '3' });
    expect(tipoQueryOf(ref('publication', 'TW.202012345.A'))).toEqual({ key: 'publishno', value: '202012345', applclass: '1' });
    expect(tipoQueryOf(ref('application', 'TW.106223456.A'))).toEqual({ key: 'applno', value: '106223456', applclass: '2' });
    expect(tipoQueryOf(ref('application', 'TW.06202104'))).toEqual({ key: 'applno', value: '06202104', applclass: '2' });
    expect(tipoQueryOf(ref('grant', 'TW.651234'))).toBeNull();
  });
});
