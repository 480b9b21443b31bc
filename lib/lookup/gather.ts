/**
 * Fan one reference out to the offices on its route and collect what they answer.
 *
 * Each wanted capability goes to the first office on the route that declares it; offices run in
 * parallel. When an office fails (no key, quota spent, rate limited, down, not found …) the
 * capabilities it was asked for go to the next office on the route in another round. So a JP number
 * asks JPO for status/biblio/related and EPO OPS for the family at the same time, and falls back to
 * OPS for everything when JPO's quota is spent. Every office asked gets one SourceOutcome.
 */
import type { OfficeId, SourceOutcome } from '../model/contracts';
import type { Capability, OfficeProvider, OfficeResponse, ProviderContext, ProviderResult } from '../offices/provider';
import type { PatentRef } from '../numbers';
import type { OfficeErrorData } from '../transport/errors';
import { failedOutcome, outcomeOfData } from './to-contract';

/** ProviderResult key holding each capability. */
const FIELD: Record<Capability, keyof ProviderResult | undefined> = {
  status: 'status',
  biblio: 'biblio',
  family: 'family',
  legal: 'legal',
  citations: 'citations',
  classification: 'classifications',
  related: 'related',
  documents: 'documents',
  search: undefined,
};

export interface OfficeRunner {
  provider: OfficeProvider;
  context(): ProviderContext;
}

export interface Gathered {
  result: ProviderResult;
  sources: SourceOutcome[];
}

/** Wrap a context so stale replies (served because a refresh failed) are noticed. */
function watchStale(ctx: ProviderContext): { ctx: ProviderContext; staleBecause: () => OfficeErrorData | undefined } {
  let reason: OfficeErrorData | undefined;
  return {
    ctx: {
      ...ctx,
      async request<T>(req: Parameters<ProviderContext['request']>[0]) {
        const res = (await ctx.request<T>(req)) as OfficeResponse<T>;
        if (res.stale && res.staleBecause) reason ??= res.staleBecause;
        return res;
      },
    },
    staleBecause: () => reason,
  };
}

export async function gather(ref: PatentRef, route: readonly OfficeRunner[], want: readonly Capability[]): Promise<Gathered> {
  const result: ProviderResult = {};
  const outcomes = new Map<OfficeId, SourceOutcome>();
  const failed = new Set<OfficeId>();
  const askedFor = new Map<OfficeId, Set<Capability>>();
  let open = want.filter((c) => FIELD[c] !== undefined);

  while (open.length > 0) {
    const plan = new Map<OfficeRunner, Capability[]>();
    for (const capability of open) {
      const runner = route.find(
        (r) => !failed.has(r.provider.id) && !askedFor.get(r.provider.id)?.has(capability) && r.provider.capabilities.includes(capability),
      );
      if (runner) plan.set(runner, [...(plan.get(runner) ?? []), capability]);
    }
    if (plan.size === 0) break;
    const answered = new Set<Capability>();
    await Promise.all(
      [...plan].map(async ([runner, capabilities]) => {
        const office = runner.provider.id;
        const asked = askedFor.get(office) ?? new Set<Capability>();
        capabilities.forEach((c) => asked.add(c));
        askedFor.set(office, asked);
        const watched = watchStale(runner.context());
        try {
          const answer = await runner.provider.lookup(ref, capabilities, watched.ctx);
          for (const capability of capabilities) {
            const field = FIELD[capability] as keyof ProviderResult;
            if (answer[field] !== undefined && result[field] === undefined) (result as Record<string, unknown>)[field] = answer[field];
            answered.add(capability);
          }
          const stale = watched.staleBecause();
          // Data is shown (with its "as of"), but the office did not answer this time: say why.
          if (stale) outcomes.set(office, outcomeOfData(office, stale));
          else if (!outcomes.has(office)) outcomes.set(office, { office, ok: true });
        } catch (error) {
          failed.add(office);
          outcomes.set(office, failedOutcome(office, error));
        }
      }),
    );
    open = open.filter((c) => !answered.has(c));
  }
  // One outcome per office asked, in route order whatever order the parallel calls finished in.
  const sources = route.map((r) => outcomes.get(r.provider.id)).filter((o): o is SourceOutcome => o !== undefined);
  return { result, sources };
}
