// USPTO Open Data Portal replay for the sandbox office server (test/sandbox, contract C3). Node-only.
// Facts: ../shared/fixtures/API-NOTES.md §3 (ODP). Paths are those below `<base>/uspto-odp` = `https://api.uspto.gov`.
import {
  LaterStates, fixtureReader, jsonBody, jsonReply, recordedHeaders, reply,
  type OfficeSandbox, type Reply, type SandboxRequest,
} from '../../../test/sandbox/kit';

const fixture = fixtureReader(new URL('./fixtures/', import.meta.url));

// Recorded CORS headers of the 2024 replies (fixtures/headers.error.404.beta-2024.json).
const CORS = recordedHeaders(fixture('headers.error.404.beta-2024.json'), (n) => n.startsWith('access-control-'));
const JSON_TYPE = { 'content-type': 'application/json' };

// `<applicationNumberText>/<sub-resource>` ('' = the application itself) → recorded reply.
const APPLICATIONS: Record<string, string> = {
  '16123456/': 'applications.16123456.beta-2024.json',
  'PCT/US07/19317/': 'applications.PCT-US07-19317.beta-2024.json',
  // Not recorded as a GET: the 2025 POST-search reply whose only hit is 14412875 (search.post.json). The
  // production GET answers the same `patentFileWrapperDataBag` envelope, so it stands in for it here.
  '14412875/': 'search.post.json',
  '14412875/meta-data': 'applications.14412875.meta-data.json',
  '14412875/associated-documents': 'associated-documents.14412875.json',
  '15123456/application-data': 'application-data.15123456.beta-2024.json',
  '15123456/continuity': 'continuity.15123456.beta-2024.json',
  '15123456/assignment': 'assignment.15123456.beta-2024.json',
  '15123456/documents': 'documents.15123456.beta-2024.json',
  '16123456/continuity': 'continuity.16123456.beta-2024.json',
  '16123456/foreign-priority': 'foreign-priority.16123456.beta-2024.json',
  '16123456/adjustment': 'adjustment.16123456.beta-2024.json',
  '16123456/assignment': 'assignment.from-test-run-2025-07.json',
};
const SUB_RESOURCES = ['meta-data', 'adjustment', 'assignment', 'attorney', 'continuity', 'foreign-priority', 'transactions', 'documents', 'associated-documents', 'application-data'];

// Searches: the recorded replies, picked by the application number the query names.
// A patent or publication number is searched for by ODP's own fields: the recorded reply whose hit holds
// that number answers (16123456 is patent 10902286 and publication US 2019-0095759 A1; 14412875 is
// patent 10765880 and publication US20150157873A1, as the recorded records say).
const SEARCHES: [RegExp, string][] = [
  [/16123456|10902286|US20190095759/, 'search.post.fields-applicationNumberText.beta-2024.json'],
  [/14412875|10765880|US20150157873/, 'search.post.json'],
];

// Later state (C3 `_control/advance`), RECONSTRUCTED: 16/123,456 (patent 10,902,286) expired for an
// unpaid maintenance fee (status 250, transaction EXP. on 2025-03-03). See fixtures/SOURCES.md.
const LATER: Record<string, string> = {
  'applications.16123456.beta-2024.json': 'applications.16123456.later.reconstructed.json',
};

const file = (name: string): Reply => reply(200, JSON_TYPE, fixture(name));
// The recorded 404 (GET …/15123456/transactions, 2024): "No matching records found".
const notFound = (): Reply => reply(404, JSON_TYPE, fixture('error.404.transactions.15123456.beta-2024.json'));

const forbidden = (): Reply => reply(403, JSON_TYPE, fixture('error.403.reconstructed.json'));

function search(req: SandboxRequest, serve: (name: string) => Reply): Reply {
  const q = req.method === 'POST' ? String((jsonBody(req) as { q?: unknown } | null)?.q ?? '') : req.query.get('q') ?? '';
  const hit = SEARCHES.find(([re]) => re.test(q));
  return hit ? serve(hit[1]) : notFound();
}

export function createUsptoOdpSandbox(creds: { apiKey: string }): OfficeSandbox {
  const later = new LaterStates(LATER);
  const serve = (name: string): Reply => file(later.file(name));
  return {
    id: 'uspto-odp',
    cors: CORS,
    catalog: {
      numbers: [
        // DOCDB application numbers need the filing year (../shared/numbers/FORMATS.md US section).
        { docdb: 'US.201816123456.A', type: 'application', endpoints: ['applications', 'continuity', 'foreign-priority', 'adjustment', 'assignment', 'search'] },
        { docdb: 'US.201615123456.A', type: 'application', endpoints: ['application-data', 'continuity', 'assignment', 'documents'] },
        { docdb: 'US.201514412875.A', type: 'application', endpoints: ['applications', 'meta-data', 'associated-documents', 'search'] },
        // Patents and publications, found by search (the records above name them).
        { docdb: 'US.10765880', type: 'grant', endpoints: ['search', 'applications'] },
        { docdb: 'US.2015157873.A1', type: 'publication', endpoints: ['search', 'applications'] },
        { docdb: 'US.10902286', type: 'grant', endpoints: ['search', 'applications'] },
        { docdb: 'US.2007019317.W', type: 'application', endpoints: ['applications'] },
      ],
    },

    // X-API-KEY on every call; missing or wrong → 403 (API-NOTES.md ODP; swagger example body, reconstructed).
    authorize(req) {
      return req.headers['x-api-key'] === creds.apiKey ? null : forbidden();
    },

    handle(req) {
      const [api, v1, patent, resource, ...rest] = req.segments;
      if (api !== 'api' || v1 !== 'v1' || patent !== 'patent') return notFound();
      if (resource === 'status-codes') return file('status-codes.json');
      if (resource !== 'applications' || rest.length === 0) return notFound();
      if (rest.length === 1 && rest[0] === 'search') return search(req, serve);
      // PCT numbers arrive as one encoded segment (PCT%2FUS07%2F19317) or, unencoded, as three.
      const last = rest[rest.length - 1]!;
      const sub = rest.length > 1 && SUB_RESOURCES.includes(last) ? last : '';
      const appNo = (sub ? rest.slice(0, -1) : rest).join('/');
      const name = APPLICATIONS[`${appNo}/${sub}`];
      return name ? serve(name) : notFound();
    },

    // RECONSTRUCTED: ODP's throttling reply was never recorded; per-key limits exist (API-NOTES.md ODP
    // "rate limit"), answered as API Gateway does, 429 with a Retry-After. Bodies in the swagger error shape.
    failure(mode) {
      switch (mode) {
        case 'expired-token': return forbidden();
        case 'quota': return jsonReply(429, { code: 429, error: 'Too Many Requests', errorDetails: 'Quota exceeded for this API key' });
        case 'rate-limit': return jsonReply(429, { code: 429, error: 'Too Many Requests', errorDetails: 'Rate limit exceeded' }, { 'Retry-After': '60' });
        case 'server-error': return jsonReply(500, { code: 500, error: 'Internal Server Error', errorDetails: 'Internal server error' });
      }
    },

    advance: () => later.advance(),
    reset: () => later.reset(),
  };
}
