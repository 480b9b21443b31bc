import type { OfficeProvider, ProviderContext } from '../../lib/offices/provider';
import { createResponseCache } from '../../lib/transport/cache';
import { createNetworkLog } from '../../lib/transport/network-log';
import { createOfficePipeline } from '../../lib/transport/pipeline';
import { createQuotaLedger } from '../../lib/transport/quota-ledger';
import { memoryStore } from '../../lib/transport/storage-area';
import type { Sandbox } from '../sandbox/server';

let databases = 0;

/**
 * A provider context that runs the real transport pipeline against the sandbox office server, with
 * a fresh cache, ledger and token store per call and no real waiting — for provider tests in Node.
 */
export function sandboxContext(sandbox: Sandbox, provider: OfficeProvider, credentials: Record<string, string>): ProviderContext {
  const pipeline = createOfficePipeline({
    provider,
    settings: async () => ({ baseUrl: `${sandbox.baseUrl}/${provider.id}`, credentials }),
    cache: createResponseCache({ dbName: `${provider.id}-sandbox-${++databases}` }),
    ledger: createQuotaLedger(memoryStore()),
    log: createNetworkLog(),
    tokenStore: memoryStore(),
    sleep: async () => {},
  });
  return pipeline.context({ maxWaitMs: 2000, retries: 0 }, 'en');
}
