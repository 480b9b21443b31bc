import { useEffect, useState } from 'preact/hooks';
import type { Conversion } from '../../lib/classification/convert';
import { displaySymbol } from '../../lib/classification/symbol';
import type { SourceReport } from '../../lib/lookup/types';
import type { Classification } from '../../lib/model/patent';
import { send } from '../../lib/messaging/client';
import { i18n } from '../../lib/i18n';
import { EmptyTab } from './empty-tab';

const CONVERTIBLE = new Set(['CPC', 'IPC']);

/** One symbol of the document: its title and its counterparts in the other scheme (first three). */
function SymbolRow({ c, onClassify }: { c: Classification; onClassify: (text: string) => void }) {
  const [answer, setAnswer] = useState<Conversion | null>(null);
  const query = `${c.scheme} ${c.symbol}`;
  useEffect(() => {
    if (!CONVERTIBLE.has(c.scheme)) return;
    let live = true;
    send('classification/convert', { text: query }).then((a) => live && setAnswer(a), () => undefined);
    return () => {
      live = false;
    };
  }, [query]);
  const others = answer?.results.filter((r) => r.relation !== 'same').slice(0, 3) ?? [];
  const same = answer?.results.some((r) => r.relation === 'same');
  return (
    <li data-symbol={c.symbol} data-scheme={c.scheme}>
      <span class="muted small">{c.scheme}</span>{' '}
      {CONVERTIBLE.has(c.scheme) ? (
        <button type="button" class="link class-symbol" onClick={() => onClassify(query)}>
          {displaySymbol(c.symbol)}
        </button>
      ) : (
        <span>{c.symbol}</span>
      )}{' '}
      <span class="class-title">{c.title ?? answer?.subject?.title ?? ''}</span>
      {answer && (
        <span class="muted small counterparts" data-field="counterparts">
          {' → '}
          {same && `${c.scheme === 'CPC' ? 'IPC' : 'CPC'} ${i18n('classes_relation_same')} `}
          {others.map((r) => `${r.scheme} ${displaySymbol(r.symbol)}`).join(', ')}
          {answer.results.length > others.length + (same ? 1 : 0) && ' …'}
          {answer.note === 'cpc-only' && i18n('classes_relation_none')}
        </span>
      )}
    </li>
  );
}

/** The document's classification symbols from the office answer, each into the converter. */
export function ClassificationTab({ items, onClassify, gaps }: { items?: Classification[]; onClassify: (text: string) => void; gaps?: SourceReport[] }) {
  if (!items || items.length === 0) return <EmptyTab gaps={gaps} />;
  return (
    <section class="classification-tab">
      <ul class="class-results">
        {items.map((c) => (
          <SymbolRow key={`${c.scheme}:${c.symbol}`} c={c} onClassify={onClassify} />
        ))}
      </ul>
    </section>
  );
}
