import { useEffect, useState } from 'preact/hooks';
import type { Conversion, ConversionEntry } from '../../lib/classification/convert';
import { displaySymbol } from '../../lib/classification/symbol';
import { send } from '../../lib/messaging/client';
import { i18n } from '../../lib/i18n';
import { problemText } from '../common/problem-text';
import { usePropChange } from '../common/use-prop-change';

const SHOWN = 50;
const NOTE_KEY: Record<NonNullable<Conversion['note']>, string> = {
  'cpc-only': 'classes_note_cpc_only',
  undecided: 'classes_note_undecided',
  'not-in-data': 'classes_note_not_in_data',
  'not-a-symbol': 'classes_note_not_a_symbol',
  search: 'classes_note_search',
};
const RELATION_KEY: Record<ConversionEntry['relation'], string> = {
  same: 'classes_relation_same',
  broader: 'classes_relation_broader',
  narrower: 'classes_relation_narrower',
  match: 'classes_relation_match',
};

type State = { phase: 'idle' } | { phase: 'busy' } | { phase: 'done'; answer: Conversion } | { phase: 'failed'; message: string };

/** CPC↔IPC both ways, offline, with titles and the hierarchy; words search the titles (issue 10 §1). */
export function Converter({ text }: { text: string }) {
  const [input, setInput] = useState(text);
  const [asked, setAsked] = useState(text);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [all, setAll] = useState(false);
  usePropChange(text, (next) => {
    setInput(next);
    setAsked(next);
  });
  useEffect(() => {
    if (!asked.trim()) return;
    let live = true;
    setState({ phase: 'busy' });
    setAll(false);
    send('classification/convert', { text: asked.trim() }).then(
      (answer) => live && setState({ phase: 'done', answer }),
      (error: unknown) => live && setState({ phase: 'failed', message: problemText(error) }),
    );
    return () => {
      live = false;
    };
  }, [asked]);
  const go = (next: string) => {
    setInput(next);
    setAsked(next);
  };
  return (
    <section class="converter">
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          go(input);
        }}
      >
        <input type="search" name="classification" value={input} placeholder={i18n('classes_placeholder')} aria-label={i18n('classes_placeholder')} onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit">{i18n('classes_convert')}</button>
      </form>
      {state.phase === 'busy' && <p class="muted" aria-busy="true">{i18n('common_loading')}</p>}
      {state.phase === 'failed' && <p class="bad">{state.message}</p>}
      {state.phase === 'done' && <Answer answer={state.answer} all={all} onAll={() => setAll(true)} onOpen={go} />}
    </section>
  );
}

function Answer({ answer, all, onAll, onOpen }: { answer: Conversion; all: boolean; onAll: () => void; onOpen: (symbol: string) => void }) {
  const { subject, results, note } = answer;
  const target = answer.scheme === 'CPC' ? 'IPC' : 'CPC';
  const shown = all ? results : results.slice(0, SHOWN);
  return (
    <div class="conversion" data-scheme={answer.scheme} data-note={note ?? ''}>
      {subject && (
        <header>
          <nav class="class-path small" aria-label={i18n('classes_path')}>
            {subject.path.map((p) => (
              <button type="button" class="link" title={p.title} onClick={() => onOpen(`${answer.scheme} ${p.symbol}`)}>
                {displaySymbol(p.symbol)}
              </button>
            ))}
          </nav>
          <h3 class="class-subject">
            <span class="muted small">{answer.scheme}</span> {displaySymbol(subject.symbol)}
          </h3>
          <p class="class-title">{subject.title}</p>
          <p class="row small">
            <strong>{note === 'search' ? '' : `${answer.scheme} → ${target}`}</strong>
            <button type="button" class="link" data-action="other-direction" onClick={() => onOpen(`${target} ${subject.symbol}`)}>
              {i18n('classes_as_other', target)}
            </button>
          </p>
        </header>
      )}
      {note && <p class={note === 'search' ? 'muted small' : 'warn'} data-note={note}>{i18n(NOTE_KEY[note], answer.input)}</p>}
      {shown.length > 0 && (
        <ul class="class-results">
          {shown.map((r) => (
            <li key={r.symbol} data-symbol={r.symbol} data-relation={r.relation}>
              <button type="button" class="link class-symbol" onClick={() => onOpen(`${r.scheme} ${r.symbol}`)}>
                {displaySymbol(r.symbol)}
              </button>{' '}
              <span class="chip muted small">{i18n(RELATION_KEY[r.relation])}</span> <span class="class-title">{r.title}</span>
            </li>
          ))}
        </ul>
      )}
      {!all && results.length > SHOWN && (
        <button type="button" class="link" data-action="show-all" onClick={onAll}>
          {i18n('classes_show_all', String(results.length))}
        </button>
      )}
      <p class="muted small class-source" data-field="source">
        {i18n('classes_source', answer.source)}
      </p>
    </div>
  );
}
