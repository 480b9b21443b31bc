/**
 * The background's single set of office services: one cache, one quota ledger, one network log and
 * one pipeline per registered office, built lazily on first use (a service worker may be woken for
 * a message at any time) and shared by message handlers and the C2 test hook.
 */
import type { OfficeId } from '../model/contracts';
import type { StatusState } from '../model/patent';
import { STATUS_MESSAGE_KEY } from '../model/status-words';
import { i18n, uiLanguage } from '../i18n';
import { parseNumber } from '../numbers';
import { providerOf, providers } from '../offices';
import { loadSettings } from '../settings';
import { createResponseCache } from '../transport/cache';
import { createNetworkLog, type NetworkLog } from '../transport/network-log';
import { hasCredentials } from '../transport/has-credentials';
import { createOfficePipeline, type OfficePipeline } from '../transport/pipeline';
import { createQuotaLedger } from '../transport/quota-ledger';
import { browserStore } from '../transport/storage-area';
import { createLookupService, type LookupService } from './lookup-service';
import { createOfficeHealth, type OfficeHealthStore } from './office-health';
import { loadRouteRules } from './routing-store';

export interface OfficeServices {
  lookup: LookupService;
  networkLog: NetworkLog;
  /** One office's pipeline, for services beside the lookup (PEARL's term search). */
  pipelineOf(office: OfficeId): OfficePipeline;
}

let services: OfficeServices | undefined;
let health: OfficeHealthStore | undefined;

/** One store of the offices' last outcomes for the lookup service and the settings handler. */
export function officeHealth(): OfficeHealthStore {
  return (health ??= createOfficeHealth(browserStore('local')));
}

/** An office's switch and whether its credentials are filled in: routing and the Terms tab read both. */
export async function officeReadiness(office: OfficeId): Promise<{ enabled: boolean; configured: boolean }> {
  const settings = (await loadSettings()).offices[office];
  return { enabled: settings.enabled, configured: hasCredentials(settings.credentials) };
}

export function statusLabel(state: StatusState): string {
  return i18n(STATUS_MESSAGE_KEY[state]);
}

export function officeServices(): OfficeServices {
  if (services) return services;
  const cache = createResponseCache();
  const ledger = createQuotaLedger(browserStore('local'));
  const networkLog = createNetworkLog({ store: browserStore('session') });
  const tokenStore = browserStore('session');
  const pipelines = new Map<OfficeId, OfficePipeline>();

  function pipelineOf(office: OfficeId): OfficePipeline {
    let pipeline = pipelines.get(office);
    if (pipeline) return pipeline;
    const provider = providerOf(office);
    if (!provider) throw new Error(`no provider for ${office}`);
    pipeline = createOfficePipeline({
      provider,
      settings: async () => (await loadSettings()).offices[office],
      weeklyBytesLimit: async () => (provider.limits.weeklyBytes !== undefined ? (await loadSettings()).opsWeeklyLimitBytes : undefined),
      monthlyCallsLimit: async () => (provider.limits.monthly !== undefined ? (await loadSettings()).kiprisMonthlyCalls : undefined),
      cache,
      ledger,
      log: networkLog,
      tokenStore,
    });
    pipelines.set(office, pipeline);
    return pipeline;
  }

  const lookup = createLookupService({
    providers,
    pipelineOf,
    officeSettings: officeReadiness,
    routeRules: () => loadRouteRules(browserStore('local')),
    parse: (text) => parseNumber(text),
    statusLabel,
    lang: uiLanguage,
    health: officeHealth(),
  });
  services = { lookup, networkLog, pipelineOf };
  return services;
}
