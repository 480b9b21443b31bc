// @vitest-environment node
// The key-per-request offices of the sandbox: USPTO ODP, KIPRIS Plus, Lens, TIPO.
import { describe, expect, it } from 'vitest';
import { arm, bytesOf, creds, fixtureBytes, useSandbox } from './sandbox-helpers';

const { sb } = useSandbox();

describe('USPTO ODP', () => {
  const odp = (path: string, init: RequestInit = {}) =>
    fetch(`${sb().baseUrl}/uspto-odp/api/v1/patent/${path}`, { ...init, headers: { 'X-API-KEY': creds['uspto-odp'].apiKey, ...init.headers } });

  it.each([
    ['applications/16123456', 'applications.16123456.beta-2024.json'],
    ['applications/PCT%2FUS07%2F19317', 'applications.PCT-US07-19317.beta-2024.json'],
    ['applications/14412875/meta-data', 'applications.14412875.meta-data.json'],
    ['applications/14412875/associated-documents', 'associated-documents.14412875.json'],
    ['applications/15123456/continuity', 'continuity.15123456.beta-2024.json'],
    ['applications/16123456/foreign-priority', 'foreign-priority.16123456.beta-2024.json'],
    ['applications/16123456/adjustment', 'adjustment.16123456.beta-2024.json'],
    ['applications/15123456/assignment', 'assignment.15123456.beta-2024.json'],
    ['applications/15123456/documents', 'documents.15123456.beta-2024.json'],
    ['status-codes', 'status-codes.json'],
  ])('GET %s replays %s', async (path, file) => {
    const res = await odp(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect((await bytesOf(res)).equals(fixtureBytes('uspto-odp', file))).toBe(true);
  });

  it('answers POST and GET searches from the recorded replies, and 404 when nothing matches', async () => {
    const post = await odp('applications/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: 'applicationNumberText:16123456', fields: ['applicationNumberText'] }),
    });
    expect(await post.json()).toMatchObject({ count: 1, patentBag: [{ applicationNumberText: '16123456' }] });
    const get = await odp('applications/search?q=applicationNumberText%3A14412875');
    expect(((await get.json()) as { patentFileWrapperDataBag: unknown[] }).patentFileWrapperDataBag).toHaveLength(1);
    const none = await odp('applications/search?q=applicationNumberText%3A99999999');
    expect(none.status).toBe(404);
  });

  it('gives the recorded 404 for unknown numbers and 403 without a valid key', async () => {
    const unknown = await odp('applications/99999999');
    expect(unknown.status).toBe(404);
    expect((await bytesOf(unknown)).equals(fixtureBytes('uspto-odp', 'error.404.transactions.15123456.beta-2024.json'))).toBe(true);
    const noKey = await fetch(`${sb().baseUrl}/uspto-odp/api/v1/patent/applications/16123456`);
    expect(noKey.status).toBe(403);
    expect(await noKey.json()).toEqual({ code: 403, error: 'Forbidden' });
  });

  it('rate-limit: 429 with Retry-After; server-error: 500', async () => {
    await arm(sb().baseUrl, 'uspto-odp', 'rate-limit', 1);
    const limited = await odp('applications/16123456');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    await arm(sb().baseUrl, 'uspto-odp', 'server-error', 1);
    expect((await odp('applications/16123456')).status).toBe(500);
    expect((await odp('applications/16123456')).status).toBe(200);
  });
});

