import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import { writtenForm } from '../../lib/numbers/display';
import { TERM_LANGUAGES, type TermLanguage, isTermLanguage } from '../../lib/terms/language';
import { termKey, type Equivalent } from '../../lib/terms/term-history';
import type { TermsAnswer } from '../../lib/terms/terms-service';
import { problemText } from '../common/problem-text';
import { FamilyText } from './family-section';
import { languageName } from './language-name';
import { PearlConcepts, PearlLinks } from './pearl-sections';
import { TermHistory, termHistory } from './term-history';

type State = { phase: 'idle' } | { phase: 'busy' } | { phase: 'done'; answer: TermsAnswer } | { phase: 'failed'; message: string };

/** PEARL's equivalents of the term, for the glossary. */
function pearlEquivalents(answer: TermsAnswer): Equivalent[] {
  const used = answer.language.used;
  return answer.sections[1].entries.flatMap((entry) =>
    entry.terms.filter((t) => t.lang !== used).map((t) => ({ lang: t.lang, term: t.term, from: 'pearl' as const, ...(entry.conceptId && { conceptId: entry.conceptId }), ...(t.reliability && { reliability: t.reliability }) })),
  );
}

/** Note one's own equivalent, read off the parallel text, into the glossary. */
function NoteEquivalent({ answer, onSaved }: { answer: TermsAnswer; onSaved: () => void }) {
  const [lang, setLang] = useState<TermLanguage>(answer.language.used === 'en' ? 'ja' : 'en');
  const [value, setValue] = useState('');
  return (
    <form
      class="row note-equivalent"
      onSubmit={(e) => {
        e.preventDefault();
        if (!value.trim()) return;
        void termHistory()
          .note(termKey(answer.term, answer.language.used), { lang, term: value })
          .then(() => {
            setValue('');
            onSaved();
          });
      }}
    >
      <label for="equivalent-input" class="small">{i18n('terms_note_equivalent')}</label>
      <select aria-label={i18n('terms_equivalent_language')} value={lang} onChange={(e) => setLang((e.currentTarget as HTMLSelectElement).value as TermLanguage)}>
        {TERM_LANGUAGES.filter((l) => l !== answer.language.used).map((l) => (
          <option key={l} value={l}>
            {languageName(l)}
          </option>
        ))}
      </select>
      <input id="equivalent-input" type="text" lang={lang} value={value} onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} />
      <button type="submit">{i18n('terms_save')}</button>
    </form>
  );
}

/** The Terms tab (issue 15): a term's language, PEARL, and the open document's family in its own words. */
export function TermsTab({ term }: { term: string }) {
  const [input, setInput] = useState(term);
  const [asked, setAsked] = useState<{ text: string; lang?: TermLanguage }>({ text: term });
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    setInput(term);
    setAsked({ text: term });
  }, [term]);
  useEffect(() => {
    const text = asked.text.trim();
    if (!text) return setState({ phase: 'idle' });
    let live = true;
    setState({ phase: 'busy' });
    send('terms/lookup', { text, ...(asked.lang && { lang: asked.lang }) }).then(
      async (answer) => {
        if (!live) return;
        setState({ phase: 'done', answer });
        const doc = answer.sections[2].document;
        await termHistory()
          .record(answer.term, answer.language.used, { ...(doc && { document: writtenForm(doc).text }), equivalents: pearlEquivalents(answer) })
          .catch(() => undefined);
        if (live) setVersion((v) => v + 1);
      },
      (error: unknown) => live && setState({ phase: 'failed', message: problemText(error) }),
    );
    return () => {
      live = false;
    };
  }, [asked]);
  const openOptions = () => void browser.runtime.openOptionsPage();
  const answer = state.phase === 'done' ? state.answer : undefined;

  return (
    <section class="terms" aria-live="polite" aria-busy={state.phase === 'busy'}>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          setAsked({ text: input });
        }}
      >
        <input type="search" name="term" aria-label={i18n('terms_input_label')} placeholder={i18n('terms_input_placeholder')} value={input} onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit" class="primary">
          {i18n('terms_translate')}
        </button>
      </form>
      {state.phase === 'idle' && <p class="muted">{i18n('panel_terms_hint')}</p>}
      {state.phase === 'busy' && <p class="muted">{i18n('lookup_loading')}</p>}
      {state.phase === 'failed' && <p class="bad">{state.message}</p>}
      {answer && (
        <>
          <div class="row term-language">
            <strong class="term" lang={answer.language.used}>
              {answer.term}
            </strong>
            <label class="small" for="term-lang">
              {i18n('terms_language')}
            </label>
            <select
              id="term-lang"
              value={answer.language.used}
              onChange={(e) => {
                const lang = (e.currentTarget as HTMLSelectElement).value;
                if (isTermLanguage(lang)) setAsked({ text: answer.term, lang });
              }}
            >
              {TERM_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                  {l === answer.language.lang ? ` (${i18n('terms_detected')})` : ''}
                </option>
              ))}
            </select>
            {answer.language.ambiguous && answer.language.used === answer.language.lang && (
              <span class="muted small">{i18n('terms_ambiguous', answer.language.candidates.slice(1).map(languageName).join(', '))}</span>
            )}
          </div>
          <PearlLinks section={answer.sections[0]} term={answer.term} />
          <PearlConcepts section={answer.sections[1]} term={answer.term} lang={answer.language.used} onOpenOptions={openOptions} />
          <FamilyText section={answer.sections[2]} term={answer.term} lang={answer.language.used} onOpenOptions={openOptions} />
          <NoteEquivalent answer={answer} onSaved={() => setVersion((v) => v + 1)} />
        </>
      )}
      <TermHistory version={version} onPick={(text, lang) => {
        setInput(text);
        setAsked({ text, ...(isTermLanguage(lang) && { lang }) });
      }} />
    </section>
  );
}
