import { describe, expect, it } from 'vitest';
import type { DocRef, DocumentText } from '../model/patent';
import { groupTexts, segmentPairs, termSpans } from './parallel';

const ref = (docdb: string): DocRef => ({ raw: docdb, country: docdb.slice(0, 2), type: 'publication', docdb, epodoc: docdb.replace(/\./g, '').replace(/[A-Z]\d?$/, '') });
const source = { office: 'epo-ops' as const, endpoint: 'family-biblio', fetchedAt: '2026-12-01T00:00:00.000Z' };
const t = (docdb: string, part: DocumentText['part'], lang: string, text: string, index = 0): DocumentText => ({ member: ref(docdb), part, index, lang, text, source });

// The titles of the recorded EP2400812 family (../shared/fixtures/epo-ops/family.biblio.EP2400812.A1.xml).
const family: DocumentText[] = [
  t('EP.2400812.A1', 'title', 'de', 'BLUETOOTH-VERNETZUNG'),
  t('EP.2400812.A1', 'title', 'fr', 'MISE EN RÉSEAU BLUETOOTH'),
  t('EP.2400812.A1', 'title', 'en', 'BLUETOOTH NETWORKING'),
  t('EP.2400812.B1', 'title', 'de', 'BLUETOOTH-VERNETZUNG'),
  t('EP.2400812.B1', 'title', 'en', 'BLUETOOTH NETWORKING'),
  t('CA.2744162.A1', 'title', 'fr', 'RESEAUTAGE PAR LIEN BLUETOOTH'),
  t('CA.2744162.A1', 'title', 'en', 'BLUETOOTH NETWORKING'),
  t('US.9648662.B2', 'title', 'en', 'Bluetooth networking'),
  t('EP.2400812.A1', 'abstract', 'en', 'An apparatus enabling establishment of a Bluetooth mesh network …'),
  t('EP.2400812.A1', 'claim', 'en', 'An apparatus comprising …', 1),
  t('EP.2400812.A1', 'claim', 'en', 'The apparatus of claim 1 …', 2),
];

describe('groupTexts', () => {
  it('one version per distinct text and language, with every member that has it; source language first', () => {
    const [title] = groupTexts(family, 'en');
    expect(title!.part).toBe('title');
    expect(title!.versions.map((v) => v.lang)).toEqual(['en', 'de', 'fr', 'fr']);
    expect(title!.versions[0]!.members.map((m) => m.docdb)).toEqual(['EP.2400812.A1', 'EP.2400812.B1', 'CA.2744162.A1', 'US.9648662.B2']);
  });

  it('orders titles, abstracts, then claims by number', () => {
    expect(groupTexts(family).map((g) => `${g.part}${g.index}`)).toEqual(['title0', 'abstract0', 'claim1', 'claim2']);
  });
});

describe('segmentPairs', () => {
  it('pairs the languages of one document, naming every document that has both', () => {
    const pairs = segmentPairs(family, 'en');
    const enDe = pairs.filter((p) => p.a.lang === 'en' && p.b.lang === 'de');
    expect(enDe).toHaveLength(1);
    expect(enDe[0]).toMatchObject({ sameDocument: true, a: { text: 'BLUETOOTH NETWORKING' }, b: { text: 'BLUETOOTH-VERNETZUNG' } });
    expect(enDe[0]!.a.members.map((m) => m.docdb)).toEqual(['EP.2400812.A1', 'EP.2400812.B1']);
    const enFr = pairs.filter((p) => p.a.lang === 'en' && p.b.lang === 'fr').map((p) => p.b.text);
    expect(enFr).toEqual(['MISE EN RÉSEAU BLUETOOTH', 'RESEAUTAGE PAR LIEN BLUETOOTH']);
  });

  it('pairs across members when no document has both languages; claims beyond the first never cross', () => {
    const texts = [
      t('JP.2021090037.A', 'title', 'ja', '立体配線構造体の製造方法'),
      t('US.2023000001.A1', 'title', 'en', 'Method of manufacturing a three-dimensional wiring structure'),
      t('JP.2021090037.A', 'claim', 'ja', '請求項1', 1),
      t('US.2023000001.A1', 'claim', 'en', 'Claim 1', 1),
      t('JP.2021090037.A', 'claim', 'ja', '請求項2', 2),
      t('US.2023000001.A1', 'claim', 'en', 'Claim 2', 2),
    ];
    const pairs = segmentPairs(texts, 'ja');
    expect(pairs.map((p) => `${p.part}${p.index} ${p.a.lang}-${p.b.lang} ${p.sameDocument}`)).toEqual(['title0 ja-en false', 'claim1 ja-en false']);
  });

  it('a text in one language only pairs with nothing', () => {
    expect(segmentPairs([t('US.9648662.B2', 'title', 'en', 'Bluetooth networking')])).toEqual([]);
  });
});

describe('termSpans', () => {
  it('finds every occurrence in any letter case, and full-width input', () => {
    expect(termSpans('Bluetooth mesh; BLUETOOTH piconets', 'bluetooth')).toEqual([{ start: 0, end: 9 }, { start: 16, end: 25 }]);
    expect(termSpans('立体配線構造体の製造方法', '配線')).toEqual([{ start: 2, end: 4 }]);
    expect(termSpans('mesh network', 'ｍｅｓｈ')).toEqual([{ start: 0, end: 4 }]);
    expect(termSpans('anything', '  ')).toEqual([]);
  });
});
