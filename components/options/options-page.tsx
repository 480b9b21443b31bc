import { useEffect, useState } from 'preact/hooks';
import type { OfficeState } from '../../lib/lookup/types';
import { send } from '../../lib/messaging/client';
import type { PublicSettings } from '../../lib/messaging/protocol';
import { officeMetas } from '../../lib/offices/metas';
import type { OfficeId } from '../../lib/model/contracts';
import { i18n } from '../../lib/i18n';
import { useAsync } from '../common/use-async';
import { ClassificationImport } from './classification-import';
import { DetectionSetting } from './detection-setting';
import { OfficeForm, type OfficeFormChange } from './office-form';
import { KiprisPlan, OpsBudget } from './ops-budget';
import { RoutingRules } from './routing-rules';
import { TestConnection } from './test-connection';

/** Options: one form per office, rendered from the offices' declarations. */
export function OptionsPage() {
  const [settings, setSettings] = useAsync(() => send('settings/get', {}), []);
  // The chips follow real outcomes: re-read after every save and every test. Until the first answer the
  // forms wait, so no chip says "Not available yet" for an office that is (a flash tests could catch).
  const [states, setStates] = useState<OfficeState[] | null>(null);
  const refresh = () => void send('quota/get', {}).then((view) => setStates(view.offices), () => setStates((known) => known ?? []));
  useEffect(refresh, []);

  const saveOffice = async (id: OfficeId, change: OfficeFormChange) => {
    setSettings(await send('settings/save', { offices: { [id]: change } }));
    refresh();
  };

  if (settings.state === 'loading' || states === null) return <p class="muted">{i18n('common_loading')}</p>;
  if (settings.state === 'error') return <p class="bad">{String(settings.error)}</p>;
  const current: PublicSettings = settings.value;
  return (
    <main class="options">
      <h1>{i18n('options_title')}</h1>
      <p class="muted">{i18n('options_intro')}</p>
      {officeMetas.map((meta) => (
        <OfficeForm key={meta.id} meta={meta} current={current.offices[meta.id]} state={states.find((s) => s.office === meta.id)} onSave={(change) => saveOffice(meta.id, change)}>
          <TestConnection office={meta.id} onDone={refresh} />
        </OfficeForm>
      ))}
      <h2>{i18n('options_ops_budget_title')}</h2>
      <OpsBudget bytes={current.opsWeeklyLimitBytes} onSave={async (bytes) => setSettings(await send('settings/save', { opsWeeklyLimitBytes: bytes }))} />
      <KiprisPlan calls={current.kiprisMonthlyCalls} onSave={async (calls) => setSettings(await send('settings/save', { kiprisMonthlyCalls: calls }))} />
      <DetectionSetting rights={current.detection.rights} onSave={async (rights) => setSettings(await send('settings/save', { detection: { rights } }))} />
      <RoutingRules />
      <ClassificationImport />
      <p class="muted">{i18n('options_privacy')}</p>
    </main>
  );
}
