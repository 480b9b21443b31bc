import { useState } from 'preact/hooks';
import { i18n } from '../../lib/i18n';

// PEARL's query-string form is not documented (../shared/fixtures/DEEP-LINKS.md), so we open its
// linguistic search and put the term on the clipboard, the fallback API-NOTES-2 §4 recommends.
const PEARL_SEARCH = 'https://wipopearl.wipo.int/en/linguistic';

export function TermsView({ term }: { term: string }) {
  const [copied, setCopied] = useState(false);
  const openPearl = async () => {
    await navigator.clipboard.writeText(term).then(() => setCopied(true), () => setCopied(false));
    window.open(PEARL_SEARCH, '_blank', 'noopener');
  };
  return (
    <section class="card terms" aria-live="polite">
      <h2>{i18n('panel_terms_title')}</h2>
      <p class="term">
        <strong>{term}</strong>
      </p>
      <div class="row">
        <button type="button" class="primary" onClick={() => void openPearl()}>
          {i18n('panel_terms_open_pearl')}
        </button>
        {copied && <span class="ok">{i18n('panel_terms_copied')}</span>}
      </div>
      <p class="muted">{i18n('panel_terms_note')}</p>
    </section>
  );
}
