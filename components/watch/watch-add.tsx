import { useState } from 'preact/hooks';
import { i18n } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import type { WatchList } from '../../lib/watch/model';
import type { AddResult } from '../../lib/watch/watch-service';
import { problemText } from '../common/problem-text';
import { askForNotificationsOnce } from './notify-permission';

/** A pasted list of numbers, one per line (any written form), onto the selected list. */
export function WatchAdd({ lists, list, onAdded }: { lists: readonly WatchList[]; list: string; onAdded(): void }) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<AddResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const target = lists.find((l) => l.id === list) ?? lists[0];
  const add = async () => {
    const items = text.split(/\r?\n|;/).map((t) => t.trim()).filter(Boolean).map((t) => ({ text: t }));
    if (items.length === 0) return;
    askForNotificationsOnce();
    setProblem(null);
    try {
      const r = await send('watch/add', { items, ...(target && { list: target.id }) });
      setResult(r);
      if (r.rejected.length === 0) setText('');
      onAdded();
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  return (
    <div class="watch-add">
      <textarea data-field="add-numbers" rows={3} placeholder={i18n('watch_add_placeholder')} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <div class="row">
        <button type="button" data-action="add" onClick={() => void add()}>{i18n('watch_add', [target?.name ?? ''])}</button>
        {result && (
          <span class="small" data-field="add-result">
            {i18n('watch_add_result', [String(result.added.length), String(result.duplicates.length)])}
          </span>
        )}
      </div>
      {result && result.rejected.length > 0 && (
        <ul class="bad small" data-field="add-rejected">
          {result.rejected.map((r) => <li key={r.text}>{r.text}: {r.reason}</li>)}
        </ul>
      )}
      {problem && <p class="bad small">{problem}</p>}
    </div>
  );
}
