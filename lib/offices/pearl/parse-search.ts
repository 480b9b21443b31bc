/**
 * PEARL concept search → TermEntry[]. The reply shape is RECONSTRUCTED from the record fields WIPO
 * documents (API-NOTES-2.md §4: concept id, subject field code, per language the term, reliability
 * score 1–4, usage label, part of speech, abbreviation flag); no reply was ever recorded. The parser
 * therefore takes only what it can check and calls anything else a bad response, never a guess.
 */
import type { TermEntry } from '../../model/patent';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { BadResponse } from '../../transport/errors';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);

function termOf(raw: unknown): TermEntry['terms'][number] | undefined {
  if (!isObject(raw)) return undefined;
  const lang = str(raw.lang ?? raw.language)?.toLowerCase();
  const term = str(raw.term ?? raw.value);
  if (!lang || !term || !/^[a-z]{2}$/.test(lang)) return undefined;
  const score = Number(raw.reliabilityScore ?? raw.reliability);
  const usage = str(raw.usageLabel ?? raw.usage);
  const pos = str(raw.partOfSpeech);
  return {
    lang,
    term,
    ...(Number.isInteger(score) && score >= 1 && score <= 4 && { reliability: score }),
    ...(usage && { usage: usage.toLowerCase() }),
    ...(pos && { partOfSpeech: pos.toLowerCase() }),
    ...(typeof raw.abbreviation === 'boolean' && { abbreviation: raw.abbreviation }),
  };
}

function conceptOf(raw: unknown, source: TermEntry['source']): TermEntry | undefined {
  if (!isObject(raw) || !Array.isArray(raw.terms)) return undefined;
  const terms = raw.terms.map(termOf).filter((t): t is NonNullable<typeof t> => t !== undefined);
  if (terms.length === 0) return undefined;
  const fields = Array.isArray(raw.subjectFields) ? raw.subjectFields.filter(isObject) : [];
  const subject = str(fields[0]?.code ?? raw.subjectField);
  const subjectName = str(fields[0]?.name);
  const conceptId = str(raw.conceptId ?? raw.id);
  return { ...(conceptId && { conceptId }), ...(subject && { subject: subject.toUpperCase() }), ...(subjectName && { subjectName }), terms, source };
}

export function parsePearlSearch(body: unknown, info: FetchInfo, endpoint = 'concepts/search'): TermEntry[] {
  if (!isObject(body)) throw new BadResponse('pearl', `PEARL ${endpoint}: the reply is not a JSON object`);
  const list = Array.isArray(body.concepts) ? body.concepts : isObject(body.concept) ? [body.concept] : undefined;
  if (!list) throw new BadResponse('pearl', `PEARL ${endpoint}: the reply has no concepts list`);
  const source = sourceOf('pearl', endpoint, info);
  return list.map((c) => conceptOf(c, source)).filter((c): c is TermEntry => c !== undefined);
}
