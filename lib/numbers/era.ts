// Japanese era years (FORMATS.md §2.1 "Era conversion"): Shōwa, Heisei and Reiwa, their letters and
// words, and the Western year each era year stands for. One table for the readers of labels, the
// JPO number formats, the written forms and the gazette priority dates.

export type EraLetter = 'S' | 'H' | 'R';

/** The year before each era's first year: Heisei 7 = 1988 + 7 = 1995. */
export const ERA_BASE: Record<EraLetter, number> = { S: 1925, H: 1988, R: 2018 };

/** Every way texts name an era → its letter. */
export const ERA_OF_WORD: Record<string, EraLetter> = {
  昭和: 'S', 平成: 'H', 令和: 'R', 昭: 'S', 平: 'H', 令: 'R', S: 'S', H: 'H', R: 'R', Sho: 'S', Hei: 'H', Showa: 'S', Heisei: 'H',
};

const KANJI: Record<EraLetter, string> = { S: '昭', H: '平', R: '令' };

/** The Western year of an era year; 元 is the first year. */
export function westernYear(era: EraLetter, year: string | number): number {
  return ERA_BASE[era] + (year === '元' ? 1 : Number(year));
}

/** An era letter's kanji as JP labels write it (特開平7-…). */
export const eraKanji = (era: EraLetter): string => KANJI[era];

/** A Western year as JP labels write it: 1995 → 平7; 1989 is 平1 (Shōwa 64 lasted a week). */
export function eraName(west: number): string {
  for (const era of ['R', 'H', 'S'] as const) if (west > ERA_BASE[era]) return `${KANJI[era]}${west - ERA_BASE[era]}`;
  return String(west);
}
