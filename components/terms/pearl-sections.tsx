import { i18n } from '../../lib/i18n';
import { pearlRecordLink } from '../../lib/terms/pearl-links';
import type { PearlApiSection, PearlLinksSection } from '../../lib/terms/terms-service';
import { copyText } from '../common/copy-text';
import { SourceError } from '../lookup/source-error';
import { formatTime } from '../lookup/format';
import { languageName } from './language-name';

/** PEARL's web search from the term's language into each other one; every click also copies the term. */
export function PearlLinks({ section, term }: { section: PearlLinksSection; term: string }) {
  return (
    <section class="card terms-pearl-links" data-section="pearl-links">
      <h3>{i18n('terms_pearl_links_title')}</h3>
      <p class="muted small">{i18n('terms_pearl_links_note')}</p>
      <ul class="chips">
        {section.links.map((link) => (
          <li key={link.target}>
            <a
              href={link.url}
              target="_blank"
              rel="noreferrer"
              data-source={link.source}
              data-target={link.target}
              onClick={(e) => void copyText(term, e.currentTarget.parentElement ?? document.body)}
            >
              {languageName(link.source)} → {languageName(link.target)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** PEARL's concepts through the unofficial API: each language's term with its score, usage and field. */
export function PearlConcepts({ section, term, lang, onOpenOptions }: { section: PearlApiSection; term: string; lang: string; onOpenOptions: () => void }) {
  const { source, entries } = section;
  return (
    <section class="card terms-pearl-api" data-section="pearl-api" data-state={source.ok ? 'answered' : source.error?.kind}>
      <h3 class="row">
        {i18n('terms_pearl_api_title')} <span class="chip warn" data-label="unofficial">{i18n('terms_unofficial')}</span>
      </h3>
      {source.error?.kind === 'no-credentials' ? (
        <p class="muted">
          {i18n('terms_pearl_api_would_add')}{' '}
          <button type="button" class="link" onClick={onOpenOptions}>
            {i18n('error_open_options')}
          </button>
        </p>
      ) : !source.ok ? (
        <SourceError outcome={source} onOpenOptions={onOpenOptions} />
      ) : entries.length === 0 ? (
        <p class="muted">{i18n('terms_pearl_api_none', [term, languageName(lang)])}</p>
      ) : (
        entries.map((entry) => (
          <div class="concept" key={entry.conceptId ?? entry.terms[0]?.term}>
            <div class="row small">
              {entry.subject && <span class="chip" title={entry.subjectName}>{entry.subject}</span>}
              {entry.subjectName && <span class="muted">{entry.subjectName}</span>}
              {entry.conceptId && (
                <a href={pearlRecordLink(entry.conceptId)} target="_blank" rel="noreferrer">
                  {i18n('terms_pearl_record', entry.conceptId)}
                </a>
              )}
            </div>
            <table class="concept-terms">
              <tbody>
                {entry.terms.map((t) => (
                  <tr key={`${t.lang}:${t.term}`} data-lang={t.lang}>
                    <th scope="row">{languageName(t.lang)}</th>
                    <td lang={t.lang}>
                      <strong>{t.term}</strong>
                    </td>
                    <td class="small muted">
                      {t.reliability !== undefined && <span title={i18n('terms_reliability_help')}>{i18n('terms_reliability', String(t.reliability))}</span>}
                      {t.usage && <span> · {t.usage}</span>}
                    </td>
                    <td>
                      <button type="button" class="small" aria-label={i18n('terms_copy_term', t.term)} onClick={(e) => void copyText(t.term, e.currentTarget.parentElement ?? document.body)}>
                        {i18n('terms_copy')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p class="muted small">{i18n('terms_source_line', ['WIPO PEARL', entry.source.endpoint, formatTime(entry.source.fetchedAt)])}</p>
          </div>
        ))
      )}
    </section>
  );
}
