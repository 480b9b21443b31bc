import { useState } from 'preact/hooks';
import { i18n } from '../../lib/i18n';

const GB = 1024 ** 3;

/** The weekly OPS fair-use budget the quota ledger stops at (OPS gives 4 GB a week free). */
export function OpsBudget({ bytes, onSave }: { bytes: number; onSave: (bytes: number) => Promise<void> }) {
  const [gb, setGb] = useState(String(Math.round((bytes / GB) * 10) / 10));
  const [saved, setSaved] = useState(false);
  return (
    <form
      class="card ops-budget row"
      onSubmit={async (event) => {
        event.preventDefault();
        const value = Number(gb);
        if (!Number.isFinite(value) || value <= 0) return;
        await onSave(Math.round(value * GB));
        setSaved(true);
      }}
    >
      <label for="ops-budget">{i18n('options_ops_budget')}</label>
      <input id="ops-budget" name="opsWeeklyLimitGb" type="number" min="0.1" step="0.1" value={gb} onInput={(e) => setGb((e.currentTarget as HTMLInputElement).value)} />
      <span>GB</span>
      <button type="submit">{i18n('options_save')}</button>
      {saved && <span class="ok">{i18n('options_saved')}</span>}
    </form>
  );
}
