import { describe, expect, it } from 'vitest';
import { migrateSettings, type SettingsV1 } from './migrations';
import { defaultSettings, SETTINGS_VERSION } from './schema';

describe('migrateSettings', () => {
  it('starts from defaults when nothing is stored', () => {
    expect(migrateSettings(undefined)).toEqual(defaultSettings());
  });

  it('upgrades a 0.0.x (version 1) object without losing a key, a switch or a site', () => {
    const v1: SettingsV1 = {
      version: 1,
      keys: { jpoId: 'me', jpoPassword: 'pw', opsKey: 'ck', opsSecret: 'cs', usptoKey: 'uk', kiprisKey: 'kk', tipoToken: 'tt', lensToken: 'lt' },
      disabledOffices: ['lens'],
      disabledSites: ['mail.example.com'],
      hoverDelay: 450,
    };
    const upgraded = migrateSettings(v1);
    expect(upgraded.schemaVersion).toBe(SETTINGS_VERSION);
    expect(upgraded.offices.jpo.credentials).toEqual({ id: 'me', password: 'pw' });
    expect(upgraded.offices['epo-ops'].credentials).toEqual({ key: 'ck', secret: 'cs' });
    expect(upgraded.offices['uspto-odp'].credentials).toEqual({ apiKey: 'uk' });
    expect(upgraded.offices.kipris.credentials).toEqual({ accessKey: 'kk' });
    expect(upgraded.offices.tipo.credentials).toEqual({ token: 'tt' });
    expect(upgraded.offices.lens).toEqual({ enabled: false, credentials: { token: 'lt' } });
    expect(upgraded.sites.disabledHosts).toEqual(['mail.example.com']);
    expect(upgraded.ui.hoverDelayMs).toBe(450);
  });

  it('fills fields added since a current-version object was stored', () => {
    const stored = { schemaVersion: 2, offices: { jpo: { enabled: false, credentials: { id: 'x' } } } };
    const migrated = migrateSettings(stored);
    expect(migrated.offices.jpo).toEqual({ enabled: false, credentials: { id: 'x' } });
    expect(migrated.offices['epo-ops']).toEqual({ enabled: true, credentials: {} });
    expect(migrated.sites).toEqual({ enabled: true, disabledHosts: [] });
    expect(migrated.opsWeeklyLimitBytes).toBe(4 * 1024 ** 3);
  });
});
