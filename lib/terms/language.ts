/**
 * Which language a selected term is in, from its script and a few telling letters and words: the
 * Terms tab needs a source language for PEARL and for the family's parallel text. Kanji alone can be
 * Japanese or Chinese, Latin letters alone can be any of five; the answer then names the other
 * candidates and the tab offers them as a switch.
 */

/** PEARL's ten languages (the PCT publication languages), in the order a patent searcher reaches for them. */
export const TERM_LANGUAGES = ['en', 'ja', 'zh', 'ko', 'de', 'fr', 'es', 'pt', 'ru', 'ar'] as const;
export type TermLanguage = (typeof TERM_LANGUAGES)[number];

export interface DetectedLanguage {
  lang: TermLanguage;
  /** Every language the text could be in, the chosen one first. */
  candidates: TermLanguage[];
  /** More than one candidate: the tab shows the switch prominently. */
  ambiguous: boolean;
}

export function isTermLanguage(value: unknown): value is TermLanguage {
  return typeof value === 'string' && (TERM_LANGUAGES as readonly string[]).includes(value);
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f]/;
const LATIN = /[A-Za-z\u00c0-\u024f]/;

// Simplified forms that Japanese never writes (its shinjitai differ: 導 線 電 発 動 設 計 網 絡 …), and
// Japanese shinjitai that Chinese writes otherwise (发/發, 检/檢, 图/圖 …). Common in patent titles.
const SIMPLIFIED_ONLY = /[们这为导电发动设计线网络过对应见开关门车东书长语说读话请认让给经结构层处热气从术维实现产业类调节显检测传输储压缩钢铁铝锂闭阀轮轴齿链带环节时间处组织统图频乐无线连]/;
const JAPANESE_ONLY = /[発検図駆歯続読伝転関様価験応黒円区単広変戦弁労効沢縦継経絵縁鉄鋼圧縮弾灯畳拡拠挙挿捜摂渋焼県]/;

const GERMAN = /[äöüß]|\b(der|die|das|und|ein|eine|mit|für|verfahren|vorrichtung)\b|(ung|keit|heit|schaft)\b/gi;
const FRENCH = /[éèêëàâçœîôùû]|\b(le|la|les|des|du|de|une|et|pour|procédé|dispositif)\b/gi;
const SPANISH = /[ñ¿¡]|\b(el|los|las|del|y|para|procedimiento)\b|ción\b/gi;
const PORTUGUESE = /[ãõ]|\b(do|da|dos|das|e|para|processo)\b|ção\b/gi;

/** The languages the text could be in, most likely first. */
export function detectLanguage(text: string, uiLang: 'en' | 'ja' = 'en'): DetectedLanguage {
  const s = text.normalize('NFKC');
  const of = (...candidates: TermLanguage[]): DetectedLanguage => ({ lang: candidates[0]!, candidates, ambiguous: candidates.length > 1 });
  if (HANGUL.test(s)) return of('ko');
  if (KANA.test(s)) return of('ja');
  if (HAN.test(s)) {
    if (SIMPLIFIED_ONLY.test(s) && !JAPANESE_ONLY.test(s)) return of('zh', 'ja');
    if (JAPANESE_ONLY.test(s)) return of('ja', 'zh');
    // Kanji both languages write: Japanese first (the JPO's texts are where kanji-only terms come from
    // most in this tool), Chinese beside it.
    return of('ja', 'zh');
  }
  if (CYRILLIC.test(s)) return of('ru');
  if (ARABIC.test(s)) return of('ar');
  if (LATIN.test(s)) {
    // Each language scores its telling letters and words; the most telling comes first.
    const scored = (
      [
        ['de', GERMAN],
        ['fr', FRENCH],
        ['es', SPANISH],
        ['pt', PORTUGUESE],
      ] as const
    )
      .map(([lang, re]) => [lang, s.match(re)?.length ?? 0] as const)
      .filter(([, score]) => score > 0)
      .sort((a, b) => b[1] - a[1]);
    // No telling letter or word: English, the family's most common other language.
    return scored.length ? of(...scored.map(([lang]) => lang)) : of('en');
  }
  return of(uiLang === 'ja' ? 'ja' : 'en');
}

/** The other PEARL languages, in searcher order, Japanese and English first. */
export function targetLanguages(source: TermLanguage): TermLanguage[] {
  return TERM_LANGUAGES.filter((l) => l !== source);
}
