import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n, uiLanguage } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import { writtenForm } from '../../lib/numbers/display';
import { TERM_LANGUAGES, type TermLanguage, isTermLanguage } from '../../lib/terms/language';
import { termKey, type Equivalent } from '../../lib/terms/term-history';
import { type FamilySection, type PearlApiSection, termsHead } from '../../lib/terms/terms-service';
import { problemText } from '../common/problem-text';
import { usePropChange } from '../common/use-prop-change';
import { FamilyText } from './family-section';
import { languageName } from './language-name';
import { PearlConcepts, PearlLinks } from './pearl-sections';
import { TermHistory, termHistory } from './term-history';

type Section<T> = { phase: 'busy' } | { phase: 'done'; value: T } | { phase: 'failed'; message: string };
type Head = ReturnType<typeof termsHead>;

/** PEARL's equivalents of the term, for the glossary. */
function pearlEquivalents(section: PearlApiSection, used: string): Equivalent[] {
  return section.entries.flatMap((entry) =>
    entry.terms.filter((t) => t.lang !== used).map((t) => ({ lang: t.lang, term: t.term, from: 'pearl' as const, ...(entry.conceptId && { conceptId: entry.conceptId }), ...(t.reliability && { reliability: t.reliability }) })),
  );
}

/** Ask one section; its state follows the reply. */
function asked<K extends 'pearl-api' | 'family', T = K extends 'pearl-api' ? PearlApiSection : FamilySection>(section: K, head: Head, set: (s: Section<T>) => void, live: () => boolean): Promise<T | undefined> {
  set({ phase: 'busy' });
  return send('terms/section', { text: head.term, lang: head.language.used, section }).then(
    (reply) => {
      const value = reply as T;
      if (live()) set({ phase: 'done', value });
      return value;
    },
    (error: unknown) => {
      if (live()) set({ phase: 'failed', message: problemText(error) });
      return undefined;
    },
  );
}

/** Note one's own equivalent, read off the parallel text, into the glossary. */
function NoteEquivalent({ answer, onSaved }: { answer: Head; onSaved: () => void }) {
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
  const [request, setRequest] = useState<{ text: string; lang?: TermLanguage }>({ text: term });
  const [pearl, setPearl] = useState<Section<PearlApiSection>>({ phase: 'busy' });
  const [family, setFamily] = useState<Section<FamilySection>>({ phase: 'busy' });
  const [version, setVersion] = useState(0);
  // A new term from the context menu replaces what is typed; the mount itself must not, as effects run
  // after paint and would wipe what someone typed in between.
  usePropChange(term, (next) => {
    setInput(next);
    setRequest({ text: next });
  });
  // Language and PEARL links need no office: shown at once. The two office sections arrive on their own.
  const head = useMemo(() => (request.text.trim() ? termsHead(request, uiLanguage()) : undefined), [request]);
  useEffect(() => {
    if (!head) return;
    let live = true;
    const isLive = () => live;
    void Promise.all([asked('pearl-api', head, setPearl, isLive), asked('family', head, setFamily, isLive)]).then(async ([api, fam]) => {
      const doc = fam?.document;
      await termHistory()
        .record(head.term, head.language.used, { ...(doc && { document: writtenForm(doc).text }), equivalents: api ? pearlEquivalents(api, head.language.used) : [] })
        .catch(() => undefined);
      if (live) setVersion((v) => v + 1);
    });
    return () => {
      live = false;
    };
  }, [request]);
  const openOptions = () => void browser.runtime.openOptionsPage();
  const pending = (section: Section<unknown>) =>
    section.phase === 'busy' ? <p class="card muted">{i18n('lookup_loading')}</p> : section.phase === 'failed' ? <p class="card bad">{section.message}</p> : null;

  return (
    <section class="terms" aria-live="polite" aria-busy={head !== undefined && (pearl.phase === 'busy' || family.phase === 'busy')}>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          setRequest({ text: input });
        }}
      >
        <input type="search" name="term" aria-label={i18n('terms_input_label')} placeholder={i18n('terms_input_placeholder')} value={input} onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit" class="primary">
          {i18n('terms_translate')}
        </button>
      </form>
      {!head && <p class="muted">{i18n('panel_terms_hint')}</p>}
      {head && (
        <>
          <div class="row term-language">
            <strong class="term" lang={head.language.used}>
              {head.term}
            </strong>
            <label class="small" for="term-lang">
              {i18n('terms_language')}
            </label>
            <select
              id="term-lang"
              value={head.language.used}
              onChange={(e) => {
                const lang = (e.currentTarget as HTMLSelectElement).value;
                if (isTermLanguage(lang)) setRequest({ text: head.term, lang });
              }}
            >
              {TERM_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                  {l === head.language.lang ? ` (${i18n('terms_detected')})` : ''}
                </option>
              ))}
            </select>
            {head.language.ambiguous && head.language.used === head.language.lang && (
              <span class="muted small">{i18n('terms_ambiguous', head.language.candidates.slice(1).map(languageName).join(', '))}</span>
            )}
          </div>
          <PearlLinks section={head.links} term={head.term} />
          {pearl.phase === 'done' ? <PearlConcepts section={pearl.value} term={head.term} lang={head.language.used} onOpenOptions={openOptions} /> : pending(pearl)}
          {family.phase === 'done' ? <FamilyText section={family.value} term={head.term} lang={head.language.used} onOpenOptions={openOptions} /> : pending(family)}
          <NoteEquivalent answer={head} onSaved={() => setVersion((v) => v + 1)} />
        </>
      )}
      <TermHistory version={version} onPick={(text, lang) => {
        setInput(text);
        setRequest({ text, ...(isTermLanguage(lang) && { lang }) });
      }} />
    </section>
  );
}
