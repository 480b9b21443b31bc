import { i18n } from '../../lib/i18n';

/** Whether pages also mark JP design and trademark numbers: they are not patents, so off until asked for. */
export function DetectionSetting({ rights, onSave }: { rights: boolean; onSave: (rights: boolean) => Promise<void> }) {
  return (
    <section class="detection">
      <h2>{i18n('options_detection_title')}</h2>
      <label class="row">
        <input type="checkbox" name="detect-rights" checked={rights} onChange={(e) => void onSave((e.currentTarget as HTMLInputElement).checked)} />
        {i18n('options_detect_rights')}
      </label>
      <p class="muted small">{i18n('options_detect_rights_hint')}</p>
    </section>
  );
}
