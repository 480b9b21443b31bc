import { useState } from 'preact/hooks';
import type { JpoExtraAnswer } from '../../lib/lookup/jpo-extras';
import type { DocumentPayload } from '../../lib/lookup/types';
import type { OpdCiteClass, OpdDocumentList, OpdFamily, OpdMember } from '../../lib/offices/jpo/opd/dossier';
import { i18n } from '../../lib/i18n';
import { documentBlob, saveDocument } from '../common/document-blob';
import { problemText } from '../common/problem-text';
import { type OnDemand, useOnDemand } from '../common/use-on-demand';
import { AsOf } from './as-of';
import { DocumentReader } from './document-reader';
import { formatDate } from './format';
import type { DossierArgs, WorkbenchApi } from './workbench-api';

type DossierKind = Extract<JpoExtraAnswer['kind'], `dossier-${string}`>;

/** One OPD answer, asked on a click: OPD allows 100–300 calls a day and 5 a minute. */
function useDossier<T>(api: WorkbenchApi, kind: DossierKind) {
  return useOnDemand(async (args?: DossierArgs) => ((await api.dossier(kind, args)) as unknown as { value: T }).value);
}

function Failed({ state }: { state: OnDemand<unknown> }) {
  return state.phase === 'failed' ? <p class="bad small" data-state="failed">{state.message}</p> : null;
}

/**
 * The JPO One Portal Dossier: the five offices' family of this case, and for each member its document
 * list (the other offices' office actions), citations and classifications, and each document to open.
 */
export function DossierTab({ api, self }: { api: WorkbenchApi; self?: string }) {
  const [family, askFamily] = useDossier<OpdFamily>(api, 'dossier-family');
  // The looked-up application itself can be read before (or without) its family.
  const own: OpdMember | undefined = self && !(family.phase === 'done' && family.value.members.some((m) => m.application.number === self))
    ? { country: self.slice(0, 2), application: { number: self }, publications: [], registrations: [] }
    : undefined;
  const [reading, setReading] = useState<DocumentPayload>();
  if (reading?.readable) return <DocumentReader doc={reading.readable} onBack={() => setReading(undefined)} onSave={() => saveDocument(reading)} />;
  return (
    <section class="dossier-tab">
      <p class="muted small">{i18n('dossier_intro')}</p>
      {family.phase !== 'done' && (
        <button type="button" data-action="dossier-family" disabled={family.phase === 'busy'} onClick={() => askFamily()}>
          {family.phase === 'busy' ? i18n('lookup_loading') : i18n('dossier_load')}
        </button>
      )}
      <Failed state={family} />
      {own && (
        <ul class="dossier-members dossier-self">
          <Member member={own} api={api} onRead={setReading} />
        </ul>
      )}
      {family.phase === 'done' && (
        <>
          <ul class="dossier-members">
            {family.value.members.map((m) => (
              <Member member={m} api={api} onRead={setReading} />
            ))}
          </ul>
          <AsOf source={family.value.source} />
        </>
      )}
    </section>
  );
}

function Member({ member, api, onRead }: { member: OpdMember; api: WorkbenchApi; onRead: (doc: DocumentPayload) => void }) {
  const [docs, askDocs] = useDossier<OpdDocumentList>(api, 'dossier-documents');
  const [cite, askCite] = useDossier<OpdCiteClass>(api, 'dossier-citations');
  const [problem, setProblem] = useState<string>();
  const app = member.application.number;
  const deliver = (id: string, format: 'pdf' | 'xml', mode: 'open' | 'save') =>
    api.dossier('dossier-document', { member: app, id, format }).then(
      (answer) => {
        if (answer.kind !== 'dossier-document') return;
        const doc = answer.value;
        if (mode === 'save') saveDocument(doc);
        else if (doc.readable) onRead(doc);
        // A PDF opens in the browser's own viewer, never inside this page.
        else window.open(URL.createObjectURL(documentBlob(doc)), '_blank', 'noopener');
      },
      (error: unknown) => setProblem(problemText(error)),
    );
  const jp = app.startsWith('JP.');
  return (
    <li class="dossier-member" data-member={app} data-country={member.country}>
      <strong>{member.country}</strong> <code>{app}</code>
      {member.application.date && <span class="muted small"> {formatDate(member.application.date)}</span>}
      {[...member.publications, ...member.registrations].length > 0 && (
        <span class="muted small"> · {[...member.publications, ...member.registrations].map((n) => n.number).join(', ')}</span>
      )}
      <div class="row small">
        <button type="button" class="link" data-action="dossier-documents" disabled={docs.phase === 'busy'} onClick={() => askDocs({ member: app })}>
          {i18n('dossier_documents')}
        </button>
        <button type="button" class="link" data-action="dossier-citations" disabled={cite.phase === 'busy'} onClick={() => askCite({ member: app })}>
          {i18n('dossier_citations')}
        </button>
      </div>
      <Failed state={docs} />
      <Failed state={cite} />
      {problem && <p class="bad small">{problem}</p>}
      {docs.phase === 'done' && (
        <div class="dossier-documents">
          {docs.value.title && <p class="small">{docs.value.title}{docs.value.titleTranslated && <span class="muted"> / {docs.value.titleTranslated}</span>}</p>}
          {docs.value.documents.length === 0 && <p class="muted small">{i18n('lookup_nothing')}</p>}
          <ul>
            {docs.value.documents.map((d) => (
              <li data-document={d.id}>
                {d.date && <span class="muted">{formatDate(d.date)} </span>}
                {d.description}
                {d.translated && <span class="muted"> ({d.translated})</span>}{' '}
                <button type="button" data-action="dossier-open" onClick={() => void deliver(d.id, jp ? 'xml' : 'pdf', 'open')}>
                  {i18n('lookup_open')}
                </button>{' '}
                <button type="button" data-action="dossier-pdf" onClick={() => void deliver(d.id, 'pdf', 'save')}>
                  {i18n('dossier_save_pdf')}
                </button>
              </li>
            ))}
          </ul>
          <AsOf source={docs.value.source} />
        </div>
      )}
      {cite.phase === 'done' && (
        <div class="dossier-citations small">
          {cite.value.ipc.length > 0 && <p>IPC {cite.value.ipc.join(', ')}</p>}
          {cite.value.original.map((o) => (
            <p>
              <span class="muted">{o.scheme}</span> {o.symbol}
            </p>
          ))}
          <ul>
            {[...cite.value.patentCitations, ...cite.value.otherCitations].map((c) => (
              <li>
                {c.date && <span class="muted">{formatDate(c.date)} </span>}
                {c.number ?? c.text}
                {c.citedIn && <span class="muted"> ({c.citedIn})</span>}
              </li>
            ))}
          </ul>
          <AsOf source={cite.value.source} />
        </div>
      )}
    </li>
  );
}
