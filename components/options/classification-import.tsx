import { useEffect, useState } from 'preact/hooks';
import { send } from '../../lib/messaging/client';
import { i18n } from '../../lib/i18n';
import { problemText } from '../common/problem-text';

type Outcome = { tone: 'ok' | 'bad'; text: string } | null;

/**
 * Replace the bundled CPC titles or the derived CPC→IPC mapping with the official files (issue 10 §1).
 * The background validates every line; a wrong file is refused with the line that gave it away and
 * the data in use stays.
 */
export function ClassificationImport() {
  const [source, setSource] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  useEffect(() => void send('classification/source', {}).then((r) => setSource(r.source), () => undefined), []);

  const run = async (kind: 'titles' | 'concordance' | 'reset', list?: FileList | null) => {
    setBusy(true);
    setOutcome(null);
    try {
      const files = await Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })));
      if (kind !== 'reset' && files.length === 0) return;
      const { source: next } = await send('classification/import', { kind, files });
      setSource(next);
      setOutcome({ tone: 'ok', text: i18n('options_classes_imported') });
    } catch (error) {
      setOutcome({ tone: 'bad', text: i18n('options_classes_refused', problemText(error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card classification-import">
      <h2>{i18n('options_classes_title')}</h2>
      <p class="muted small" data-field="classes-source">{i18n('classes_source', source)}</p>
      <div class="grid">
        <label for="classes-titles">{i18n('options_classes_titles')}</label>
        <input id="classes-titles" type="file" accept=".txt,.tsv" multiple disabled={busy} onChange={(e) => void run('titles', (e.currentTarget as HTMLInputElement).files)} />
        <label for="classes-concordance">{i18n('options_classes_concordance')}</label>
        <input id="classes-concordance" type="file" accept=".txt,.tsv" disabled={busy} onChange={(e) => void run('concordance', (e.currentTarget as HTMLInputElement).files)} />
      </div>
      <div class="row">
        <button type="button" data-action="classes-reset" disabled={busy} onClick={() => void run('reset')}>
          {i18n('options_classes_reset')}
        </button>
        {outcome && (
          <span class={outcome.tone} role="status" data-state={outcome.tone}>
            {outcome.text}
          </span>
        )}
      </div>
    </section>
  );
}
