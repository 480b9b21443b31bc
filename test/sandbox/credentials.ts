// Credentials the sandbox accepts, shaped like OfficeSettings.credentials (contract C2). Obviously
// fake: they open nothing but the local sandbox. Anything else gets the office's real rejection.
import type { OfficeId } from '../../lib/model/contracts';

export const sandboxCredentials = {
  jpo: { id: 'sandbox-jpo-id', password: 'sandbox-jpo-password' },
  'epo-ops': { key: 'sandbox-ops-key', secret: 'sandbox-ops-secret' },
  'uspto-odp': { apiKey: 'sandbox-odp-api-key' },
  // Real KIPRIS Plus keys contain '/', '+' and '=' (API-NOTES-2.md §1), so the sandbox key does too:
  // a client that forgets encodeURIComponent gets resultCode 30 here as it would at KIPRIS.
  kipris: { accessKey: 'sandbox/kipris+key=' },
  tipo: { token: 'sandbox-tipo-token' },
  lens: { token: 'sandbox-lens-token' },
  // PEARL has no recorded API (API-NOTES-2.md §4); the sandbox's replies for it are reconstructed.
  pearl: { clientId: 'sandbox-pearl-client-id', clientSecret: 'sandbox-pearl-client-secret' },
} as const satisfies Record<OfficeId, Record<string, string>>;
