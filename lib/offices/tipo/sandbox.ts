// TIPO open data API replay for the sandbox office server (test/sandbox, contract C3). Node-only.
// EVERYTHING HERE IS RECONSTRUCTED: no TIPO reply was ever recorded; the fixtures are rebuilt from a
// research note's live probes (fixtures/SOURCES.md). Facts: ../shared/fixtures/API-NOTES-2.md §2.
// Paths are those below `<base>/tipo` = `https://cloud.tipo.gov.tw/S220/opdataapi`.
import { fixtureReader, htmlStatus, jsonReply, reply, type OfficeSandbox, type Reply } from '../../../test/sandbox/kit';

const fixture = fixtureReader(new URL('./fixtures/', import.meta.url));
const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };
const file = (name: string): Reply => reply(200, JSON_TYPE, fixture(name));

const sampleMode = (): Reply => file('envelope.no-token.sample-mode.reconstructed.json');

// The patent rows the sandbox answers, by operation and the number queried (all RECONSTRUCTED, fixtures/SOURCES.md).
const ROWS: Record<string, string> = {
  'PatentRights/applno/106123456': 'PatentRights.I651234.reconstructed.json',
  'PatentRights/patentno/I651234': 'PatentRights.I651234.reconstructed.json',
  'PatentAnnuity/applno/106123456': 'PatentAnnuity.I651234.reconstructed.json',
  'PatentAnnuity/patentno/I651234': 'PatentAnnuity.I651234.reconstructed.json',
  'PatentPub/applno/108134567': 'PatentPub.202012345.reconstructed.json',
  'PatentPub/publishno/202012345': 'PatentPub.202012345.reconstructed.json',
  'PatentAppl/applno/110100001': 'PatentAppl.110100001.reconstructed.json',
  'PatentPriority/applno/106123456': 'PatentPriority.106123456.reconstructed.json',
  'PatentDivide/applno/106123456': 'PatentDivide.106123456.reconstructed.json',
  'PatentTwins/applno/106123456': 'PatentTwins.106123456.reconstructed.json',
};
const QUERY_KEYS = ['applno', 'patentno', 'publishno'];

const PATENT_OPERATIONS = ['PatentAppl', 'PatentPub', 'PatentRights', 'PatentPriority', 'PatentAnnuity', 'PatentAlteration', 'PatentDivide', 'PatentTwins', 'PatentChange'];

export function createTipoSandbox(creds: { token: string }): OfficeSandbox {
  return {
    id: 'tipo',
    catalog: {
      numbers: [
        { docdb: 'TW.106123456.A', type: 'application', endpoints: ['PatentRights', 'PatentAnnuity', 'PatentPriority', 'PatentDivide', 'PatentTwins'] },
        { docdb: 'TW.I651234.B', type: 'grant', endpoints: ['PatentRights', 'PatentAnnuity'] },
        { docdb: 'TW.202012345.A', type: 'publication', endpoints: ['PatentPub'] },
        { docdb: 'TW.108134567.A', type: 'application', endpoints: ['PatentPub'] },
        { docdb: 'TW.110100001.A', type: 'application', endpoints: ['PatentAppl'] },
      ],
    },

    // No or wrong `tk`: HTTP 200, status "sample" (fixtures/envelope.no-token.sample-mode.reconstructed.json).
    authorize(req) {
      return req.query.get('tk') === creds.token ? null : sampleMode();
    },

    handle(req) {
      const [api, operation] = req.segments;
      if (api !== 'api' || !operation || req.segments.length !== 2) return htmlStatus(404, 'Not Found');
      const top = Number(req.query.get('top') ?? '25');
      if (top > 6000) return file('error.top-over-6000.reconstructed.json');
      if (operation === 'TmarkPriority') return file('TmarkPriority.top2.reconstructed.json');
      const key = QUERY_KEYS.find((k) => req.query.get(k));
      const row = key ? ROWS[`${operation}/${key}/${req.query.get(key)}`] : undefined;
      if (row) return file(row);
      if (PATENT_OPERATIONS.includes(operation)) {
        // RECONSTRUCTED by analogy: the TmarkPriority envelope with no rows (no patent reply was probed).
        return jsonReply(200, { version: '1.0', status: 'ok', message: '', top, skip: Number(req.query.get('skip') ?? '0'), 'order-by': 'appl-no', 'total-count': 0 }, JSON_TYPE);
      }
      return htmlStatus(404, 'Not Found');
    },

    // RECONSTRUCTED: TIPO documents no rate limit or quota; its Cloudflare front answers 429 / 5xx.
    failure(mode) {
      switch (mode) {
        case 'expired-token': return sampleMode();
        case 'quota':
        case 'rate-limit': return reply(429, { 'Content-Type': 'text/plain', 'Retry-After': '60' }, 'Too Many Requests');
        case 'server-error': return htmlStatus(500, 'Internal Server Error');
      }
    },

    reset() {},
  };
}
