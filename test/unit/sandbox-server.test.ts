// @vitest-environment node
// The sandbox's own surface: catalog, request log, control endpoints, reset, CORS and the CLI.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../lib/model/contracts';
import type { LoggedRequest } from '../sandbox/server';
import { arm, creds, jpoToken, opsToken, useSandbox } from './sandbox-helpers';

const { sb } = useSandbox();
const control = (path: string, init?: RequestInit) => fetch(`${sb().baseUrl}/${path}`, init);

describe('GET /_catalog', () => {
  it('lists, per office, DOCDB numbers with a type and the endpoints that answer them', async () => {
    const catalog = (await (await control('_catalog')).json()) as Catalog;
    expect(Object.keys(catalog).sort()).toEqual(['epo-ops', 'jpo', 'kipris', 'lens', 'pearl', 'tipo', 'uspto-odp']);
    const { pearl, ...patentOffices } = catalog;
    // PEARL answers terms (reconstructed replies), no numbers.
    expect(pearl).toMatchObject({ numbers: [], terms: expect.arrayContaining(['配線', 'wiring', 'semiconductor']) });
    for (const entry of Object.values(patentOffices)) {
      expect(entry!.numbers.length).toBeGreaterThan(0);
      for (const n of entry!.numbers) {
        expect(n.docdb).toMatch(/^[A-Z]{2}\.[A-Z0-9]+(\.[A-Z]\d?)?$/);
        expect(['application', 'publication', 'grant']).toContain(n.type);
        expect(n.endpoints.length).toBeGreaterThan(0);
      }
    }
    expect(catalog.jpo!.numbers[0]).toMatchObject({ docdb: 'JP.2020123456.A', type: 'application' });
    expect(catalog['epo-ops']!.numbers.map((n) => n.docdb)).toContain('EP.2400812.A1');
    // JP designs and trademarks: their own list, as written, with their law's endpoints.
    expect((catalog.jpo as { rights?: unknown[] }).rights).toEqual(expect.arrayContaining([
      { number: '意願2020-015234', law: 'design', type: 'application', endpoints: ['design/app_progress', 'design/jpp_fixed_address'] },
      { number: '意匠登録第1680736号', law: 'design', type: 'grant', endpoints: ['design/case_number_reference/registration'] },
      { number: '商願2024-123456', law: 'trademark', type: 'application', endpoints: expect.arrayContaining(['trademark/app_progress', 'trademark/app_doc_cont_refusal_reason']) },
    ]));
  });
});

describe('request log', () => {
  it('records method, office, path, query, status and time, with keys in query strings redacted', async () => {
    await fetch(`${sb().baseUrl}/kipris/kipo-api/kipi/patUtiModInfoSearchSevice/getBibliographyDetailInfoSearch?${new URLSearchParams({ applicationNumber: '1020190100885', ServiceKey: creds.kipris.accessKey })}`);
    await fetch(`${sb().baseUrl}/tipo/api/PatentAppl?tk=${creds.tipo.token}&format=JSON`);
    await fetch(`${sb().baseUrl}/lens/patent/search?token=${creds.lens.token}&query=EP2471949`);
    const log = (await (await control('_requests')).json()) as LoggedRequest[];
    expect(log).toHaveLength(3);
    expect(log[0]).toMatchObject({
      method: 'GET',
      office: 'kipris',
      path: '/kipris/kipo-api/kipi/patUtiModInfoSearchSevice/getBibliographyDetailInfoSearch',
      query: { applicationNumber: '1020190100885', ServiceKey: 'REDACTED' },
      status: 200,
    });
    expect(Number.isNaN(Date.parse(log[0]!.time))).toBe(false);
    expect(log[1]!.query).toEqual({ tk: 'REDACTED', format: 'JSON' });
    expect(log[2]).toMatchObject({ office: 'lens', status: 200, query: { token: 'REDACTED', query: 'EP2471949' } });
    const text = JSON.stringify(log);
    for (const secret of [creds.kipris.accessKey, creds.tipo.token, creds.lens.token]) expect(text).not.toContain(secret);
  });

  it('never logs the JPO password (it travels in the POST body) and is cleared by DELETE /_requests', async () => {
    await jpoToken(sb().baseUrl);
    expect(JSON.stringify(sb().requests)).not.toContain(creds.jpo.password);
    expect(sb().requests).toHaveLength(1);
    expect((await control('_requests', { method: 'DELETE' })).status).toBe(200);
    expect(await (await control('_requests')).json()).toEqual([]);
  });
});

