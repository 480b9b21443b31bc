import { useState } from 'preact/hooks';
import type { OfficeId } from '../../lib/model/contracts';
import type { DocumentList, DocumentPayload } from '../../lib/lookup/types';
import { i18n } from '../../lib/i18n';
import { problemText } from '../common/problem-text';
import { AsOf } from './as-of';
import { formatDate } from './format';
import { SourceError } from './source-error';
import { saveDocument } from '../common/document-blob';
import type { ReadableDocument } from '../../lib/model/readable-document';
import { DocumentReader } from './document-reader';

export interface DocumentsApi {
  list(): Promise<DocumentList[]>;
  get(office: OfficeId, id: string): Promise<DocumentPayload>;
}

const save = saveDocument;

/** A document without a readable form (a ZIP) as its text, never as a page of the office's markup. */
function asText(doc: DocumentPayload): ReadableDocument {
  const text = new TextDecoder().decode(Uint8Array.from(atob(doc.base64), (c) => c.charCodeAt(0)));
  return { title: doc.fileName, facts: [], blocks: [{ kind: 'paragraph', text }] };
}

/**
 * Documents cost a call against small daily caps (JPO: 100 per endpoint, API-NOTES §1), so the
 * list is fetched only when the user asks for it.
 */
export function DocumentsTab({ api, onOpenOptions }: { api: DocumentsApi; onOpenOptions?: () => void }) {
  const [lists, setLists] = useState<DocumentList[] | 'loading' | undefined>();
  const [problem, setProblem] = useState<string>();
  const [reading, setReading] = useState<DocumentPayload>();
  const load = async () => {
    setLists('loading');
    try {
      setLists(await api.list());
    } catch (error) {
      setLists(undefined);
      setProblem(problemText(error));
    }
  };
  // "Open" shows the document here, read as text (never the office's HTML/XML in an extension page); "Save" keeps the original file.
  const fetchAndDeliver = async (office: OfficeId, id: string, mode: 'open' | 'save') => {
    try {
      const doc = await api.get(office, id);
      if (mode === 'save') save(doc);
      else setReading(doc);
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  if (reading) return <DocumentReader doc={reading.readable ?? asText(reading)} onBack={() => setReading(undefined)} onSave={() => save(reading)} />;
  return (
    <section class="documents-tab">
      {lists === undefined && (
        <button type="button" class="load-documents" onClick={() => void load()}>
          {i18n('lookup_documents_load')}
        </button>
      )}
      {lists === 'loading' && <p class="muted">{i18n('lookup_loading')}</p>}
      {problem && <p class="bad">{problem}</p>}
      {Array.isArray(lists) &&
        lists.map((list) => (
          <div class="document-list" data-office={list.office}>
            {!list.source.ok && <SourceError outcome={list.source} onOpenOptions={onOpenOptions} />}
            {list.source.ok && list.documents.length === 0 && <p class="muted">{i18n('lookup_nothing')}</p>}
            <ul>
              {list.documents.map((d) => (
                <li data-document={d.id}>
                  <strong>{d.title}</strong> {d.date && <span class="muted">{formatDate(d.date)}</span>}{' '}
                  <button type="button" onClick={() => void fetchAndDeliver(list.office, d.id, 'open')}>
                    {i18n('lookup_open')}
                  </button>{' '}
                  <button type="button" onClick={() => void fetchAndDeliver(list.office, d.id, 'save')}>
                    {i18n('lookup_save')}
                  </button>
                </li>
              ))}
            </ul>
            {list.documents[0] && <AsOf source={list.documents[0].source} />}
          </div>
        ))}
    </section>
  );
}
