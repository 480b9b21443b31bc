import type { Citation } from '../../model/patent';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { isoDate, objects, readEnvelope, str } from './envelope';
import { jpEraPublicationRef } from './numbers';

/**
 * cite_doc_info → citations by the examiner. Patent documents come as "JPA 414233033" (kind prefix + space +
 * era digit, era year, 6-digit serial — API-NOTES §1 "Number format"); other prefixes and non-patent literature
 * keep their text. `citationType` is JPO's own code and is kept as the category.
 */
export function parseCiteDocInfo(body: unknown, info: FetchInfo): Citation[] {
  const env = readEnvelope(body, 'cite_doc_info');
  if (!env.data) return [];
  const source = sourceOf('jpo', 'cite_doc_info', info);
  const patents = objects(env.data, 'patentDoc', 'cite_doc_info').map((c): Citation => {
    const text = str(c, 'documentNumber');
    const m = /^JPA\s+(\d{9})$/.exec(text);
    const ref = m ? jpEraPublicationRef(m[1] ?? '', text) : undefined;
    const date = isoDate(str(c, 'draftDate'));
    return {
      ...(ref ? { ref } : { text }),
      ...(str(c, 'citationType') && { category: str(c, 'citationType') }),
      citedBy: 'examiner',
      ...(date && { date }),
      source,
    };
  });
  const npl = objects(env.data, 'nonPatentDoc', 'cite_doc_info').map((c): Citation => {
    const date = isoDate(str(c, 'draftDate'));
    const text = Object.entries(c)
      .filter(([k, v]) => typeof v === 'string' && v && !['draftDate', 'citationType', 'citationOrder'].includes(k))
      .map(([, v]) => v as string)
      .join(' ');
    return { text, ...(str(c, 'citationType') && { category: str(c, 'citationType') }), citedBy: 'examiner', ...(date && { date }), source };
  });
  return [...patents, ...npl];
}
