import { useState } from 'preact/hooks';
import type { LookupDetails } from '../../lib/lookup/types';
import { i18n } from '../../lib/i18n';
import { TabBar } from '../common/tab-bar';
import { DocumentsTab, type DocumentsApi } from './documents-tab';
import { CitationsTab, FamilyTab, LegalTab, RelatedTab } from './list-tabs';
import { refText } from './format';
import { SourceError } from './source-error';
import { BiblioTab, StatusTab } from './status-tab';
import { ViewerLinks } from './viewer-links';

type Tab = 'status' | 'biblio' | 'family' | 'legal' | 'citations' | 'related' | 'documents';

interface Props {
  details: LookupDetails;
  onLookup: (text: string) => void;
  documents: DocumentsApi;
  onOpenOptions?: () => void;
}

/** One looked-up number in the side panel: what each office said, then a tab per kind of data. */
export function LookupResultView({ details, onLookup, documents, onOpenOptions }: Props) {
  const { summary } = details;
  const [tab, setTab] = useState<Tab>('status');
  if (!summary.ref) {
    return <p class="not-a-number bad">{i18n('lookup_not_a_number', summary.reason ?? summary.input)}</p>;
  }
  const tabs: Tab[] = ['status', 'biblio', 'family', 'legal', 'citations', 'related'];
  if (details.documentOffices.length > 0) tabs.push('documents');
  const failures = summary.sources.filter((s) => s.error);
  return (
    <article class="lookup-result" data-ref={refText(summary.ref)}>
      <h2 class="lookup-ref">{refText(summary.ref)}</h2>
      {summary.readings && summary.readings.length > 1 && (
        <p class="muted small">
          {i18n('lookup_ambiguous', summary.readings.slice(1).map(refText).join(', '))}
        </p>
      )}
      <ViewerLinks input={summary.input} />
      {failures.map((outcome) => (
        <SourceError outcome={outcome} onOpenOptions={onOpenOptions} />
      ))}
      <TabBar<Tab> tabs={tabs} current={tab} messagePrefix="lookup_tab_" onSelect={setTab} />
      <div role="tabpanel">
        {tab === 'status' && <StatusTab summary={summary.status} status={details.status} />}
        {tab === 'biblio' && <BiblioTab biblio={details.biblio} />}
        {tab === 'family' && <FamilyTab family={details.family} onLookup={onLookup} />}
        {tab === 'legal' && <LegalTab events={details.legal} />}
        {tab === 'citations' && <CitationsTab citations={details.citations} onLookup={onLookup} />}
        {tab === 'related' && <RelatedTab related={details.related} onLookup={onLookup} />}
        {tab === 'documents' && <DocumentsTab api={documents} onOpenOptions={onOpenOptions} />}
      </div>
    </article>
  );
}
