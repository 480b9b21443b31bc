// Lens.org Patent API replay for the sandbox office server (test/sandbox, contract C3). Node-only.
// Facts: ../shared/fixtures/API-NOTES-2.md §3. Paths are those below `<base>/lens` = `https://api.lens.org`.
import { fixtureReader, jsonBody, jsonReply, recordedHeaders, reply, type OfficeSandbox, type Reply, type SandboxRequest } from '../../../test/sandbox/kit';

const fixture = fixtureReader(new URL('./fixtures/', import.meta.url));
const SAMPLE = 'search.lens_id-031-156-664-516-153.docs-sample.json';
// The documentation sample is EP 2471949 A1, Lens ID 031-156-664-516-153.
const SAMPLE_LENS_ID = '031-156-664-516-153';
const SAMPLE_NUMBER = 'EP2471949';

// Every string in the query; a number matches in any spelling Lens accepts for `ids`
// (fixtures/request.search.ids.docs-example.json: "EP_0227762_B1_19900411", "EP 0227762 B1", "EP0227762" …).
function mentionsSample(query: unknown): boolean {
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(...v.split(/\s+OR\s+|[,()]/));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(query);
  return strings.some((s) => {
    const t = s.trim();
    return t === SAMPLE_LENS_ID || t.toUpperCase().replace(/[\s_.\-/]/g, '').startsWith(SAMPLE_NUMBER);
  });
}

function tokenOf(req: SandboxRequest): string | null {
  return /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? req.query.get('token');
}

// The recorded rate-limit headers (issue #13, transcribed): a monthly limit, 24 days to wait.
// 401 for a bad or missing token (API-NOTES-2.md §3; body RECONSTRUCTED).
const unauthorized = (): Reply => jsonReply(401, { message: 'Unauthorized: missing or invalid access token' });

const RECORDED_LIMIT_HEADERS = recordedHeaders(fixture('headers.rate-limited.issue13.transcribed.json'), (n) => n.startsWith('x-rate-limit-'));

export function createLensSandbox(creds: { token: string }): OfficeSandbox {
  const search = (query: unknown): Reply =>
    mentionsSample(query)
      ? reply(200, { 'Content-Type': 'application/json;charset=UTF-8' }, fixture(SAMPLE))
      // RECONSTRUCTED: "404 … empty result" (API-NOTES-2.md §3); body in the response's own top-level keys.
      : jsonReply(404, { total: 0, data: [], results: 0 });

  return {
    id: 'lens',
    catalog: { numbers: [{ docdb: 'EP.2471949.A1', type: 'publication', endpoints: ['patent/search'] }] },

    authorize(req) {
      return tokenOf(req) === creds.token ? null : unauthorized();
    },

    handle(req) {
      if (req.segments.join('/') !== 'patent/search') return jsonReply(404, { message: 'Not Found' });
      if (req.method === 'GET') return search(req.query.get('query'));
      if (!/^application\/json/i.test(req.headers['content-type'] ?? '')) {
        return jsonReply(415, { message: 'Content-Type must be application/json' });
      }
      return search((jsonBody(req) as { query?: unknown } | null)?.query);
    },

    failure(mode) {
      switch (mode) {
        case 'expired-token': return unauthorized();
        // The recorded headers: their reset date is a month away, so they stand for the quota case.
        case 'quota': return jsonReply(429, { message: 'Monthly request limit exceeded' }, RECORDED_LIMIT_HEADERS);
        // RECONSTRUCTED: the same header names with a per-minute limit used up.
        case 'rate-limit':
          return jsonReply(429, { message: 'Request per minute limit exceeded' }, {
            'x-rate-limit-remaining-request-per-minute': '0',
            'x-rate-limit-retry-after-seconds': '5',
            'x-rate-limit-retry-after-millis': '5000',
            'Retry-After': '5',
          });
        case 'server-error': return jsonReply(500, { message: 'Internal Server Error' });
      }
    },

    reset() {},
  };
}
