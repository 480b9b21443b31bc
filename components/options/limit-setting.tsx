import { useState } from 'preact/hooks';
import { i18n } from '../../lib/i18n';

interface Props {
  id: string;
  /** _locales key of the label. */
  labelKey: string;
  unit: string;
  value: number;
  min: number;
  step: number;
  onSave(value: number): Promise<void>;
}

/** One allowance the quota ledger stops at (OPS GB a week, KIPRIS calls a month): a number and Save. */
export function LimitSetting({ id, labelKey, unit, value, min, step, onSave }: Props) {
  const [text, setText] = useState(String(value));
  const [saved, setSaved] = useState(false);
  return (
    <form
      class={`card ${id} row`}
      onSubmit={async (event) => {
        event.preventDefault();
        const n = Number(text);
        if (!Number.isFinite(n) || n < min) return;
        await onSave(n);
        setSaved(true);
      }}
    >
      <label for={id}>{i18n(labelKey)}</label>
      <input id={id} name={id} type="number" min={String(min)} step={String(step)} value={text} onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
      <span>{unit}</span>
      <button type="submit">{i18n('options_save')}</button>
      {saved && <span class="ok">{i18n('options_saved')}</span>}
    </form>
  );
}
