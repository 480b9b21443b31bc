import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { DocRef } from '../../lib/model/patent';
import type { Ambiguity } from '../../lib/numbers/parse-number';
import { writtenForm } from '../../lib/numbers/display';
import { i18n } from '../../lib/i18n';
import { copyText } from '../common/copy-text';
import { typeName } from '../hover-card/card-text';

const WHY: Record<Ambiguity, string> = {
  'docdb-shape': 'lookup_why_docdb_shape',
  'kr-shape': 'lookup_why_kr_shape',
  'jp-unlabelled': 'lookup_why_jp_unlabelled',
  'bare-dated': 'lookup_why_bare_dated',
  'bare-grant': 'lookup_why_bare_grant',
};

interface Props {
  refOf: DocRef;
  readings?: DocRef[];
  ambiguity?: Ambiguity;
  onLookup: (text: string) => void;
  /** Beside the copy button (the side panel's watch star). */
  actions?: ComponentChildren;
}

/**
 * The looked-up number as its office writes it (特願2020-123456, era forms with their Western year),
 * DOCDB and EPODOC beside it to copy, and, when the text had several readings, the others as buttons
 * with the reason — each looks up by its own written form, which reads back as exactly that reading.
 */
export function NumberHeading({ refOf, readings, ambiguity, onLookup, actions }: Props) {
  const [copied, setCopied] = useState(false);
  const form = writtenForm(refOf);
  const copy = () => void copyText(form.text, document.body).then(setCopied);
  return (
    <header class="number-heading">
      <h2 class="lookup-ref" data-docdb={refOf.docdb ?? ''}>
        {form.text}
        {form.year && <span class="muted small" data-field="western-year"> ({form.year})</span>}
      </h2>
      <p class="codes small row">
        {refOf.right && <span class="muted" data-field="right">{typeName(refOf.type, refOf.right)}</span>}
        {refOf.docdb && <span><span class="muted">DOCDB</span> <code data-field="docdb">{refOf.docdb}</code></span>}
        {refOf.epodoc && <span><span class="muted">EPODOC</span> <code data-field="epodoc">{refOf.epodoc}</code></span>}
        <button type="button" class="link" data-action="copy-number" onClick={copy}>
          {copied ? i18n('hover_copied') : i18n('hover_copy')}
        </button>
        {actions}
      </p>
      {readings && readings.length > 1 && (
        <p class="readings small" data-ambiguity={ambiguity ?? ''}>
          <span class="muted">{ambiguity ? `${i18n(WHY[ambiguity])} ` : ''}{i18n('lookup_ambiguous_prompt')}</span>
          {readings.slice(1).map((r) => {
            const other = writtenForm(r).text;
            return (
              <button type="button" class="link" data-action="reading" onClick={() => onLookup(other)}>
                {other}
              </button>
            );
          })}
        </p>
      )}
    </header>
  );
}
