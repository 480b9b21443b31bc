import { i18n } from '../../lib/i18n';
import { LimitSetting } from './limit-setting';

const GB = 1024 ** 3;

/** The weekly OPS fair-use budget the quota ledger stops at (OPS gives 4 GB a week free). */
export function OpsBudget({ bytes, onSave }: { bytes: number; onSave: (bytes: number) => Promise<void> }) {
  return <LimitSetting id="ops-budget" labelKey="options_ops_budget" unit="GB" value={Math.round((bytes / GB) * 10) / 10} min={0.1} step={0.1} onSave={(gb) => onSave(Math.round(gb * GB))} />;
}

/** The KIPRIS Plus calls a month the ledger stops at (1,000 on the free tier; paid plans have more). */
export function KiprisPlan({ calls, onSave }: { calls: number; onSave: (calls: number) => Promise<void> }) {
  return <LimitSetting id="kipris-plan" labelKey="options_kipris_plan" unit={i18n('options_calls_a_month')} value={calls} min={1} step={1} onSave={(n) => onSave(Math.round(n))} />;
}
