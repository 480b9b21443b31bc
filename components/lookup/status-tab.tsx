import type { Status } from '../../lib/model/contracts';
import type { Bibliographic, CaseStatus } from '../../lib/model/patent';
import { i18n } from '../../lib/i18n';
import type { SourceReport } from '../../lib/lookup/types';
import { AsOf } from './as-of';
import { EmptyTab } from './empty-tab';
import { formatDate } from './format';
import { ApplicantCodes } from './jpo-views';
import type { WorkbenchApi } from './workbench-api';

/** Plain-words state first, the office's own words under it, then where it came from. */
export function StatusTab({ summary, status, gaps }: { summary?: Status; status?: CaseStatus; gaps?: SourceReport[] }) {
  if (!summary || !status) return <EmptyTab gaps={gaps} />;
  return (
    <section class="status-tab" data-state={status.state}>
      <p class="status-label">
        <strong>{summary.label}</strong>
        {status.since && <span class="muted"> · {formatDate(status.since)}</span>}
      </p>
      {status.officeDetail && (
        <p class="status-detail">
          {status.officeDetail}
          {status.officeSince && <span class="muted" data-field="office-since"> · {formatDate(status.officeSince)}</span>}
        </p>
      )}
      <AsOf source={status.source} />
    </section>
  );
}

const DATE_KEYS = ['filing', 'publication', 'grant', 'priority'] as const;

export function BiblioTab({ biblio, gaps, jpo }: { biblio?: Bibliographic; gaps?: SourceReport[]; jpo?: WorkbenchApi }) {
  if (!biblio) return <EmptyTab gaps={gaps} />;
  const applicants = biblio.parties.filter((p) => p.role === 'applicant' || p.role === 'owner');
  const inventors = biblio.parties.filter((p) => p.role === 'inventor');
  return (
    <section class="biblio-tab">
      <div class="grid">
        <span class="muted">{i18n('lookup_title')}</span>
        <strong class="biblio-title">{biblio.title}</strong>
        {applicants.length > 0 && (
          <>
            <span class="muted">{i18n('lookup_applicants')}</span>
            <span class="biblio-applicants">
              {applicants.map((p, i) => (
                <>
                  {i > 0 && '; '}
                  {p.name}
                  {jpo && <> <ApplicantCodes party={p} api={jpo} /></>}
                </>
              ))}
            </span>
          </>
        )}
        {inventors.length > 0 && (
          <>
            <span class="muted">{i18n('lookup_inventors')}</span>
            <span>{inventors.map((p) => p.name).join('; ')}</span>
          </>
        )}
        {DATE_KEYS.filter((k) => biblio.dates[k]).map((k) => (
          <>
            <span class="muted">{i18n(`lookup_date_${k}`)}</span>
            <span data-date={k}>{formatDate(biblio.dates[k])}</span>
          </>
        ))}
        {biblio.classifications && biblio.classifications.length > 0 && (
          <>
            <span class="muted">{i18n('lookup_classifications')}</span>
            <span>{biblio.classifications.map((c) => `${c.scheme} ${c.symbol}`).join(', ')}</span>
          </>
        )}
      </div>
      <AsOf source={biblio.source} />
    </section>
  );
}
