import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { LookupDetails } from '../../lib/lookup/types';
import type { DocRef } from '../../lib/model/patent';
import { i18n } from '../../lib/i18n';
import { TabBar } from '../common/tab-bar';
import { DocumentsTab, type DocumentsApi } from './documents-tab';
import { DossierTab } from './dossier-tab';
import { opdNumberOf } from '../../lib/offices/jpo/opd/numbers';
import { CitationsTab, FamilyTab, LegalTab, RelatedTab } from './list-tabs';
import { ClassificationTab } from './classification-tab';
import { refText } from './format';
import { JpRegistration } from './jpo-views';
import { TwAnnuity } from './tipo-views';
import { NumberHeading } from './number-heading';
import { TimelineTab } from './timeline-tab';
import type { WorkbenchApi } from './workbench-api';
import { SourceError } from './source-error';
import { BiblioTab, StatusTab } from './status-tab';
import { ViewerLinks } from './viewer-links';

type Tab = 'status' | 'biblio' | 'family' | 'legal' | 'timeline' | 'citations' | 'related' | 'classification' | 'documents' | 'dossier';

interface Props {
  details: LookupDetails;
  onLookup: (text: string) => void;
  documents: DocumentsApi;
  onOpenOptions?: () => void;
  /** Ask the offices again (after an outage, a spent quota …). */
  onRetry?: () => void;
  /** Open a classification symbol in the converter. */
  onClassify?: (text: string) => void;
  /** Timeline and the JPO's other views, asked when opened. */
  workbench?: WorkbenchApi;
  /** Actions beside the number (the side panel's watch star). */
  actions?: ComponentChildren;
}

/** One looked-up number in the side panel: what each office said, then a tab per kind of data. */
export function LookupResultView({ details, onLookup, documents, onOpenOptions, onRetry, onClassify = () => undefined, workbench, actions }: Props) {
  const { summary, gaps } = details;
  const [tab, setTab] = useState<Tab>('status');
  if (!summary.ref) {
    return <p class="not-a-number bad">{i18n('lookup_not_a_number', summary.reason ?? summary.input)}</p>;
  }
  // A JP design or trademark has no patent family, citations or related patents: no empty tabs for them.
  const right = (summary.ref as DocRef).right;
  const tabs: Tab[] = right
    ? ['status', 'biblio', 'legal', ...(workbench ? (['timeline'] as const) : []), 'classification']
    : ['status', 'biblio', 'family', 'legal', ...(workbench ? (['timeline'] as const) : []), 'citations', 'related', 'classification'];
  const jp = summary.ref.country === 'JP' ? workbench : undefined;
  if (details.documentOffices.length > 0) tabs.push('documents');
  // The JPO One Portal Dossier holds the five offices' cases (designs and trademarks are not in it).
  if (workbench && /^(JP|US|EP|CN|KR)$/.test(summary.ref.country) && !right) tabs.push('dossier');
  const ownApplication = summary.ref.type === 'application' ? opdNumberOf(summary.ref)?.number : undefined;
  const failures = summary.sources.filter((s) => s.error);
  // When another office answered, an office that did not is a quiet line, not a banner (issue 9 §2).
  const answered = summary.sources.some((s) => s.ok || (s.capabilities?.answered.length ?? 0) > 0);
  const retryable = failures.some((s) => s.error && s.error.kind !== 'no-credentials' && s.error.kind !== 'auth');
  return (
    <article class="lookup-result" data-ref={refText(summary.ref)}>
      <NumberHeading refOf={summary.ref} readings={summary.readings} ambiguity={summary.ambiguity} onLookup={onLookup} actions={actions} />
      <ViewerLinks refOf={summary.ref} official={jp && (async () => {
        const answer = await jp.jpo('fixed-address');
        return answer.kind === 'fixed-address' ? answer.value.value : null;
      })} />
      {failures.map((outcome) => (
        <SourceError outcome={outcome} quiet={answered} onOpenOptions={onOpenOptions} />
      ))}
      {retryable && onRetry && (
        <button type="button" class="link retry" data-action="retry" onClick={onRetry}>
          {i18n('lookup_retry')}
        </button>
      )}
      <TabBar<Tab> tabs={tabs} current={tab} messagePrefix="lookup_tab_" onSelect={setTab} />
      <div role="tabpanel">
        {tab === 'status' && <StatusTab summary={summary.status} status={details.status} gaps={gaps.status} />}
        {tab === 'status' && jp && (details.status?.state === 'granted' || summary.ref.type === 'grant') && <JpRegistration api={jp} />}
        {tab === 'status' && workbench && summary.ref.country === 'TW' && (details.status?.state === 'granted' || summary.ref.type === 'grant') && <TwAnnuity api={workbench} />}
        {tab === 'biblio' && <BiblioTab biblio={details.biblio} gaps={gaps.biblio} jpo={details.biblio?.source.office === 'jpo' ? workbench : undefined} />}
        {tab === 'family' && <FamilyTab family={details.family} onLookup={onLookup} gaps={gaps.family} />}
        {tab === 'legal' && <LegalTab events={details.legal} gaps={gaps.legal} />}
        {tab === 'timeline' && workbench && <TimelineTab load={workbench.timeline} />}
        {tab === 'citations' && <CitationsTab citations={details.citations} onLookup={onLookup} gaps={gaps.citations} />}
        {tab === 'related' && <RelatedTab related={details.related} onLookup={onLookup} gaps={gaps.related} />}
        {tab === 'classification' && <ClassificationTab items={details.classifications} onClassify={onClassify} gaps={gaps.classification} />}
        {tab === 'documents' && <DocumentsTab api={documents} onOpenOptions={onOpenOptions} />}
        {tab === 'dossier' && workbench && <DossierTab api={workbench} {...(ownApplication && { self: ownApplication })} />}
      </div>
    </article>
  );
}
