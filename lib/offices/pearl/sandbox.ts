// WIPO PEARL replay for the sandbox office server (test/sandbox, contract C3). Node-only.
// Nothing here was ever recorded (API-NOTES-2.md §4): the token flow follows the unofficial wrapper's
// description (OAuth2 client credentials, Basic id:secret), and every concept reply is RECONSTRUCTED
// from fixtures/concepts.search.reconstructed.json, whose header says what is what.
import { TokenStore, bearer, fixtureReader, formBody, jsonReply, type Clock, type OfficeSandbox, type Reply, type SandboxRequest } from '../../../test/sandbox/kit';

const fixture = fixtureReader(new URL('./fixtures/', import.meta.url));

interface Concept {
  conceptId: string;
  terms: { lang: string; term: string }[];
}

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase();

export function createPearlSandbox(creds: { clientId: string; clientSecret: string }, now: Clock): OfficeSandbox {
  const tokens = new TokenStore('sandbox-pearl', now);
  const concepts = (JSON.parse(fixture('concepts.search.reconstructed.json').toString('utf8')) as { concepts: Concept[] }).concepts;
  const oauthError = (status: number, error: string): Reply => jsonReply(status, { error, error_description: error === 'invalid_client' ? 'Client authentication failed' : error });

  // A concept answers a term written in its source language, whole, in any case.
  const search = (req: SandboxRequest): Reply => {
    const term = norm(req.query.get('term') ?? '');
    const source = norm(req.query.get('sourceLang') ?? '');
    if (!term || !source) return jsonReply(400, { error: 'invalid_request', error_description: 'term and sourceLang are required' });
    const targets = (req.query.get('targetLangs') ?? '').split(',').map(norm).filter(Boolean);
    const limit = Math.min(Number(req.query.get('limit') ?? 10) || 10, 50);
    const hits = concepts
      .filter((c) => c.terms.some((t) => norm(t.lang) === source && norm(t.term) === term))
      .slice(0, limit)
      .map((c) => ({ ...c, terms: c.terms.filter((t) => norm(t.lang) === source || targets.length === 0 || targets.includes(norm(t.lang))) }));
    return jsonReply(200, { total: hits.length, concepts: hits });
  };

  return {
    id: 'pearl',
    catalog: { numbers: [], terms: concepts.flatMap((c) => c.terms.map((t) => t.term)) },

    token(req) {
      if (req.segments.join('/') !== 'oauth2/token') return null;
      const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const [id, secret] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':') : [];
      if (id !== creds.clientId || secret !== creds.clientSecret) return oauthError(401, 'invalid_client');
      if (formBody(req).get('grant_type') !== 'client_credentials') return oauthError(400, 'unsupported_grant_type');
      return jsonReply(200, { access_token: tokens.issue(300).access, token_type: 'Bearer', expires_in: 300 });
    },

    authorize(req) {
      return tokens.validAccess(bearer(req)) ? null : jsonReply(401, { error: 'invalid_token' }, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    },

    handle(req) {
      const path = req.segments.join('/');
      if (path === 'wipopearl/concepts/search') return search(req);
      const id = /^wipopearl\/concepts\/(\d+)$/.exec(path)?.[1];
      const concept = id && concepts.find((c) => c.conceptId === id);
      return concept ? jsonReply(200, { concept }) : jsonReply(404, { error: 'not_found' });
    },

    failure(mode, req) {
      switch (mode) {
        case 'expired-token': return this.authorize({ ...req, headers: {} })!;
        case 'quota': return jsonReply(429, { error: 'quota_exceeded', error_description: 'Daily quota exceeded' }, { 'Retry-After': '3600' });
        case 'rate-limit': return jsonReply(429, { error: 'rate_limited' }, { 'Retry-After': '5' });
        case 'server-error': return jsonReply(503, { error: 'service_unavailable' });
      }
    },

    revokeTokens: () => tokens.revokeAccess(),
    reset: () => tokens.clear(),
  };
}
