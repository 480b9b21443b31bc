import { describe, expect, it } from 'vitest';
import type { DocumentText } from '../model/patent';
import { AuthError } from '../transport/errors';
import { type TermsDeps, termsAnswer } from './terms-service';

const source = { office: 'epo-ops' as const, endpoint: 'family-biblio', fetchedAt: '2026-12-01T00:00:00.000Z' };
const EP = { raw: 'EP2400812A1', country: 'EP', type: 'publication' as const, docdb: 'EP.2400812.A1', epodoc: 'EP2400812' };
const texts: DocumentText[] = [
  { member: EP, part: 'title', index: 0, lang: 'en', text: 'BLUETOOTH NETWORKING', source },
  { member: EP, part: 'title', index: 0, lang: 'de', text: 'BLUETOOTH-VERNETZUNG', source },
  { member: EP, part: 'abstract', index: 0, lang: 'en', text: 'A Bluetooth mesh network of Bluetooth piconets', source },
];

function deps(over: Partial<TermsDeps> = {}): TermsDeps & { asked: unknown[] } {
  const asked: unknown[] = [];
  return {
    asked,
    texts: async (text) => ({ document: { ...EP, raw: text }, texts, sources: [{ office: 'epo-ops', ok: true }] }),
    pearlConfigured: async () => false,
    searchPearl: async (q) => {
      asked.push(q);
      return [{ conceptId: '1', terms: [{ lang: 'en', term: 'wiring' }, { lang: 'ja', term: '配線' }], source: { office: 'pearl', endpoint: 'concepts/search', fetchedAt: source.fetchedAt } }];
    },
    uiLang: () => 'ja',
    ...over,
  };
}

describe('termsAnswer', () => {
  it('without any key: PEARL links from the detected language into every other, the API section saying no credentials', async () => {
    const a = await termsAnswer({ text: ' 配線 ' }, deps());
    expect(a.term).toBe('配線');
    expect(a.language).toMatchObject({ lang: 'ja', used: 'ja', candidates: ['ja', 'zh'], ambiguous: true });
    const [links, api, family] = a.sections;
    expect(links.links.map((l) => `${l.source}>${l.target}`).slice(0, 2)).toEqual(['ja>en', 'ja>zh']);
    expect(new URL(links.links[0]!.url).pathname).toBe('/ja/linguistic');
    expect(api).toMatchObject({ kind: 'pearl-api', unofficial: true, source: { office: 'pearl', ok: false, error: { kind: 'no-credentials' } }, entries: [] });
    expect(family).toMatchObject({ kind: 'family', parallelText: true, document: null, groups: [] });
  });

  it('with credentials asks PEARL from the language the person switched to; a refusal becomes the section\'s outcome', async () => {
    const d = deps({ pearlConfigured: async () => true });
    const a = await termsAnswer({ text: '配線', lang: 'zh' }, d);
    expect(a.language.used).toBe('zh');
    expect(d.asked).toEqual([{ term: '配線', source: 'zh', targets: ['en', 'ja', 'ko', 'de', 'fr', 'es', 'pt', 'ru', 'ar'], limit: 10 }]);
    expect(a.sections[1].entries).toHaveLength(1);
    const refused = await termsAnswer({ text: 'wiring' }, deps({ pearlConfigured: async () => true, searchPearl: async () => Promise.reject(new AuthError('pearl', 'WIPO refused the PEARL client id or secret')) }));
    expect(refused.sections[1].source).toMatchObject({ ok: false, error: { kind: 'auth' } });
  });

  it('with a document: its family grouped by part, the term counted in its own language, the replies named', async () => {
    const a = await termsAnswer({ text: 'Bluetooth', document: { text: 'EP 2 400 812 A1', from: 'panel' } }, deps());
    const family = a.sections[2];
    expect(family).toMatchObject({ document: { docdb: 'EP.2400812.A1' }, from: 'panel', occurrences: 3, fetched: [{ office: 'epo-ops', endpoint: 'family-biblio' }] });
    expect(family.groups.map((g) => g.versions.map((v) => v.lang))).toEqual([['en', 'de'], ['en']]);
  });
});
