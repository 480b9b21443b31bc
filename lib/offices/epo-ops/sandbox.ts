// EPO OPS v3.2 replay for the sandbox office server (test/sandbox, contract C3). Node-only: the extension
// never imports this file. Facts: ../shared/fixtures/API-NOTES.md §2 (OPS) and the fixtures' own request
// lines (SOURCES.md). Paths are those below `<base>/epo-ops` = `https://ops.epo.org/3.2`.
import {
  LaterStates, TokenStore, bearer, fixtureReader, recordedHeaders, reply,
  type Clock, type OfficeSandbox, type Reply, type SandboxRequest,
} from '../../../test/sandbox/kit';
import { findOpsDocument, opsCatalog, type OpsService } from './sandbox-routes';

const fixture = fixtureReader(new URL('./fixtures/', import.meta.url));

const XML = 'application/xml;charset=utf-8';
// Headers every recorded data reply carries (fixtures/headers.family.EP1000000A1.json), minus the
// per-reply ones the sandbox computes (quota counters, throttling) or node sets (length, date).
const DATA_HEADERS = recordedHeaders(fixture('headers.family.EP1000000A1.json'), (n) => !/^X-(IndividualQuota|RegisteredQuota|Throttling|EPO-)/i.test(n) && n !== 'Content-Type');
const CORS = recordedHeaders(fixture('headers.auth.accesstoken.json'), (n) => n.startsWith('Access-Control-'));
const THROTTLE_IDLE = 'idle (images=green:200, inpadoc=green:60, other=green:1000, retrieval=green:200, search=green:30)';
// The recorded family reply reported 80513 bytes used *including* its own 8857-byte body.
const QUOTA_USED_AT_START = 80513 - 8857;

