import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DocumentText } from '../../lib/model/patent';
import { i18n } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import { writtenForm } from '../../lib/numbers/display';
import { corpusTmx, corpusTsv } from '../../lib/terms/corpus-export';
import { type ParallelGroup, segmentPairs } from '../../lib/terms/parallel';
import type { FamilySection } from '../../lib/terms/terms-service';
import { problemText } from '../common/problem-text';
import { saveBlob } from '../common/save-blob';
import { formatTime } from '../lookup/format';
import { SourceError } from '../lookup/source-error';
import { officeName } from '../common/office-name';
import { Highlighted } from './highlighted';
import { languageName } from './language-name';

/** At most this many documents of a page go into one corpus export (each costs the offices' calls). */
export const PAGE_CORPUS_LIMIT = 20;

const PART_KEY: Record<ParallelGroup['part'], string> = { title: 'terms_part_title', abstract: 'terms_part_abstract', claim: 'terms_part_claim' };

function exportCorpus(texts: DocumentText[], lang: string, base: string, format: 'tmx' | 'tsv'): void {
  const pairs = segmentPairs(texts, lang);
  const body = format === 'tmx' ? corpusTmx(pairs, { toolVersion: browser.runtime.getManifest().version, now: new Date() }) : corpusTsv(pairs);
  saveBlob(new Blob([body], { type: format === 'tmx' ? 'application/x-tmx+xml' : 'text/tab-separated-values' }), `${base}.${format}`);
}

/** Every document of the current page, their families' texts one after another (capped). */
async function pageTexts(onProgress: (done: number, of: number) => void): Promise<DocumentText[]> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return [];
  const items = (await send('findings/get', { tabId: tab.id })).items.filter((i) => i.docdb).slice(0, PAGE_CORPUS_LIMIT);
  const texts: DocumentText[] = [];
  for (const [i, item] of items.entries()) {
    onProgress(i, items.length);
    texts.push(...(await send('terms/texts', { text: writtenForm(item).text })).texts);
  }
  onProgress(items.length, items.length);
  return texts;
}

function Group({ group, term, lang }: { group: ParallelGroup; term: string; lang: string }) {
  return (
    <div class="parallel-group" data-part={group.part}>
      <h4>{group.part === 'claim' ? i18n('terms_part_claim_n', String(group.index)) : i18n(PART_KEY[group.part])}</h4>
      <ul class="parallel">
        {group.versions.map((v) => (
          <li key={`${v.lang}:${v.text}`} data-lang={v.lang} class={v.lang === lang ? 'source' : undefined}>
            <span class="lang chip">{languageName(v.lang)}</span>{' '}
            <span lang={v.lang}>
              <Highlighted text={v.text} term={v.lang === lang ? term : undefined} />
            </span>
            <div class="muted small">{v.members.map((m) => writtenForm(m).text).join(' · ')}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The open document's family in its own words, the term marked in its language (issue 15 §1b). */
export function FamilyText({ section, term, lang, onOpenOptions }: { section: FamilySection; term: string; lang: string; onOpenOptions: () => void }) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const doc = section.document;
  const base = doc ? `parallel-${writtenForm(doc).text.replace(/[^\w.-]+/g, '_')}` : 'parallel';
  const firstClaim = section.groups.filter((g) => g.part !== 'claim' || g.index === 1);
  const laterClaims = section.groups.filter((g) => g.part === 'claim' && g.index > 1);
  const exportPage = async (format: 'tmx' | 'tsv') => {
    setBusy(true);
    try {
      const texts = await pageTexts((done, of) => setProgress(i18n('terms_page_progress', [String(done), String(of)])));
      if (texts.length === 0) setProgress(i18n('terms_page_nothing'));
      else {
        exportCorpus(texts, lang, 'parallel-page', format);
        setProgress(null);
      }
    } catch (error) {
      setProgress(problemText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card terms-family" data-section="family">
      <h3>{i18n('terms_family_title')}</h3>
      <p class="muted small">{i18n('terms_family_label')}</p>
      {!doc ? (
        <p class="muted" data-empty="no-document">{i18n('terms_family_no_document')}</p>
      ) : (
        <>
          <p>
            <strong>{writtenForm(doc).text}</strong> <span class="muted small">{i18n(section.from === 'page' ? 'terms_family_from_page' : 'terms_family_from_panel')}</span>
          </p>
          {section.sources.filter((s) => !s.ok).map((s) => (
            <SourceError key={s.office} outcome={s} quiet={section.texts.length > 0} onOpenOptions={onOpenOptions} />
          ))}
          {section.texts.length > 0 && (
            <p class="small" data-occurrences={section.occurrences}>
              {section.occurrences > 0 ? i18n('terms_occurrences', [term, String(section.occurrences), languageName(lang)]) : i18n('terms_no_occurrence', [term, languageName(lang)])}
            </p>
          )}
          {firstClaim.map((g) => (
            <Group key={`${g.part}${g.index}`} group={g} term={term} lang={lang} />
          ))}
          {laterClaims.length > 0 && (
            <details>
              <summary>{i18n('terms_more_claims', String(laterClaims.length))}</summary>
              {laterClaims.map((g) => (
                <Group key={`${g.part}${g.index}`} group={g} term={term} lang={lang} />
              ))}
            </details>
          )}
          {section.fetched.map((f) => (
            <p key={`${f.office}${f.endpoint}`} class="muted small">
              {i18n('terms_source_line', [officeName(f.office), f.endpoint, formatTime(f.fetchedAt)])}
            </p>
          ))}
          {section.texts.length > 0 && (
            <div class="row">
              <span class="small">{i18n('terms_export_document')}</span>
              <button type="button" data-export="tmx" onClick={() => exportCorpus(section.texts, lang, base, 'tmx')}>TMX</button>
              <button type="button" data-export="tsv" onClick={() => exportCorpus(section.texts, lang, base, 'tsv')}>TSV</button>
            </div>
          )}
        </>
      )}
      <div class="row">
        <span class="small">{i18n('terms_export_page', String(PAGE_CORPUS_LIMIT))}</span>
        <button type="button" data-export="page-tmx" disabled={busy} onClick={() => void exportPage('tmx')}>TMX</button>
        <button type="button" data-export="page-tsv" disabled={busy} onClick={() => void exportPage('tsv')}>TSV</button>
        {progress && <span class="muted small" aria-live="polite">{progress}</span>}
      </div>
    </section>
  );
}
