/**
 * The family's texts lined up across languages (issue 15 §1b, §1d). A title or abstract of one
 * member in two languages is a sure pair (the EP A1's German and English title); members whose
 * texts come in one language each (the US member in English, the JP member in Japanese) pair across
 * the family — the same invention in each office's own words, which is what an examiner reads an
 * equivalent off. Claims pair across members only for claim 1: later claims are numbered per
 * document and need not match.
 */
import type { DocRef, DocumentText } from '../model/patent';
import { TERM_LANGUAGES } from './language';

export type TextPart = DocumentText['part'];

/** One distinct text in one language, with every member that has it word for word. */
export interface TextVersion {
  lang: string;
  text: string;
  members: DocRef[];
}

/** Everything the family says for one part (title, abstract, claim N), every language. */
export interface ParallelGroup {
  part: TextPart;
  index: number;
  versions: TextVersion[];
}

/** One aligned pair for a corpus: two languages, each with the documents it comes from. */
export interface SegmentPair {
  part: TextPart;
  index: number;
  a: TextVersion;
  b: TextVersion;
  /** Both sides from one document (the surest alignment). */
  sameDocument: boolean;
}

const PART_ORDER: Record<TextPart, number> = { title: 0, abstract: 1, claim: 2 };
const langRank = (lang: string) => {
  const i = (TERM_LANGUAGES as readonly string[]).indexOf(lang);
  return i < 0 ? TERM_LANGUAGES.length : i;
};
export const memberKey = (ref: DocRef) => ref.docdb ?? ref.epodoc ?? ref.raw;

/** Texts grouped by part, languages in searcher order, the source language first when given. */
export function groupTexts(texts: readonly DocumentText[], sourceLang?: string): ParallelGroup[] {
  const groups = new Map<string, ParallelGroup>();
  for (const t of texts) {
    const key = `${t.part}#${t.index}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { part: t.part, index: t.index, versions: [] }));
    const text = t.text.replace(/\s+/g, ' ').trim();
    const same = group.versions.find((v) => v.lang === t.lang && v.text.toLowerCase() === text.toLowerCase());
    if (!same) group.versions.push({ lang: t.lang, text, members: [t.member] });
    else if (!same.members.some((m) => memberKey(m) === memberKey(t.member))) same.members.push(t.member);
  }
  const rank = (lang: string) => (lang === sourceLang ? -1 : langRank(lang));
  const out = [...groups.values()];
  for (const g of out) g.versions.sort((x, y) => rank(x.lang) - rank(y.lang));
  return out.sort((x, y) => PART_ORDER[x.part] - PART_ORDER[y.part] || x.index - y.index);
}

/** The pairs a bilingual corpus gets: per group and language pair, same-document pairs, else one across the family. */
export function segmentPairs(texts: readonly DocumentText[], sourceLang?: string): SegmentPair[] {
  const pairs: SegmentPair[] = [];
  for (const group of groupTexts(texts, sourceLang)) {
    const langs = [...new Set(group.versions.map((v) => v.lang))];
    for (let i = 0; i < langs.length; i++) {
      for (let j = i + 1; j < langs.length; j++) {
        const as = group.versions.filter((v) => v.lang === langs[i]);
        const bs = group.versions.filter((v) => v.lang === langs[j]);
        const same: SegmentPair[] = [];
        for (const a of as) {
          for (const b of bs) {
            const shared = a.members.filter((m) => b.members.some((n) => memberKey(n) === memberKey(m)));
            if (shared.length) same.push({ part: group.part, index: group.index, a: { ...a, members: shared }, b: { ...b, members: shared }, sameDocument: true });
          }
        }
        if (same.length) pairs.push(...same);
        else if (group.part !== 'claim' || group.index === 1) pairs.push({ part: group.part, index: group.index, a: as[0]!, b: bs[0]!, sameDocument: false });
      }
    }
  }
  return pairs;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Where the term occurs in a text, any letter case (full-width input reads as half-width). Offsets
 * are into the text as shown; the tab marks them with <mark> elements, never markup in strings.
 */
export function termSpans(text: string, term: string): Span[] {
  const needle = term.normalize('NFKC').trim().toLowerCase();
  if (!needle) return [];
  const lower = text.toLowerCase();
  // toLowerCase keeps lengths for the scripts offices write in; where it would not, match as written.
  const hay = lower.length === text.length ? lower : text;
  const spans: Span[] = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) spans.push({ start: at, end: at + needle.length });
  return spans;
}
