import type { ReadableDocument } from '../../lib/model/readable-document';
import { i18n } from '../../lib/i18n';

/**
 * An office document, readable: title, its bibliographic lines, then headings, paragraphs and the
 * cited documents — every piece a text node, so nothing in the document can act as markup here.
 */
export function DocumentReader({ doc, onBack, onSave }: { doc: ReadableDocument; onBack(): void; onSave(): void }) {
  return (
    <article class="document-reader" lang="ja">
      <div class="row">
        <button type="button" class="link" data-action="back" onClick={onBack}>
          {i18n('lookup_documents_back')}
        </button>
        <button type="button" data-action="save-original" onClick={onSave}>
          {i18n('lookup_save_original')}
        </button>
      </div>
      <h3 class="document-title">{doc.title}</h3>
      {doc.facts.length > 0 && (
        <dl class="grid document-facts">
          {doc.facts.map((f) => (
            <>
              <dt class="muted">{f.label}</dt>
              <dd>{f.value}</dd>
            </>
          ))}
        </dl>
      )}
      <div class="document-body">
        {doc.blocks.map((b) =>
          b.kind === 'heading' ? <h4>{b.text}</h4> : b.kind === 'item' ? <p class="document-item">・{b.text}</p> : <p class="document-paragraph">{b.text}</p>,
        )}
      </div>
    </article>
  );
}
