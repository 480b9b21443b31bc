import { describe, expect, it } from 'vitest';
import { pearlRecordLink, pearlSearchLink } from './pearl-links';

describe('PEARL links', () => {
  it('searches from the source into the target language, the term encoded', () => {
    const link = pearlSearchLink(' 配線 ', 'ja', 'en', 'ja');
    const url = new URL(link.url);
    expect(url.origin + url.pathname).toBe('https://wipopearl.wipo.int/ja/linguistic');
    expect(Object.fromEntries(url.searchParams)).toEqual({ sourceLang: 'ja', targetLang: 'en', query: '配線' });
  });

  it('keeps characters that mean something in a URL inside the query', () => {
    const url = new URL(pearlSearchLink('A&B #1 = 50%', 'en', 'ja').url);
    expect(url.searchParams.get('query')).toBe('A&B #1 = 50%');
    expect(url.hash).toBe('');
  });

  it('links a concept record in the interface language', () => {
    expect(pearlRecordLink('22147', 'en')).toBe('https://wipopearl.wipo.int/en/fullrecord/22147');
    expect(pearlRecordLink('22147', 'xx')).toBe('https://wipopearl.wipo.int/en/fullrecord/22147');
  });
});
