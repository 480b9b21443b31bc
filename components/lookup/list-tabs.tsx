import type { Citation, DocRef, Family, LegalEvent, RelatedCase } from '../../lib/model/patent';
import type { SourceReport } from '../../lib/lookup/types';
import { i18n } from '../../lib/i18n';
import { AsOf, AsOfEach } from './as-of';
import { EmptyTab } from './empty-tab';
import { formatDate, refQuery, refText } from './format';

type OnLookup = (text: string) => void;

const CITED_BY: Record<NonNullable<Citation['citedBy']>, () => string> = {
  examiner: () => i18n('cited_by_examiner'),
  applicant: () => i18n('cited_by_applicant'),
  'search-report': () => i18n('cited_by_search_report'),
  opposition: () => i18n('cited_by_opposition'),
  other: () => i18n('cited_by_other'),
};
const RELATION: Record<RelatedCase['relation'], () => string> = {
  parent: () => i18n('relation_parent'),
  divisional: () => i18n('relation_divisional'),
  priority: () => i18n('relation_priority'),
  continuation: () => i18n('relation_continuation'),
  pct: () => i18n('relation_pct'),
  'national-phase': () => i18n('relation_national_phase'),
  twin: () => i18n('relation_twin'),
  other: () => i18n('relation_other'),
};

function RefButton({ ref: docRef, onLookup }: { ref: DocRef; onLookup: OnLookup }) {
  return (
    <button type="button" class="link ref" data-ref={refText(docRef)} onClick={() => onLookup(refQuery(docRef))}>
      {refQuery(docRef)}
    </button>
  );
}

export function FamilyTab({ family, onLookup, gaps }: { family?: Family; onLookup: OnLookup; gaps?: SourceReport[] }) {
  if (!family || family.members.length === 0) return <EmptyTab gaps={gaps} />;
  return (
    <section class="family-tab">
      <ul>
        {family.members.map((m) => (
          <li>
            <RefButton ref={m.ref} onLookup={onLookup} />
            {m.dates.publication && <span class="muted"> · {formatDate(m.dates.publication)}</span>}
          </li>
        ))}
      </ul>
      <AsOf source={family.source} />
    </section>
  );
}

export function LegalTab({ events, gaps }: { events?: LegalEvent[]; gaps?: SourceReport[] }) {
  if (!events || events.length === 0) return <EmptyTab gaps={gaps} />;
  return (
    <section class="legal-tab">
      <ol>
        {events.map((e) => (
          <li>
            <span>{formatDate(e.date)}</span> <strong>{e.description}</strong>
            {e.officeText && e.officeText !== e.description && <span class="muted"> ({e.officeText})</span>}
            {e.code && <span class="muted small"> [{e.code}]</span>}
          </li>
        ))}
      </ol>
      <AsOfEach items={events} />
    </section>
  );
}

export function CitationsTab({ citations, onLookup, gaps }: { citations?: Citation[]; onLookup: OnLookup; gaps?: SourceReport[] }) {
  if (!citations || citations.length === 0) return <EmptyTab gaps={gaps} />;
  return (
    <section class="citations-tab">
      <ul>
        {citations.map((c) => (
          <li>
            {c.ref ? <RefButton ref={c.ref} onLookup={onLookup} /> : <span>{c.text}</span>}
            {c.category && <span class="muted"> [{c.category}]</span>}
            {c.citedBy && <span class="muted" data-cited-by={c.citedBy}> · {CITED_BY[c.citedBy]()}</span>}
            {c.phase && <span class="muted small"> ({c.phase})</span>}
            {c.date && <span class="muted"> · {formatDate(c.date)}</span>}
          </li>
        ))}
      </ul>
      <AsOfEach items={citations} />
    </section>
  );
}

export function RelatedTab({ related, onLookup, gaps }: { related?: RelatedCase[]; onLookup: OnLookup; gaps?: SourceReport[] }) {
  if (!related || related.length === 0) return <EmptyTab gaps={gaps} />;
  return (
    <section class="related-tab">
      <ul>
        {related.map((r) => (
          <li data-relation={r.relation}>
            <span class="muted">{RELATION[r.relation]()}</span> <RefButton ref={r.ref} onLookup={onLookup} />
            {r.date && <span class="muted"> · {formatDate(r.date)}</span>}
          </li>
        ))}
      </ul>
      <AsOfEach items={related} />
    </section>
  );
}
