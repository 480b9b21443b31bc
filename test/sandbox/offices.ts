// Every office the sandbox answers for, each built fresh per server (own tokens and counters).
// PEARL's replies are all reconstructed (no PEARL response was ever recorded, API-NOTES-2.md §4); its
// module and fixture say so.
import { createEpoOpsSandbox } from '../../lib/offices/epo-ops/sandbox';
import { createJpoSandbox } from '../../lib/offices/jpo/sandbox';
import { createKiprisSandbox } from '../../lib/offices/kipris/sandbox';
import { createLensSandbox } from '../../lib/offices/lens/sandbox';
import { createPearlSandbox } from '../../lib/offices/pearl/sandbox';
import { createTipoSandbox } from '../../lib/offices/tipo/sandbox';
import { createUsptoOdpSandbox } from '../../lib/offices/uspto-odp/sandbox';
import { sandboxCredentials } from './credentials';
import type { Clock, OfficeSandbox } from './kit';

export function createOfficeSandboxes(now: Clock): OfficeSandbox[] {
  const c = sandboxCredentials;
  return [
    createJpoSandbox(c.jpo, now),
    createEpoOpsSandbox(c['epo-ops'], now),
    createUsptoOdpSandbox(c['uspto-odp']),
    createKiprisSandbox(c.kipris),
    createTipoSandbox(c.tipo),
    createLensSandbox(c.lens),
    createPearlSandbox(c.pearl, now),
  ];
}
