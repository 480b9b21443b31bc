import type { OfficeId } from '../model/contracts';
import { SETTINGS_VERSION, defaultSettings, type Settings } from './schema';

/**
 * Settings as the 0.0.x previews stored them (schema version 1): one flat bag of keys and a list
 * of disabled sites. Kept so that an upgrade never loses a key the user typed.
 */
export interface SettingsV1 {
  version: 1;
  keys?: Partial<{
    jpoId: string;
    jpoPassword: string;
    opsKey: string;
    opsSecret: string;
    usptoKey: string;
    kiprisKey: string;
    tipoToken: string;
    lensToken: string;
  }>;
  disabledOffices?: string[];
  disabledSites?: string[];
  hoverDelay?: number;
}

const v1KeyMap: Record<keyof NonNullable<SettingsV1['keys']>, [OfficeId, string]> = {
  jpoId: ['jpo', 'id'],
  jpoPassword: ['jpo', 'password'],
  opsKey: ['epo-ops', 'key'],
  opsSecret: ['epo-ops', 'secret'],
  usptoKey: ['uspto-odp', 'apiKey'],
  kiprisKey: ['kipris', 'accessKey'],
  tipoToken: ['tipo', 'token'],
  lensToken: ['lens', 'token'],
};

function fromV1(old: SettingsV1): Settings {
  const next = defaultSettings();
  for (const [field, value] of Object.entries(old.keys ?? {})) {
    const target = v1KeyMap[field as keyof typeof v1KeyMap];
    if (target && typeof value === 'string' && value) next.offices[target[0]].credentials[target[1]] = value;
  }
  for (const id of old.disabledOffices ?? []) {
    if (id in next.offices) next.offices[id as OfficeId].enabled = false;
  }
  next.sites.disabledHosts = [...(old.disabledSites ?? [])];
  if (typeof old.hoverDelay === 'number') next.ui.hoverDelayMs = old.hoverDelay;
  return next;
}

/**
 * Bring any stored settings object up to the current schema. Unknown future versions are kept as
 * they are (a downgrade must not wipe keys); missing fields are filled from the defaults.
 */
export function migrateSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return defaultSettings();
  const record = stored as Record<string, unknown>;
  if (record.version === 1) return fromV1(stored as SettingsV1);
  return fillDefaults(record as Partial<Settings>);
}

/** Deep-merge a stored current-version object over the defaults so newly added fields get values. */
function fillDefaults(stored: Partial<Settings>): Settings {
  const defaults = defaultSettings();
  const offices = { ...defaults.offices };
  for (const [id, office] of Object.entries(stored.offices ?? {})) {
    offices[id as OfficeId] = { ...defaults.offices[id as OfficeId], ...office, credentials: { ...office.credentials } };
  }
  return {
    ...defaults,
    ...stored,
    schemaVersion: (stored.schemaVersion ?? SETTINGS_VERSION) as typeof SETTINGS_VERSION,
    offices,
    sites: { ...defaults.sites, ...stored.sites },
    ui: { ...defaults.ui, ...stored.ui },
    watch: { ...defaults.watch, ...stored.watch },
    detection: { ...defaults.detection, ...stored.detection },
  };
}
