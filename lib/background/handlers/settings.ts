import type { Handlers } from '../../messaging/router';
import type { OfficeId } from '../../model/contracts';
import { officeHealth } from '../../lookup/services';
import { loadSettings, saveSettings, toPublicSettings, type SettingsPatch } from '../../settings';

export const settingsHandlers: Handlers = {
  'settings/get': async () => toPublicSettings(await loadSettings()),
  'settings/save': async (request) => {
    const patch = request as SettingsPatch;
    const before = await loadSettings();
    const saved = await saveSettings(patch);
    // New keys or a new address: the office's last outcome no longer says anything about them.
    for (const office of Object.keys(patch.offices ?? {}) as OfficeId[]) {
      const [was, is] = [before.offices[office], saved.offices[office]];
      if (JSON.stringify(was.credentials) !== JSON.stringify(is.credentials) || (was.baseUrl ?? '') !== (is.baseUrl ?? '')) await officeHealth().forget(office);
    }
    return toPublicSettings(saved);
  },
};
