import type { Bibliographic, Family, FamilyMember } from '../../model/patent';
import { type FetchInfo, sourceOf } from '../../model/provenance-of';
import { BadResponse } from '../../transport/errors';
import { docIds, publicationRefOf, refOf } from './doc-ref';
import { exchangeDocument } from './parse-biblio';
import { type OpsLegalEvent, legalEventsOf } from './parse-legal';
import { all, attr, isoDate, one, parseOpsXml, path } from './xml';

/**
 * INPADOC family (`/family/publication/docdb/{n}` and its `/biblio` and `/legal` constituents) → Family, plus
 * each member's biblio or legal events when the constituent asked for them.
 */
export interface OpsFamily {
  family: Family;
  /** OPS `total-result-count`: members in the family (may exceed the members listed). */
  total: number;
  biblios: Bibliographic[];
  legal: OpsLegalEvent[];
}

export function parseFamily(body: unknown, info: FetchInfo, opts: { endpoint?: string; lang?: 'en' | 'ja' } = {}): OpsFamily {
  const endpoint = opts.endpoint ?? 'family';
  const pf = path(parseOpsXml(body, endpoint), 'world-patent-data', 'patent-family');
  if (!pf) throw new BadResponse('epo-ops', `OPS ${endpoint}: no patent-family in the reply`);
  const source = sourceOf('epo-ops', endpoint, info);
  const members: FamilyMember[] = [];
  const biblios: Bibliographic[] = [];
  const legal: OpsLegalEvent[] = [];
  let familyId: string | undefined;
  for (const m of all(pf, 'family-member')) {
    familyId ??= attr(m, 'family-id') || undefined;
    const ref = publicationRefOf(one(m, 'publication-reference'));
    if (!ref) continue;
    const application = refOf(one(m, 'application-reference'), 'application');
    const pubIds = docIds(one(m, 'publication-reference'));
    const appIds = docIds(one(m, 'application-reference'));
    const priorities = all(m, 'priority-claim')
      .map((p) => isoDate(docIds(p).docdb?.date ?? ''))
      .filter((x): x is string => Boolean(x))
      .sort();
    const publication = isoDate(pubIds.docdb?.date ?? pubIds.epodoc?.date ?? '');
    const filing = isoDate(appIds.docdb?.date ?? '');
    members.push({
      ref,
      ...(application && { application }),
      dates: {
        ...(filing && { filing }),
        ...(publication && { publication }),
        ...(ref.type === 'grant' && publication && { grant: publication }),
        ...(priorities[0] && { priority: priorities[0] }),
      },
      ...(attr(m, 'family-id') && { familyId: attr(m, 'family-id') }),
    });
    for (const d of all(m, 'exchange-document')) biblios.push(exchangeDocument(d, source).biblio);
    legal.push(...legalEventsOf(m, source, opts.lang ?? 'en'));
  }
  const total = Number.parseInt(attr(pf, 'total-result-count'), 10);
  return {
    family: { kind: 'inpadoc', ...(familyId && { familyId }), members, source },
    total: Number.isFinite(total) ? total : members.length,
    biblios,
    legal,
  };
}
