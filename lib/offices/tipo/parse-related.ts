// A TW application's related cases from TIPO open data: its Paris priorities (PatentPriority), its
// divisionals (PatentDivide) and its Art. 32 twin (PatentTwins, 一案兩請: an invention and a utility
// model filed the same day for the same creation). Row names from TIPO's Swagger as a public client
// models it (fixtures/SOURCES.md): PatentPriority `appl-no` + `prioritys[]`, PatentDivide `appl-no` +
// `new-appl-no` (a string, or an element whose text is the number), PatentTwins pairs grouped under
// `twins-announced`. The priority entries' own names are not in that model; they are read by the names
// TIPO's trademark priorities use (`priority-date`, `priority-country-code`) and the usual `-no`.
import type { DocRef, RelatedCase } from '../../model/patent';
import type { Provenance } from '../../model/provenance';
import { parseNumber } from '../../numbers';
import { type Row, list, obj, str, tipoApplicationRef, tipoDate } from './parse';

const first = (row: Row, names: readonly string[]): string => names.map((n) => str(row[n])).find(Boolean) ?? '';

/**
 * A priority application as TIPO names it: the number engine's application reading where it has one
 * (a bare "JP 2016-131234" also reads as a publication; here it can only be the application), else as written.
 */
function priorityRef(country: string, number: string): DocRef {
  const raw = `${country} ${number}`.trim();
  const parsed = parseNumber(raw);
  const reading = parsed.ok ? parsed.readings.find((r) => r.country === country && r.type === 'application') : undefined;
  return { raw, country, type: 'application', docdb: reading?.docdb ?? null, epodoc: reading?.epodoc ?? null };
}

/** PatentPriority rows → the priorities claimed (`prioritys`, each entry flat or holding a `priority` list). */
export function tipoPriorities(rows: Row[], source: Provenance): RelatedCase[] {
  return rows.flatMap((row) =>
    list(row.prioritys).flatMap((p) => (Array.isArray(p.priority) ? list(p.priority) : [p])).flatMap((p): RelatedCase[] => {
      const number = first(p, ['priority-no', 'priority-appl-no', 'priority-number']);
      const country = first(p, ['priority-country-code', 'priority-country', 'country-code']).toUpperCase();
      if (!number) return [];
      const date = tipoDate(p['priority-date']);
      return [{ relation: 'priority', ref: priorityRef(country, number), ...(date && { date }), source }];
    }),
  );
}

/** The number inside TIPO's `new-appl-no`: the string itself, or the element's text. */
const applNoOf = (v: unknown): string => (typeof v === 'object' && v !== null ? str(obj(v)['#text']) || str(obj(v)['appl-no']) : str(v));

/** PatentDivide rows → the divisionals split from the asked application. */
export function tipoDivisionals(rows: Row[], asked: string, source: Provenance): RelatedCase[] {
  return rows
    .filter((row) => str(row['appl-no']) === asked)
    .map((row) => applNoOf(row['new-appl-no']))
    .filter((n) => /^[0-9]{8,9}$/.test(n) && n !== asked)
    .map((n): RelatedCase => ({ relation: 'divisional', ref: tipoApplicationRef(n), source }));
}

/** PatentTwins groups → the other application of each pair the asked one belongs to. */
export function tipoTwins(groups: Row[][], asked: string, source: Provenance): RelatedCase[] {
  return groups
    .filter((group) => group.some((row) => str(row['appl-no']) === asked))
    .flatMap((group) => group.map((row) => str(row['appl-no'])).filter((n) => n && n !== asked))
    .map((n): RelatedCase => ({ relation: 'twin', ref: tipoApplicationRef(n), source }));
}
