import type { LegalEvent } from '../../model/patent';
import type { Provenance } from '../../model/provenance';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { BadResponse } from '../../transport/errors';
import { legalWords } from './legal-words';
import { type Node, all, attr, deep, isoDate, one, parseOpsXml, path, text } from './xml';

/**
 * INPADOC legal events (`ops:legal` under each `ops:family-member`): code and desc attributes, infl (+/-),
 * and the L-fields (L001EP country, L007EP gazette date, L501EP ref country, L510EP free text, L525EP effective
 * date). Events are returned newest first.
 */
export interface OpsLegalEvent extends LegalEvent {
  /** '+' positive, '-' negative (lapse, withdrawal …), '' neutral. */
  influence: '+' | '-' | '';
  effectiveDate?: string;
}

export function parseLegal(body: unknown, info: FetchInfo, lang: 'en' | 'ja' = 'en', endpoint = 'legal'): OpsLegalEvent[] {
  return parseLegalCase(body, info, lang, endpoint).events;
}

/** The events plus the filing date of the case (needed to tell a granted patent from an expired one). */
export function parseLegalCase(body: unknown, info: FetchInfo, lang: 'en' | 'ja' = 'en', endpoint = 'legal'): { events: OpsLegalEvent[]; filingDate?: string } {
  const family = path(parseOpsXml(body, endpoint), 'world-patent-data', 'patent-family');
  if (!family) throw new BadResponse('epo-ops', `OPS ${endpoint}: no patent-family in the reply`);
  const source = sourceOf('epo-ops', endpoint, info);
  const members = all(family, 'family-member');
  const filingDate = isoDate(text(deep(one(members[0], 'application-reference'), 'date')));
  return { events: members.flatMap((m) => legalEventsOf(m, source, lang)), ...(filingDate && { filingDate }) };
}

/** The legal events of one family member (also used by family?constituent=legal). */
export function legalEventsOf(member: Node, source: Provenance, lang: 'en' | 'ja'): OpsLegalEvent[] {
  const events = all(member, 'legal').map((l): OpsLegalEvent => {
    const code = attr(l, 'code').trim();
    const desc = attr(l, 'desc').trim();
    // L0xx fields sit on the event, L5xx inside an L500EP group (fixtures/legal.EP1000000A1.xml).
    const field = (name: string) => text(deep(l, name)).trim();
    const freeText = field('L510EP');
    const refCountry = field('L501EP');
    const date = isoDate(field('L007EP')) ?? '';
    const effective = isoDate(field('L525EP'));
    const infl = attr(l, 'infl').trim();
    const officeText = [desc, freeText, refCountry && `(${refCountry})`].filter(Boolean).join(' — ');
    return {
      date,
      code,
      description: legalWords(code, desc, { ...(refCountry && { refCountry }), ...(freeText && { freeText }) }, lang),
      officeText: officeText || text(one(l, 'pre')),
      country: field('L001EP') || undefined,
      influence: infl === '+' || infl === '-' ? infl : '',
      ...(effective && { effectiveDate: effective }),
      source,
    };
  });
  return events.map((e) => (e.country === undefined ? dropUndefinedCountry(e) : e)).sort((a, b) => b.date.localeCompare(a.date));
}

function dropUndefinedCountry(e: OpsLegalEvent): OpsLegalEvent {
  const { country: _c, ...rest } = e;
  return rest;
}
