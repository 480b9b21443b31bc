/**
 * Links into WIPO PEARL's web search, which needs no key and no quota. Only the record address
 * (…/fullrecord/{conceptId}) is seen in use; the search page's query parameters are not documented
 * (../shared/fixtures/DEEP-LINKS.md, [U]), so every link also puts the term on the clipboard when
 * clicked (components/terms) — if PEARL ignores a parameter, the term is one paste away.
 */
import type { TermLanguage } from './language';

export const PEARL_WEB = 'https://wipopearl.wipo.int';

export interface PearlLink {
  source: TermLanguage;
  target: TermLanguage;
  url: string;
}

/** PEARL's interface exists in these languages; others get the English interface. */
const PEARL_UI = new Set(['en', 'fr', 'es', 'ru', 'zh', 'ja', 'pt', 'ar', 'de', 'ko']);

export function pearlSearchLink(term: string, source: TermLanguage, target: TermLanguage, ui = 'en'): PearlLink {
  const query = new URLSearchParams({ sourceLang: source, targetLang: target, query: term.trim() });
  return { source, target, url: `${PEARL_WEB}/${PEARL_UI.has(ui) ? ui : 'en'}/linguistic?${query}` };
}

export function pearlRecordLink(conceptId: string, ui = 'en'): string {
  return `${PEARL_WEB}/${PEARL_UI.has(ui) ? ui : 'en'}/fullrecord/${encodeURIComponent(conceptId)}`;
}
