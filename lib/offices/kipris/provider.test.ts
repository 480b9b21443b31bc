// The KIPRIS provider's choices that need a reply the sandbox does not give: a key without the
// citation service's subscription (result code 101, the reply recorded in a public client's comment).
import { describe, expect, it } from 'vitest';
import type { PatentRef } from '../../numbers';
import { AuthError } from '../../transport/errors';
import type { OfficeRequest, OfficeResponse, ProviderContext } from '../provider';
import { kiprisProvider } from './provider';

const APP: PatentRef = { country: 'KR', type: 'application', number: '20190100885', kind: null, rightCode: '10', docdb: 'KR.20190100885.A', epodoc: 'KR20190100885' };
const NOT_SUBSCRIBED = '<response><header><resultCode>101</resultCode><resultMsg>AccessKey&amp;ServiceID Is Not Registerd Error</resultMsg></header><body><items> </items></body></response>';
const biblio = (priorArt: string) =>
  `<response><header><successYN>Y</successYN><resultCode>00</resultCode><resultMsg>NORMAL SERVICE.</resultMsg></header><body><item><biblioSummaryInfoArray><biblioSummaryInfo><applicationNumber>10-2019-0100885</applicationNumber><inventionTitle>t</inventionTitle></biblioSummaryInfo></biblioSummaryInfoArray><priorArtDocumentsInfoArray>${priorArt}</priorArtDocumentsInfoArray></item></body></response>`;

function context(bibliography: string): { ctx: ProviderContext; asked: string[] } {
  const asked: string[] = [];
  const ctx: ProviderContext = {
    lang: 'en',
    async request<T>(req: OfficeRequest): Promise<OfficeResponse<T>> {
      asked.push(req.endpoint);
      const body = req.endpoint === 'citationInfoV3' ? NOT_SUBSCRIBED : bibliography;
      return { status: 200, headers: {}, body: body as T, fetchedAt: '2026-12-02T00:00:00.000Z', fromCache: false, stale: false };
    },
  };
  return { ctx, asked };
}

describe('KIPRIS citations without the citation service', () => {
  it('falls back on the bibliography\u2019s prior-art numbers', async () => {
    const { ctx, asked } = context(biblio('<priorArtDocumentsInfo><documentsNumber>KR10-2015-0034235</documentsNumber></priorArtDocumentsInfo>'));
    const r = await kiprisProvider.lookup(APP, ['citations'], ctx);
    expect(r.citations?.map((c) => [c.ref?.country, c.ref?.type, c.ref?.raw])).toEqual([['KR', 'publication', 'KR10-2015-0034235']]);
    expect(r.citations?.[0]?.source.endpoint).toBe('getBibliographyDetailInfoSearch');
    expect(asked).toEqual(['citationInfoV3', 'getBibliographyDetailInfoSearch']);
  });

  it('says the key is not subscribed when the bibliography lists none either', async () => {
    const { ctx } = context(biblio(''));
    const error = await kiprisProvider.lookup(APP, ['citations'], ctx).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).message).toMatch(/not subscribed to this service.*AccessKey&ServiceID Is Not Registerd Error/);
  });
});
