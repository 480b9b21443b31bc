import { browser } from 'wxt/browser';
import type { OfficeId } from '../model/contracts';
import { migrateSettings } from './migrations';
import type { Settings, StoredOfficeSettings } from './schema';

const KEY = 'settings';

/** Read settings, upgrading an older stored shape in place so the upgrade happens once. */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const settings = migrateSettings(stored);
  if (stored === undefined || (stored as { schemaVersion?: number }).schemaVersion !== settings.schemaVersion) {
    await browser.storage.local.set({ [KEY]: settings });
  }
  return settings;
}

export interface SettingsPatch {
  offices?: Partial<Record<OfficeId, Partial<Omit<StoredOfficeSettings, 'credentials'>> & { credentials?: Record<string, string> }>>;
  sites?: Partial<Settings['sites']>;
  ui?: Partial<Settings['ui']>;
  opsWeeklyLimitBytes?: number;
  kiprisMonthlyCalls?: number;
  watch?: Partial<Settings['watch']>;
  detection?: Partial<Settings['detection']>;
}

/** Writes are serialised so two quick saves cannot lose each other's fields. */
let queue: Promise<unknown> = Promise.resolve();

/** Merge a patch; a credential set to '' is removed, an empty baseUrl means "the office's own URL". */
export function saveSettings(patch: SettingsPatch): Promise<Settings> {
  const run = queue.then(async () => {
    const current = await loadSettings();
    const next = applyPatch(current, patch);
    await browser.storage.local.set({ [KEY]: next });
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

export function applyPatch(current: Settings, patch: SettingsPatch): Settings {
  const offices = { ...current.offices };
  for (const [id, change] of Object.entries(patch.offices ?? {}) as [OfficeId, NonNullable<SettingsPatch['offices']>[OfficeId]][]) {
    if (!change || !(id in offices)) continue;
    const office = { ...offices[id], credentials: { ...offices[id].credentials } };
    if (change.enabled !== undefined) office.enabled = change.enabled;
    if (change.baseUrl !== undefined) {
      if (change.baseUrl.trim()) office.baseUrl = change.baseUrl.trim().replace(/\/+$/, '');
      else delete office.baseUrl;
    }
    for (const [field, value] of Object.entries(change.credentials ?? {})) {
      if (value) office.credentials[field] = value;
      else delete office.credentials[field];
    }
    offices[id] = office;
  }
  return {
    ...current,
    offices,
    sites: { ...current.sites, ...patch.sites },
    ui: { ...current.ui, ...patch.ui },
    ...(patch.opsWeeklyLimitBytes !== undefined && { opsWeeklyLimitBytes: patch.opsWeeklyLimitBytes }),
    ...(patch.kiprisMonthlyCalls !== undefined && { kiprisMonthlyCalls: patch.kiprisMonthlyCalls }),
    watch: { ...current.watch, ...patch.watch },
    detection: { ...current.detection, ...patch.detection },
  };
}

/** Subscribe to settings changes made anywhere (options page save, popup toggle). */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[KEY]) listener(migrateSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
