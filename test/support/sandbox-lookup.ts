import type { OfficeId } from '../../lib/model/contracts';
import { parseNumber } from '../../lib/numbers';
import { providerOf, providers } from '../../lib/offices';
import { defaultRouteRules } from '../../lib/offices/routing';
import { createLookupService, type LookupService } from '../../lib/lookup/lookup-service';
import { createResponseCache } from '../../lib/transport/cache';
import { createNetworkLog } from '../../lib/transport/network-log';
import { createOfficePipeline, type OfficePipeline } from '../../lib/transport/pipeline';
import { createQuotaLedger } from '../../lib/transport/quota-ledger';
import { memoryStore } from '../../lib/transport/storage-area';
import { sandboxCredentials } from '../sandbox/credentials';
import type { Sandbox } from '../sandbox/server';

let databases = 0;

/**
 * The real lookup service over the real pipelines, pointed at the sandbox office server, for the
 * offices given (the others have no keys) — the background's wiring without a browser. One cache and
 * one quota ledger, as in the service worker; no real waiting.
 */
export function sandboxLookup(sandbox: Sandbox, offices: readonly OfficeId[], opts: { now?: () => number } = {}): { lookup: LookupService; pipelineOf(office: OfficeId): OfficePipeline } {
  const cache = createResponseCache({ dbName: `lookup-sandbox-${++databases}`, ...(opts.now && { now: opts.now }) });
  const ledger = createQuotaLedger(memoryStore(), opts.now);
  const log = createNetworkLog();
  const tokenStore = memoryStore();
  const pipelines = new Map<OfficeId, OfficePipeline>();
  const credentialsOf = (office: OfficeId): Record<string, string> => (offices.includes(office) ? { ...sandboxCredentials[office] } : {});
  const pipelineOf = (office: OfficeId): OfficePipeline => {
    let p = pipelines.get(office);
    if (!p) {
      p = createOfficePipeline({
        provider: providerOf(office)!,
        settings: async () => ({ baseUrl: `${sandbox.baseUrl}/${office}`, credentials: credentialsOf(office) }),
        cache,
        ledger,
        log,
        tokenStore,
        sleep: async () => {},
        ...(opts.now && { now: opts.now }),
      });
      pipelines.set(office, p);
    }
    return p;
  };
  const lookup = createLookupService({
    providers,
    pipelineOf,
    officeSettings: async (office) => ({ enabled: true, configured: offices.includes(office) }),
    routeRules: async () => [...defaultRouteRules],
    parse: (text) => parseNumber(text),
    statusLabel: (state) => state,
    lang: () => 'en',
  });
  return { lookup, pipelineOf };
}
