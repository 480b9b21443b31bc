import type { Handlers } from '../../messaging/router';
import { loadSettings, saveSettings, toPublicSettings, type SettingsPatch } from '../../settings';

export const settingsHandlers: Handlers = {
  'settings/get': async () => toPublicSettings(await loadSettings()),
  'settings/save': async (request) => toPublicSettings(await saveSettings(request as SettingsPatch)),
};
