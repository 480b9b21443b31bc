import type { OfficeId } from '../model/contracts';
import { officeIds } from '../offices/metas';

export const SETTINGS_VERSION = 2;

export interface StoredOfficeSettings {
  enabled: boolean;
  /** Absent = the office's real URL (lib/offices/<id>/meta.ts). */
  baseUrl?: string;
  /** Field name → value; only the background reads these. */
  credentials: Record<string, string>;
}

export interface Settings {
  schemaVersion: typeof SETTINGS_VERSION;
  offices: Record<OfficeId, StoredOfficeSettings>;
  sites: {
    /** Global switch from the popup. */
    enabled: boolean;
    /** Hosts where the user turned PatentPeek off. */
    disabledHosts: string[];
  };
  ui: { hoverDelayMs: number };
  /** OPS fair-use budget per week that the quota ledger stops at (API-NOTES §2: 4 GB free). */
  opsWeeklyLimitBytes: number;
  /** KIPRIS Plus calls per month the ledger stops at (free tier 1,000; paid plans more). */
  kiprisMonthlyCalls: number;
  /** Watchlists: the share of each office's allowance a scheduled run may spend (0–1). */
  watch: { quotaShare: number };
  /** On-page detection: JP design and trademark numbers too (issue 17 §4; off by default, they are not patents). */
  detection: { rights: boolean };
}

export function defaultSettings(): Settings {
  return {
    schemaVersion: SETTINGS_VERSION,
    offices: Object.fromEntries(officeIds.map((id) => [id, { enabled: true, credentials: {} }])) as Record<OfficeId, StoredOfficeSettings>,
    sites: { enabled: true, disabledHosts: [] },
    ui: { hoverDelayMs: 300 },
    opsWeeklyLimitBytes: 4 * 1024 ** 3,
    kiprisMonthlyCalls: 1000,
    watch: { quotaShare: 0.5 },
    detection: { rights: false },
  };
}
