export { loadSettings, saveSettings, onSettingsChanged, applyPatch, type SettingsPatch } from './store';
export { defaultSettings, SETTINGS_VERSION, type Settings, type StoredOfficeSettings } from './schema';
export { migrateSettings } from './migrations';
export { toPublicSettings } from './public-view';