function fault(status: number, code: string, message: string): Reply {
  // Same shape as fixtures/fault.404-entity-not-found.reconstructed.xml ([OPS-RG] 2.2.3, Table 15).
  return reply(status, { 'Content-Type': XML }, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<fault xmlns="http://ops.epo.org">\n    <code>${code}</code>\n    <message>${message}</message>\n</fault>`);
}
const notFound = (): Reply => reply(404, { 'Content-Type': XML }, fixture('fault.404-entity-not-found.reconstructed.xml'));

// OAuth errors of [OPS-RG] "OAuth Errors" (RECONSTRUCTED bodies in the recorded <error> shape).
function oauthError(status: number, message: string, description: string): Reply {
  return reply(status, { 'Content-Type': 'application/xml' }, `<error><code>${status}</code><message>${message}</message><description>${description}</description></error>`);
}

// Recorded CQL queries (normalised: lower case, no blanks or quotes) → reply file.
const SEARCHES: Record<string, string> = {
  'ti=plastic': 'search.ti-plastic.range-1-100.xml',
  'applicant=tesla': 'search.applicant-tesla.range-1-1.xml',
  'ti=battery': 'search.ti-battery.range-1-5.xml',
};
const BIBLIO_SEARCHES: Record<string, string> = { 'pa=siemens': 'search.biblio.pa-Siemens.range-1-3.xml' };
const REGISTER_SEARCHES: Record<string, string> = { 'ti=battery': 'register.search.ti-battery.range-1-5.xml' };
const cql = (q: string | null): string => (q ?? '').toLowerCase().replace(/[\s"]/g, '');

// number-service: `<refType>/<input format>/<number as sent>/<output format>` → reply file.
const NUMBER_SERVICE: Record<string, string> = {
  'application/original/JP.(2006-147056).A.20060526/docdb': 'number-service.application.original-to-docdb.JP.2006-147056.xml',
  'application/docdb/JP.2006147056.A.20060526/original': 'number-service.application.docdb-to-original.JP2006147056.xml',
  'application/docdb/MD.20050130.A.20050130/epodoc': 'number-service.application.docdb-to-epodoc.MD20050130.xml',
  'application/original/US.(08/921,321).A.19970829/epodoc': 'number-service.application.original-to-epodoc.US08-921321.xml',
  'application/original/PCT/GB02/04635.20021011/docdb': 'number-service.application.original-to-docdb.PCT-GB02-04635.xml',
  'publication/docdb/EP.2400812.A1/epodoc': 'number-service.publication.docdb-to-epodoc.EP2400812A1.xml',
  'publication/docdb/EP.2400812.A1/original': 'number-service.publication.docdb-to-original.EP2400812A1.xml',
};

// classification/… (CPC) — the URL depths match the recorded stylesheet hrefs of each file.
const CLASSIFICATION: Record<string, string> = {
  'cpc/H04W': 'classification-cpc.H04W.xml',
  'cpc/H04W4/00': 'classification-cpc.H04W4-00.xml',
  'map/cpc/H04W84/18/ecla': 'classification-cpc-mapping.cpc-to-ecla.H04W84-18.xml',
};

// Later states (C3 `_control/advance`), RECONSTRUCTED: EP 2400812 lapsed in GB (PG25, gazette 2026-11-25)
// and gained a US member (US 2026/0345678 A1); "ti=battery" has two new hits on its first page. See
// fixtures/SOURCES.md.
const LATER: Record<string, string> = {
  'legal.docdb.EP2400812.A1.xml': 'legal.docdb.EP2400812.A1.later.reconstructed.xml',
  'family.docdb.EP2400812.A1.xml': 'family.docdb.EP2400812.A1.later.reconstructed.xml',
  'search.ti-battery.range-1-5.xml': 'search.ti-battery.range-1-5.later.reconstructed.xml',
};

export function createEpoOpsSandbox(creds: { key: string; secret: string }, now: Clock): OfficeSandbox {
  const tokens = new TokenStore('sandbox-ops', now);
  let used = QUOTA_USED_AT_START;
  const later = new LaterStates(LATER);

  const xml = (file: string): Reply => reply(200, { 'Content-Type': XML }, fixture(later.file(file)));

  function document(service: OpsService, format: string, number: string, tail?: string): Reply {
    const file = findOpsDocument(service, format, number, tail);
    return file ? xml(file) : notFound();
  }

  function route(req: SandboxRequest): Reply {
    const [root, ...s] = req.segments;
    if (root !== 'rest-services') return fault(404, 'CLIENT.NotFound', 'Resource not found');
    const [service, a, b, c, d] = s;
    const q = req.query.get('q');
    if (service === 'published-data') {
      if (a === 'search') {
        const file = (b === 'biblio' ? BIBLIO_SEARCHES : SEARCHES)[cql(q)];
        // Zero hits are a 404 SERVER.EntityNotFound fault, not an empty 200 (API-NOTES.md OPS Errors).
        return file ? xml(file) : notFound();
      }
      if (a === 'publication' && b && c) return document(`published-data/${d ?? 'biblio'}` as OpsService, b, c);
      if (a === 'images' && s.length === 6) {
        const range = req.query.get('Range') ?? '1';
        if (s.slice(2).join('/') === 'EP/2400812/A1/thumbnail' && range === '1') {
          return reply(200, { 'Content-Type': 'image/tiff' }, fixture('image.EP2400812A1.thumbnail.page1.tiff'));
        }
        return notFound();
      }
    }
    if ((service === 'family' || service === 'legal') && a === 'publication' && b && c) {
      return document(service, b, c, service === 'family' ? d : undefined);
    }
    if (service === 'register') {
      if (a === 'search') {
        const file = REGISTER_SEARCHES[cql(q)];
        return file ? xml(file) : notFound();
      }
      if (a === 'publication' && b === 'epodoc' && c) return document(`register/${d ?? 'biblio'}` as OpsService, b, c);
    }
    if (service === 'number-service' && s.length >= 5) {
      // The number may itself contain '/' (US.(08/921,321)…, PCT/GB02/04635…), sent encoded or not.
      const file = NUMBER_SERVICE[s.slice(1).join('/')];
      return file ? xml(file) : fault(404, 'CLIENT.InvalidReference', 'Invalid reference');
    }
    if (service === 'classification') {
      if (a === 'cpc' && b === 'search') return cql(q) === 'h04w' ? xml('classification-cpc-statistics.H04W.xml') : notFound();
      // POST with several symbols: the recorded reply is the stylesheet line only.
      if (a === 'cpc' && !b && req.method === 'POST') return xml('classification-cpc.multiple.H04W-G06F-A01B.stylesheet-only.xml');
      const file = CLASSIFICATION[s.slice(1).join('/')];
      return file ? xml(file) : notFound();
    }
    return fault(404, 'CLIENT.NotFound', 'Resource not found');
  }

  return {
    id: 'epo-ops',
    cors: CORS,
    catalog: opsCatalog(),

    // POST /auth/accesstoken, client credentials in a Basic header ([OPS-RG] 2.3.2).
    token(req) {
      if (req.segments.join('/') !== 'auth/accesstoken') return null;
      const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (!basic) return oauthError(401, 'invalid_client', 'Client identifier is required');
      const [key, secret] = Buffer.from(basic, 'base64').toString('utf8').split(':');
      if (key !== creds.key || secret !== creds.secret) return oauthError(401, 'invalid_client', 'Client credentials are invalid');
      if (new URLSearchParams(req.body.toString('utf8')).get('grant_type') !== 'client_credentials') {
        return oauthError(400, 'unsupported_grant_type', 'Unsupported grant type');
      }
      const issued = tokens.issue(1199);
      const recorded = JSON.parse(fixture('auth.accesstoken.json').toString('utf8')) as Record<string, unknown>;
      const body = { ...recorded, issued_at: String(now()), client_id: key, access_token: issued.access, 'developer.email': 'sandbox@example.invalid', application_name: 'sandbox' };
      return reply(200, { 'Content-Type': 'application/json' }, JSON.stringify(body, null, 2));
    },

    // Stale or missing token: the recorded HTTP 400 invalid_access_token reply with its headers.
    authorize(req) {
      if (tokens.validAccess(bearer(req))) return null;
      const headers = recordedHeaders(fixture('headers.error.400-invalid-access-token.json'), (n) => !n.startsWith('X-EPO-'));
      return reply(400, headers, fixture('error.400-invalid-access-token.xml'));
    },

    handle: route,

    failure(mode, req) {
      switch (mode) {
        case 'expired-token':
          return this.authorize({ ...req, headers: {} })!;
        case 'quota':
          // [OPS-RG] 2.3.3 and python-epo-ops-client's mock: 403 + X-Rejection-Reason + Fair Use <error>.
          return reply(403, { 'Content-Type': 'application/xml', 'X-Rejection-Reason': 'RegisteredQuotaPerWeek' }, fixture('error.403-quota-exceeded.reconstructed.xml'));
        case 'rate-limit':
          // RECONSTRUCTED from [OPS-RG] 2.3.3: a 'black' (suspended) service answers 403 with Retry-After
          // in milliseconds and the throttling header naming the colour.
          return reply(403, {
            'Content-Type': 'application/xml',
            'Retry-After': '60000',
            'X-Throttling-Control': 'overloaded (images=black:0, inpadoc=black:0, other=black:0, retrieval=black:0, search=black:0)',
          }, fixture('error.403-quota-exceeded.reconstructed.xml'));
        case 'server-error':
          return fault(500, 'SERVER.DomainAccess', 'Internal server error');
      }
    },

    // Every data reply carries the recorded throttling header and byte counters that grow by the body size.
    decorate(r) {
      used += r.body.length;
      return {
        ...r,
        headers: {
          ...DATA_HEADERS,
          'X-Throttling-Control': THROTTLE_IDLE,
          ...r.headers,
          'X-IndividualQuotaPerHour-Used': String(used),
          'X-RegisteredQuotaPerWeek-Used': String(used),
        },
      };
    },

    revokeTokens: () => tokens.revokeAccess(),
    advance: () => later.advance(),
    reset() {
      tokens.clear();
      later.reset();
      used = QUOTA_USED_AT_START;
    },
  };
}
