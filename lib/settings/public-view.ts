import type { OfficeId } from '../model/contracts';
import type { PublicSettings } from '../messaging/protocol';
import { officeMeta } from '../offices/metas';
import type { Settings } from './schema';

/**
 * The settings as extension pages may see them: secrets reduced to "set" plus their last two
 * characters, so the options page can show •••••ab without the background ever sending a key.
 */
export function toPublicSettings(settings: Settings): PublicSettings {
  const offices = {} as PublicSettings['offices'];
  for (const [id, office] of Object.entries(settings.offices) as [OfficeId, Settings['offices'][OfficeId]][]) {
    const credentials: PublicSettings['offices'][OfficeId]['credentials'] = {};
    for (const field of officeMeta(id).credentials) {
      const value = office.credentials[field.name];
      credentials[field.name] = {
        set: Boolean(value),
        hint: value ? (field.secret ? value.slice(-2) : value) : null,
      };
    }
    offices[id] = { enabled: office.enabled, baseUrl: office.baseUrl ?? null, credentials };
  }
  return {
    schemaVersion: settings.schemaVersion,
    offices,
    ui: { ...settings.ui },
    opsWeeklyLimitBytes: settings.opsWeeklyLimitBytes,
    kiprisMonthlyCalls: settings.kiprisMonthlyCalls,
    detection: { ...settings.detection },
  };
}
