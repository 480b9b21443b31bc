// @vitest-environment node
// Saved-search runners against the sandbox (recorded replies): one page of hits per office.
import { describe, expect, it } from 'vitest';
import { useSandbox } from '../../test/unit/sandbox-helpers';
import { sandboxContext } from '../../test/support/sandbox-pipeline';
import { sandboxCredentials } from '../../test/sandbox/credentials';
import { epoOpsProvider } from '../offices/epo-ops/provider';
import { lensProvider } from '../offices/lens/provider';
import { usptoOdpProvider } from '../offices/uspto-odp/provider';
import { hitKey, runSearch } from './saved-search';

const { sb } = useSandbox();

describe('runSearch', () => {
  it('OPS: the first page of the CQL query, with the total OPS reports', async () => {
    const page = await runSearch('epo-ops', 'ti=battery', sandboxContext(sb(), epoOpsProvider, sandboxCredentials['epo-ops']));
    expect(page.total).toBe(10000);
    expect(page.hits.map((h) => hitKey(h.ref))).toEqual(['HR.P20251003.T1', 'AU.2025202342.A1', 'AU.2024264446.A1', expect.any(String), expect.any(String)]);
  });

  it('Lens: the records of the query as references, with their titles', async () => {
    const page = await runSearch('lens', 'EP2471949', sandboxContext(sb(), lensProvider, sandboxCredentials.lens));
    expect(page.hits.map((h) => hitKey(h.ref))).toContain('EP.2471949.A1');
    expect(page.total).toBeGreaterThanOrEqual(1);
  });

  it('ODP: the applications a query finds', async () => {
    const page = await runSearch('uspto-odp', 'applicationMetaData.patentNumber:10765880', sandboxContext(sb(), usptoOdpProvider, sandboxCredentials['uspto-odp']));
    expect(page.hits.map((h) => h.ref.country)).toEqual(['US']);
    expect(page.hits[0]!.ref.type).toBe('application');
  });

  it('a query without hits is zero hits, not an error (OPS 404, ODP 404)', async () => {
    expect(await runSearch('epo-ops', 'ti=nothing-at-all', sandboxContext(sb(), epoOpsProvider, sandboxCredentials['epo-ops']))).toEqual({ total: 0, hits: [] });
    expect(await runSearch('uspto-odp', 'applicationMetaData.inventionTitle:nothing', sandboxContext(sb(), usptoOdpProvider, sandboxCredentials['uspto-odp']))).toEqual({ total: 0, hits: [] });
  });
});
