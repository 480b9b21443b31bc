/**
 * The Terms tab's answer (issue 15; contract C2 `terms`): the term's language, then three sections,
 * each saying where it comes from —
 *  1. PEARL web links for the term from its language into every other (no key, no quota);
 *  2. PEARL's concepts through the unofficial API, when the person has Business Partner Portal
 *     credentials (otherwise the section says what they would add);
 *  3. the open document's family in its own words: titles, abstracts and claims in each language the
 *     offices return, with the term's occurrences counted — parallel text, not a dictionary.
 * Nothing here translates: every word shown is PEARL's or an office's.
 */
import type { OfficeId, SourceOutcome } from '../model/contracts';
import type { DocRef, DocumentText, TermEntry } from '../model/patent';
import type { Reading } from '../messaging/reading';
import type { FamilyTexts } from '../lookup/lookup-service';
import { failedOutcome } from '../lookup/to-contract';
import { NoCredentials } from '../transport/errors';
import { type DetectedLanguage, type TermLanguage, detectLanguage, targetLanguages } from './language';
import { type ParallelGroup, groupTexts, termSpans } from './parallel';
import { type PearlLink, pearlSearchLink } from './pearl-links';

export const MAX_TERM_LENGTH = 200;

export interface TermsLanguage extends DetectedLanguage {
  /** What the answer used: the detected language, or the one the person switched to. */
  used: TermLanguage;
}

export interface PearlLinksSection {
  kind: 'pearl-links';
  source: { office: 'pearl'; endpoint: 'web search' };
  links: PearlLink[];
}

export interface PearlApiSection {
  kind: 'pearl-api';
  /** Always true: the endpoint is unofficial and unverified (API-NOTES-2.md §4); the tab says so. */
  unofficial: true;
  source: SourceOutcome;
  entries: TermEntry[];
}

export interface FamilySection {
  kind: 'family';
  /** Labelled as parallel text in the tab: the family's own words, never a dictionary. */
  parallelText: true;
  document: DocRef | null;
  /** Where the document came from: open in the side panel, or the page's most mentioned one. */
  from: 'panel' | 'page' | null;
  groups: ParallelGroup[];
  /** The raw texts, for the TMX / TSV export. */
  texts: DocumentText[];
  /** How often the term occurs in the family's texts in its own language. */
  occurrences: number;
  sources: SourceOutcome[];
  /** The offices' replies the texts come from, newest first. */
  fetched: { office: OfficeId; endpoint: string; fetchedAt: string }[];
}

export type TermsSection = PearlLinksSection | PearlApiSection | FamilySection;

export interface TermsAnswer {
  term: string;
  language: TermsLanguage;
  sections: [PearlLinksSection, PearlApiSection, FamilySection];
}

export interface TermsRequest {
  text: string;
  lang?: TermLanguage;
  document?: { text: string; reading?: Reading; from: 'panel' | 'page' };
}

export interface TermsDeps {
  texts(text: string, reading?: Reading): Promise<FamilyTexts>;
  pearlConfigured(): Promise<boolean>;
  searchPearl(q: { term: string; source: string; targets: string[]; limit?: number }): Promise<TermEntry[]>;
  uiLang(): 'en' | 'ja';
}

async function pearlApi(term: string, lang: TermLanguage, deps: TermsDeps): Promise<PearlApiSection> {
  const section = (source: SourceOutcome, entries: TermEntry[] = []): PearlApiSection => ({ kind: 'pearl-api', unofficial: true, source, entries });
  if (!(await deps.pearlConfigured())) {
    return section(failedOutcome('pearl', new NoCredentials('pearl')));
  }
  try {
    return section({ office: 'pearl', ok: true }, await deps.searchPearl({ term, source: lang, targets: targetLanguages(lang), limit: 10 }));
  } catch (error) {
    return section(failedOutcome('pearl', error));
  }
}

async function family(term: string, lang: TermLanguage, request: TermsRequest, deps: TermsDeps): Promise<FamilySection> {
  const empty: FamilySection = { kind: 'family', parallelText: true, document: null, from: null, groups: [], texts: [], occurrences: 0, sources: [], fetched: [] };
  const doc = request.document;
  if (!doc) return empty;
  const got = await deps.texts(doc.text, doc.reading);
  const fetched = new Map<string, FamilySection['fetched'][number]>();
  for (const t of got.texts) fetched.set(`${t.source.office} ${t.source.endpoint}`, { office: t.source.office, endpoint: t.source.endpoint, fetchedAt: t.source.fetchedAt });
  return {
    ...empty,
    document: got.document,
    from: doc.from,
    groups: groupTexts(got.texts, lang),
    texts: got.texts,
    occurrences: got.texts.filter((t) => t.lang === lang).reduce((n, t) => n + termSpans(t.text, term).length, 0),
    sources: got.sources,
    fetched: [...fetched.values()].sort((a, b) => b.fetchedAt.localeCompare(a.fetchedAt)),
  };
}

/** What needs no office: the term as read, its language, and PEARL's web links. The tab shows it at once. */
export function termsHead(request: Pick<TermsRequest, 'text' | 'lang'>, ui: 'en' | 'ja'): { term: string; language: TermsLanguage; links: PearlLinksSection } {
  const term = request.text.normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, MAX_TERM_LENGTH);
  const detected = detectLanguage(term, ui);
  const used = request.lang ?? detected.lang;
  const links: PearlLinksSection = { kind: 'pearl-links', source: { office: 'pearl', endpoint: 'web search' }, links: targetLanguages(used).map((target) => pearlSearchLink(term, used, target, ui)) };
  return { term, language: { ...detected, used }, links };
}

/** One of the sections that ask an office, each on its own (the tab shows each as it arrives). */
export async function termsSection<K extends 'pearl-api' | 'family'>(kind: K, request: TermsRequest, deps: TermsDeps): Promise<K extends 'pearl-api' ? PearlApiSection : FamilySection> {
  const { term, language } = termsHead(request, deps.uiLang());
  type Out = K extends 'pearl-api' ? PearlApiSection : FamilySection;
  return (kind === 'pearl-api' ? pearlApi(term, language.used, deps) : family(term, language.used, request, deps)) as Promise<Out>;
}

export async function termsAnswer(request: TermsRequest, deps: TermsDeps): Promise<TermsAnswer> {
  const { term, language, links } = termsHead(request, deps.uiLang());
  const [api, fam] = await Promise.all([termsSection('pearl-api', request, deps), termsSection('family', request, deps)]);
  return { term, language, sections: [links, api, fam] };
}
