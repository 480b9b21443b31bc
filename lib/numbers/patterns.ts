import type { Groups } from './types';

// Regex fragments shared by the office rules. Every quantifier is bounded and no group is quantified
// over another quantified group, so each rule costs O(text × small constant) (issue 4, point 5).

/** Left edge: not glued to a letter or digit. */
export const L = '(?<![A-Za-z0-9])';
/** Right edge of a bare number: no more digits, and not a decimal / date / range continuation. */
export const R = '(?![A-Za-z0-9]|[.,/-][0-9])';
/** Optional kind code: " B2", ",B2", "-A", "B1" glued, or Espacenet's " (A1)". Groups: 2 (one is set).
 *  The separator may be two spaces or a tab (PDF and table text).
 *  A lone A written after a space and before a lowercase word is the article ("US 5123456 A method …") unless the word is a
 *  connective ("JP 2019-123456 A and …"); other kinds are never articles; X is a check digit ("CN-123456789-X"), never a kind. */
export const KIND = '(?:(?:[,-]|[ \\t]{1,2})?([A-WYZ][0-9](?![A-Za-z0-9])|A(?![A-Za-z0-9]|(?<= A) (?!(?:and|or|in|to|of|on|at|by|for|as|is|was|are|were|with|which|that|discloses|describes|teaches|shows|also|see)\\b)[a-z])|[B-WYZ](?![A-Za-z0-9]))|\\s?\\(([A-WYZ][0-9]?)\\))?';
/** Gap between an office code and its number: a dash, one or two spaces/tabs (justified PDF text: "EP  1 234 567"),
 *  or a line break (a table cell wrapped after the office code). */
export const CG = '(?:-|[ \\t]{1,2}|\\n)?';
/** Gap between a label and its number ("No.: ", "】", " : ", "第"). */
export const GAP = '[\\s:#.\\[\\]()【】「」]{0,6}';

export const kindOf = (m: Groups, i: number): string | null => {
  const g = m as unknown as (string | undefined)[];
  return g[i] ?? g[i + 1] ?? null;
};

export const rx = (src: string, flags = 'g'): RegExp => new RegExp(src, flags);