describe('KIPRIS Plus', () => {
  const biblio = (params: Record<string, string>) =>
    fetch(`${sb().baseUrl}/kipris/kipo-api/kipi/patUtiModInfoSearchSevice/getBibliographyDetailInfoSearch?${new URLSearchParams(params)}`);

  it('replays the recorded bibliography for the right ServiceKey (URL-encoded, it contains / + =)', async () => {
    const res = await biblio({ applicationNumber: '1020190100885', ServiceKey: creds.kipris.accessKey });
    expect(res.status).toBe(200);
    expect((await bytesOf(res)).equals(fixtureBytes('kipris', 'bibliography.1020190100885.xml'))).toBe(true);
  });

  it('answers a bad or unencoded key with HTTP 200 and resultCode 30', async () => {
    const wrong = await biblio({ applicationNumber: '1020190100885', ServiceKey: 'nope' });
    expect(wrong.status).toBe(200);
    expect(await wrong.text()).toContain('<resultCode>30</resultCode>');
    const raw = await fetch(`${sb().baseUrl}/kipris/kipo-api/kipi/patUtiModInfoSearchSevice/getBibliographyDetailInfoSearch?applicationNumber=1020190100885&ServiceKey=${creds.kipris.accessKey}`);
    expect(await raw.text()).toContain('<resultCode>30</resultCode>');
  });

  it('answers unknown numbers with the recorded empty result and a missing number with resultCode 10', async () => {
    const empty = await biblio({ applicationNumber: '1020990000001', ServiceKey: creds.kipris.accessKey });
    expect(await empty.text()).toContain('<TotalSearchCount>0</TotalSearchCount>');
    const missing = await biblio({ ServiceKey: creds.kipris.accessKey });
    expect(await missing.text()).toContain('<resultCode>10</resultCode>');
  });

  it('quota: HTTP 200 with resultCode 22 and successYN N', async () => {
    await arm(sb().baseUrl, 'kipris', 'quota', 1);
    const text = await (await biblio({ applicationNumber: '1020190100885', ServiceKey: creds.kipris.accessKey })).text();
    expect(text).toContain('<successYN>N</successYN><resultCode>22</resultCode>');
  });
});

describe('Lens', () => {
  const search = (body: unknown, token: string = creds.lens.token) =>
    fetch(`${sb().baseUrl}/lens/patent/search`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it.each([['EP_2471949_A1'], ['EP 2471949 A1'], ['EP2471949'], ['031-156-664-516-153']])('answers an ids query for %s with the docs sample', async (id) => {
    const res = await search({ query: { terms: { ids: [id] } } });
    expect(res.status).toBe(200);
    expect((await bytesOf(res)).equals(fixtureBytes('lens', 'search.lens_id-031-156-664-516-153.docs-sample.json'))).toBe(true);
  });

  it('401 without a valid token, 404 for an empty result, 415 for a non-JSON body', async () => {
    expect((await search({ query: { terms: { ids: ['EP2471949'] } } }, 'bad')).status).toBe(401);
    expect((await search({ query: { terms: { ids: ['US 7654321 B2'] } } })).status).toBe(404);
    const text = await fetch(`${sb().baseUrl}/lens/patent/search`, { method: 'POST', headers: { Authorization: `Bearer ${creds.lens.token}`, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
  });

  it('rate-limit: 429 with the x-rate-limit headers; quota: 429 with the recorded headers', async () => {
    sb().setFailure('lens', 'rate-limit', { times: 1 });
    const limited = await search({ query: { terms: { ids: ['EP2471949'] } } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-rate-limit-retry-after-seconds')).toBe('5');
    sb().setFailure('lens', 'quota', { times: 1 });
    const quota = await search({ query: { terms: { ids: ['EP2471949'] } } });
    expect(quota.status).toBe(429);
    expect(quota.headers.get('x-rate-limit-reset-date')).toBe('2019-10-12T00:27:49.018Z');
    expect(quota.headers.get('x-rate-limit-retry-after-seconds')).toBe('2125876');
  });
});

describe('TIPO (reconstructed replies only)', () => {
  const tipo = (query: string) => fetch(`${sb().baseUrl}/tipo/api/${query}`);

  it('answers without a valid tk in "sample" mode, over-large top with status error', async () => {
    expect(await (await tipo('PatentAppl?format=JSON&applno=100114238')).json()).toMatchObject({ status: 'sample' });
    expect(await (await tipo(`PatentAppl?tk=${creds.tipo.token}&format=JSON&top=10000`)).json()).toMatchObject({ status: 'error' });
  });

  it('serves TmarkPriority from the reconstructed envelope and patent operations as an empty ok envelope', async () => {
    const tm = await tipo(`TmarkPriority?tk=${creds.tipo.token}&format=JSON&top=2`);
    expect((await bytesOf(tm)).equals(fixtureBytes('tipo', 'TmarkPriority.top2.reconstructed.json'))).toBe(true);
    expect(await (await tipo(`PatentAppl?tk=${creds.tipo.token}&format=JSON&applno=100114238`)).json()).toMatchObject({ status: 'ok', 'total-count': 0 });
  });
});
