// KIPRIS Plus replay for the sandbox office server (test/sandbox, contract C3). Node-only.
// Facts: ../shared/fixtures/API-NOTES-2.md §1. Paths are those below `<base>/kipris` = `http://plus.kipris.or.kr`.
// KIPRIS answers HTTP 200 even for key and parameter errors; the body's resultCode says what went wrong.
import { fixtureReader, htmlStatus, reply, type OfficeSandbox, type Reply, type SandboxRequest } from '../../../test/sandbox/kit';

const fixture = fixtureReader(new URL('./fixtures/', import.meta.url));
const XML = { 'Content-Type': 'application/xml;charset=UTF-8' };
const xml = (name: string): Reply => reply(200, XML, fixture(name));

// `<gateway path>` → how to answer it: the parameter naming the document and the recorded replies.
const ROUTES: Record<string, { param: string; replies: Record<string, string> }> = {
  // gateway B "kipo-api" (ServiceKey); note the real path's misspelling "Sevice".
  'kipo-api/kipi/patUtiModInfoSearchSevice/getBibliographyDetailInfoSearch': {
    param: 'applicationNumber',
    replies: { '1020190100885': 'bibliography.1020190100885.xml' },
  },
  // gateway B DOCDB family; the reply is the recorded data.go.kr values in gateway B's XML (RECONSTRUCTED envelope).
  'kipo-api/kipi/patFamInfoSearchService/getAppNoPatFamInfoSearch': {
    param: 'applicationNumber',
    replies: { '1020050082226': 'family.getAppNoPatFamInfoSearch.1020050082226.reconstructed.xml' },
  },
  // gateway A "openapi/rest" (accessKey); the replies are RECONSTRUCTED (see fixtures/SOURCES.md).
  'openapi/rest/CitationService/citationInfoV3': {
    param: 'applicationNumber',
    replies: { '1020180133527': 'citations.citationInfoV3.1020180133527.reconstructed.xml' },
  },
  'openapi/rest/patUtiModInfoSearchSevice/applicantNameSearchInfo': {
    param: 'applicant',
    replies: { 김태현: 'search.applicantNameSearchInfo.PatentUtilityInfo.2020040020989.reconstructed.xml' },
  },
};

// The recorded bibliography came with biblioSummaryInfo as xsi:nil; KIPRIS clients ask again, and the
// sandbox answers the second and later calls with the summary filled in (RECONSTRUCTED, fixtures/SOURCES.md).
const SUMMARY_ON_RETRY: Record<string, string> = { '1020190100885': 'bibliography.1020190100885.summary.reconstructed.xml' };
// getAdvancedSearch (RECONSTRUCTED): the one KR application the sandbox knows, for a word of its title.
const SEARCH_HIT = 'search.getAdvancedSearch.word-head-mounted-display.reconstructed.xml';
const SEARCH_WORDS = /head mounted display|가상현실|디스플레이/i;
// getAdvancedSearch by registration number (RECONSTRUCTED from the gateway-A item of the same case).
const SEARCH_BY_REGISTER: Record<string, string> = { '2003645120000': 'search.getAdvancedSearch.registerNumber-2003645120000.reconstructed.xml' };

// RECONSTRUCTED gateway-B error envelope (element names of the recorded bibliography header). Code 22 is
// the data.go.kr gateway's "LIMITED NUMBER OF SERVICE REQUESTS EXCEEDS" code, whose 10/30/31 codes KIPRIS
// shares (API-NOTES-2.md §1 leaves KIPRIS's own quota signal unrecorded).
function resultCode(code: string, message: string): Reply {
  return reply(200, XML, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><response><header><requestMsgID></requestMsgID><responseTime></responseTime><responseMsgID></responseMsgID><successYN>N</successYN><resultCode>${code}</resultCode><resultMsg>${message}</resultMsg></header><body/></response>`);
}

// Each gateway reads the key under its own name: A "openapi/rest" accessKey, B "kipo-api" ServiceKey.
const keyOf = (req: SandboxRequest): string | null => req.query.get(req.segments[0] === 'openapi' ? 'accessKey' : 'ServiceKey');

export function createKiprisSandbox(creds: { accessKey: string }): OfficeSandbox {
  const asked = new Map<string, number>();
  return {
    id: 'kipris',
    catalog: {
      // KR application 10-2019-0100885 (right code 10 dropped in DOCDB, ../shared/numbers/FORMATS.md KR).
      numbers: [
        { docdb: 'KR.20190100885.A', type: 'application', endpoints: ['getBibliographyDetailInfoSearch', 'getAdvancedSearch'] },
        { docdb: 'KR.200364512', type: 'grant', endpoints: ['getAdvancedSearch'] },
        { docdb: 'KR.20050082226.A', type: 'application', endpoints: ['getAppNoPatFamInfoSearch'] },
        { docdb: 'KR.20180133527.A', type: 'application', endpoints: ['citationInfoV3'] },
      ],
    },

    // A missing or unknown key: HTTP 200 with resultCode 30 (recorded, fixtures/error.30-invalid-accesskey…).
    authorize(req) {
      return keyOf(req) === creds.accessKey ? null : xml('error.30-invalid-accesskey.trademarkDesignationGoodstInfo.xml');
    },

    handle(req) {
      const path = req.segments.join('/');
      if (path === 'kipo-api/kipi/patUtiModInfoSearchSevice/getAdvancedSearch') {
        const register = req.query.get('registerNumber');
        if (register) return SEARCH_BY_REGISTER[register] ? xml(SEARCH_BY_REGISTER[register]) : resultCode('00', 'NORMAL SERVICE.');
        if (req.query.get('openNumber')) return resultCode('00', 'NORMAL SERVICE.');
        const word = req.query.get('word') ?? '';
        if (!word.trim()) return xml('error.10-invalid-parameter.test-fixture.xml');
        return SEARCH_WORDS.test(word) ? xml(SEARCH_HIT) : resultCode('00', 'NORMAL SERVICE.');
      }
      const route = ROUTES[path];
      if (!route) return htmlStatus(404, 'Not Found');
      const value = req.query.get(route.param)?.replace(/-/g, '');
      if (!value) return xml('error.10-invalid-parameter.test-fixture.xml');
      const times = (asked.get(`${path}|${value}`) ?? 0) + 1;
      asked.set(`${path}|${value}`, times);
      const retried = times > 1 && path.endsWith('/getBibliographyDetailInfoSearch') ? SUMMARY_ON_RETRY[value] : undefined;
      const name = retried ?? route.replies[value];
      // Unknown number: the recorded successful-but-empty reply (empty resultCode, TotalSearchCount 0).
      return name ? xml(name) : xml('search.empty-result.trademarkInfo.openapi-rest.xml');
    },

    failure(mode) {
      switch (mode) {
        case 'expired-token': return xml('error.30-invalid-accesskey.trademarkDesignationGoodstInfo.xml');
        case 'quota': return resultCode('22', 'LIMITED NUMBER OF SERVICE REQUESTS EXCEEDS ERROR.');
        // RECONSTRUCTED: KIPRIS only documents "< 50 requests/second or the IP may be blocked".
        case 'rate-limit': return reply(429, { 'Content-Type': 'text/plain', 'Retry-After': '1' }, 'Too Many Requests');
        case 'server-error': return htmlStatus(500, 'Internal Server Error');
      }
    },

    reset: () => asked.clear(),
  };
}