describe('control endpoints', () => {
  it('rejects unknown offices, modes and bad counts with 400', async () => {
    expect((await arm(sb().baseUrl, 'nowhere', 'quota')).status).toBe(400);
    expect((await arm(sb().baseUrl, 'jpo', 'meltdown')).status).toBe(400);
    expect((await arm(sb().baseUrl, 'jpo', 'quota', 0)).status).toBe(400);
    expect((await control('_control/failure', { method: 'POST', body: 'not json' })).status).toBe(400);
    expect((await control('_nothing')).status).toBe(404);
    expect((await control('nowhere/anything')).status).toBe(404);
  });

  it('keeps a failure without `times` until reset, and reset clears tokens, failures, counters and the log', async () => {
    const { access } = await jpoToken(sb().baseUrl);
    const get = () => fetch(`${sb().baseUrl}/jpo/api/patent/v1/divisional_app_info/2020123456`, { headers: { Authorization: `Bearer ${access}` } });
    expect(((await (await get()).json()) as { result: { remainAccessCount: string } }).result.remainAccessCount).toBe('58');
    await arm(sb().baseUrl, 'jpo', 'server-error');
    for (let i = 0; i < 3; i++) expect(await (await get()).text()).toContain('"statusCode":"999"');
    expect((await control('_control/reset', { method: 'POST' })).status).toBe(200);
    expect(sb().requests).toHaveLength(0);
    expect((await get()).status).toBe(401); // tokens are gone
    const fresh = await jpoToken(sb().baseUrl);
    const res = await fetch(`${sb().baseUrl}/jpo/api/patent/v1/divisional_app_info/2020123456`, { headers: { Authorization: `Bearer ${fresh.access}` } });
    expect(((await res.json()) as { result: { statusCode: string; remainAccessCount: string } }).result).toMatchObject({ statusCode: '100', remainAccessCount: '58' });
  });
});

describe('POST /_control/advance (later states of the cases)', () => {
  const jpoProgress = async (access: string) => {
    const res = await fetch(`${sb().baseUrl}/jpo/api/patent/v1/app_progress/2020123456`, { headers: { Authorization: `Bearer ${access}` } });
    return JSON.stringify(await res.json());
  };
  const opsGet = async (path: string) => {
    const { access_token } = (await (await opsToken(sb().baseUrl)).json()) as { access_token: string };
    return (await fetch(`${sb().baseUrl}/epo-ops/rest-services/${path}`, { headers: { Authorization: `Bearer ${access_token}` } })).text();
  };
  const odpStatus = async () => {
    const res = await fetch(`${sb().baseUrl}/uspto-odp/api/v1/patent/applications/16123456`, { headers: { 'X-API-KEY': creds['uspto-odp'].apiKey } });
    return ((await res.json()) as { patentBag: { applicationStatusCode: number }[] }).patentBag[0]!.applicationStatusCode;
  };

  it('switches every office with later states, and reset switches back', async () => {
    const { access } = await jpoToken(sb().baseUrl);
    const before = await jpoProgress(access);
    expect(await odpStatus()).toBe(150);
    const res = await control('_control/advance', { method: 'POST' });
    expect(((await res.json()) as { advanced: string[] }).advanced.sort()).toEqual(['epo-ops', 'jpo', 'uspto-odp']);
    const after = await jpoProgress(access);
    expect(after).not.toBe(before);
    expect(after).toContain('"legalDate":"20261116"');
    expect(await odpStatus()).toBe(250);
    expect(await opsGet('legal/publication/docdb/EP.2400812.A1')).toContain('2026-11-25PG25');
    expect(await opsGet('published-data/search?q=ti%3Dbattery')).toContain('<doc-number>4712345</doc-number>');
    await control('_control/reset', { method: 'POST' });
    expect(await odpStatus()).toBe(150);
    expect(await opsGet('published-data/search?q=ti%3Dbattery')).not.toContain('4712345');
  });

  it('advances one office when asked, and rejects an unknown one', async () => {
    const res = await control('_control/advance', { method: 'POST', body: JSON.stringify({ office: 'uspto-odp' }) });
    expect(await res.json()).toEqual({ advanced: ['uspto-odp'] });
    expect(await odpStatus()).toBe(250);
    expect(await opsGet('legal/publication/docdb/EP.2400812.A1')).not.toContain('2026-11-25PG25');
    expect((await control('_control/advance', { method: 'POST', body: JSON.stringify({ office: 'nowhere' }) })).status).toBe(400);
  });
});

describe('CORS', () => {
  it('sends Access-Control-Allow-Origin only where the office does (OPS, ODP), not for JPO', async () => {
    const ops = await fetch(`${sb().baseUrl}/epo-ops/rest-services/legal/publication/docdb/EP1000000A1`, { method: 'OPTIONS' });
    expect(ops.headers.get('access-control-allow-origin')).toBe('*');
    const jpo = await fetch(`${sb().baseUrl}/jpo/api/patent/v1/app_progress/2020123456`);
    expect(jpo.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('npm run sandbox (test/sandbox/main.ts)', () => {
  it('prints the base URL as the first stdout line and serves the catalog there', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/sandbox/main.ts', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const first = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          if (out.includes('\n')) resolve(out.split('\n')[0]!);
        });
        child.once('exit', (code) => reject(new Error(`sandbox exited early (${code})`)));
      });
      expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const catalog = (await (await fetch(`${first}/_catalog`)).json()) as Catalog;
      expect(catalog.jpo).toBeDefined();
    } finally {
      child.kill('SIGTERM');
    }
  }, 30_000);
});
