import { describe, expect, it } from 'vitest';
import type { DocRef, DocumentText } from '../model/patent';
import { tmx14Problems, tmxUnits } from '../../test/support/tmx14';
import { corpusTmx, corpusTsv } from './corpus-export';
import { segmentPairs } from './parallel';

const ref = (docdb: string): DocRef => ({ raw: docdb, country: docdb.slice(0, 2), type: 'publication', docdb, epodoc: null });
const source = { office: 'epo-ops' as const, endpoint: 'family-biblio', fetchedAt: '2026-12-01T00:00:00.000Z' };
const t = (docdb: string, lang: string, text: string, part: DocumentText['part'] = 'title', index = 0): DocumentText => ({ member: ref(docdb), part, index, lang, text, source });

const texts = [
  t('EP.2400812.A1', 'en', 'BLUETOOTH NETWORKING'),
  t('EP.2400812.A1', 'de', 'BLUETOOTH-VERNETZUNG'),
  t('EP.2400812.A1', 'fr', 'MISE EN RÉSEAU BLUETOOTH'),
  t('JP.2021090037.A', 'ja', '<配線> & "構造"\u0007'),
  t('JP.2021090037.A', 'ja', 'ワイヤ\tを含む', 'claim', 1),
  t('EP.2400812.A1', 'en', 'An apparatus\ncomprising', 'claim', 1),
];
const info = { toolVersion: '0.1.0', now: new Date('2026-12-02T01:02:03.456Z') };

describe('corpusTmx', () => {
  it('is TMX 1.4 in structure, one unit per pair, with document and part properties', () => {
    const xml = corpusTmx(segmentPairs(texts, 'en'), info);
    expect(tmx14Problems(xml)).toEqual([]);
    expect(xml).toContain('creationdate="20261202T010203Z"');
    const units = tmxUnits(xml);
    expect(units).toContainEqual({ en: 'BLUETOOTH NETWORKING', de: 'BLUETOOTH-VERNETZUNG' });
    expect(units).toContainEqual({ en: 'BLUETOOTH NETWORKING', ja: '<配線> & "構造"' });
    expect(xml).toContain('<prop type="x-document">EP2400812A1</prop>');
    expect(xml).toContain('<prop type="x-claim">1</prop>');
  });

  it('the validator itself refuses broken TMX', () => {
    expect(tmx14Problems('<tmx version="1.4"><body/></tmx>')).not.toEqual([]);
    expect(tmx14Problems('<tmx version="1.4"><header creationtool="a" creationtoolversion="1" segtype="word" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body><tu><tuv><seg>x</seg></tuv></tu></body></tmx>')).toEqual([
      'header@segtype not one of block|paragraph|sentence|phrase',
      'tu 0: tuv without xml:lang',
    ]);
  });
});

describe('corpusTsv', () => {
  it('one line per pair, tabs and line breaks inside texts flattened', () => {
    const lines = corpusTsv(segmentPairs(texts, 'en')).trimEnd().split('\n');
    expect(lines[0]).toBe('part\tclaim\talignment\tlang_a\ttext_a\tdocuments_a\tlang_b\ttext_b\tdocuments_b');
    expect(lines).toContain('claim\t1\tfamily\ten\tAn apparatus comprising\tEP2400812A1\tja\tワイヤ を含む\tJP2021090037A');
    expect(lines.every((l) => l.split('\t').length === 9)).toBe(true);
  });
});
