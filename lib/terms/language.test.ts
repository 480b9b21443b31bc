import { describe, expect, it } from 'vitest';
import { detectLanguage, targetLanguages } from './language';

describe('detectLanguage', () => {
  it.each([
    ['配線', 'ja', true],
    ['立体配線構造体', 'ja', true],
    ['メッシュネットワーク', 'ja', false],
    ['半導体装置', 'ja', true],
    ['発光ダイオード', 'ja', false],
    ['半导体', 'zh', true],
    ['无线网络', 'zh', true],
    ['반도체', 'ko', false],
    ['semiconductor', 'en', false],
    ['Bluetooth networking', 'en', false],
    ['Verdrahtung', 'de', false],
    ['réseau maillé', 'fr', false],
    ['procedimiento de fabricación', 'es', true],
    ['полупроводник', 'ru', false],
    ['أشباه الموصلات', 'ar', false],
  ])('%s → %s', (text, lang, ambiguous) => {
    const got = detectLanguage(text);
    expect(got.lang).toBe(lang);
    expect(got.candidates[0]).toBe(lang);
    expect(got.ambiguous).toBe(ambiguous);
  });

  it('reads full-width Latin as Latin', () => {
    expect(detectLanguage('ｗｉｒｉｎｇ').lang).toBe('en');
  });

  it('offers Chinese beside Japanese for kanji both write', () => {
    expect(detectLanguage('配線').candidates).toEqual(['ja', 'zh']);
  });

  it('falls back to the UI language for text without letters', () => {
    expect(detectLanguage('12345', 'ja').lang).toBe('ja');
    expect(detectLanguage('12345', 'en').lang).toBe('en');
  });
});

describe('targetLanguages', () => {
  it('lists the other nine PEARL languages, English and Japanese first', () => {
    expect(targetLanguages('ja')).toEqual(['en', 'zh', 'ko', 'de', 'fr', 'es', 'pt', 'ru', 'ar']);
    expect(targetLanguages('en').slice(0, 2)).toEqual(['ja', 'zh']);
  });
});
