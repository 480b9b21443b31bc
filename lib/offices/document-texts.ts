import type { Bibliographic, DocRef, DocumentText } from '../model/patent';
import type { Provenance } from '../model/provenance';

/** One document's claims as an office returns them, in the language it has them in. */
export interface ClaimsText {
  ref?: DocRef;
  lang: string;
  parts: string[];
  source: Provenance;
}

/**
 * The family's own words, member by member (issue 15 §1b): every title and abstract an office holds
 * in each language (an EP publication carries its title in German, English and French; a CA one in
 * English and French), and the claims of the document asked about, in the language it was filed in.
 */
export function documentTexts(biblios: readonly Bibliographic[], claims?: ClaimsText): DocumentText[] {
  const out: DocumentText[] = [];
  for (const b of biblios) {
    for (const [lang, text] of Object.entries(b.titles ?? {})) {
      if (text.trim() && lang !== 'und') out.push({ member: b.ref, part: 'title', index: 0, lang, text: text.trim(), source: b.source });
    }
    for (const [lang, text] of Object.entries(b.abstracts ?? {})) {
      if (text.trim() && lang !== 'und') out.push({ member: b.ref, part: 'abstract', index: 0, lang, text: text.trim(), source: b.source });
    }
  }
  if (claims?.ref && claims.lang) {
    claims.parts.forEach((text, i) => {
      if (text.trim()) out.push({ member: claims.ref!, part: 'claim', index: i + 1, lang: claims.lang.toLowerCase(), text: text.trim(), source: claims.source });
    });
  }
  return out;
}
