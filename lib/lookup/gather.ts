/**
 * Fan one reference out to the offices on its route and collect what they answer, capability by
 * capability (issue 9 §2).
 *
 * Each wanted capability goes to the first office on the route that declares it; every capability
 * is its own call to the provider, all in parallel, so one failing office call (a 404 for the
 * family, a refused legal call) keeps everything else that arrived. The calls share the office's
 * HTTP replies: the transport cache joins identical requests in flight (JPO's one app_progress
 * answers status, biblio, related and legal). A capability that failed, or that the office had
 * nothing for, goes to the next office on the route that declares it — only that capability. An
 * office-wide failure (no key, bad key, quota spent, rate limited, office down) takes the office off
 * the route for the rest of this lookup. Every office asked gets one SourceReport; every capability
 * left unanswered keeps the reasons, office by office, for its tab.
 */
import type { OfficeId } from '../model/contracts';
import type { Capability, OfficeProvider, OfficeResponse, ProviderContext, ProviderResult } from '../offices/provider';
import type { PatentRef } from '../numbers';
import { NotFound, type OfficeErrorData } from '../transport/errors';
import { failedOutcome, outcomeOfData } from './to-contract';
import type { SourceReport } from './types';

/** ProviderResult key holding each capability. */
const FIELD: Record<Capability, keyof ProviderResult | undefined> = {
  status: 'status',
  biblio: 'biblio',
  family: 'family',
  legal: 'legal',
  procedure: 'procedure',
  citations: 'citations',
  classification: 'classifications',
  related: 'related',
  documents: 'documents',
  texts: 'texts',
  search: undefined,
  terms: undefined,
};

export interface OfficeRunner {
  provider: OfficeProvider;
  context(): ProviderContext;
}

/** Why a capability has no answer: one line per office asked for it. */
export type CapabilityGaps = Partial<Record<Capability, SourceReport[]>>;

export interface Gathered {
  result: ProviderResult;
  sources: SourceReport[];
  gaps: CapabilityGaps;
}

/** Failures that say nothing about one capability: the office will not answer anything now. */
const OFFICE_WIDE = new Set(['no-credentials', 'auth', 'quota', 'rate-limit', 'office-down']);

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

interface Attempt {
  office: OfficeId;
  capability: Capability;
  answered: boolean;
  failure?: SourceReport;
  stale?: OfficeErrorData;
}

async function ask(ref: PatentRef, runner: OfficeRunner, capability: Capability): Promise<{ attempt: Attempt; value?: unknown }> {
  const office = runner.provider.id;
  const field = FIELD[capability] as keyof ProviderResult;
  const watched = watchStale(runner.context());
  try {
    const answer = await runner.provider.lookup(ref, [capability], watched.ctx);
    const value = answer[field];
    const stale = watched.staleBecause();
    if (value !== undefined) return { attempt: { office, capability, answered: true, ...(stale && { stale }) }, value };
    const none = new NotFound(office, `${office} has no ${capability} for this number`);
    return { attempt: { office, capability, answered: false, failure: failedOutcome(office, none) } };
  } catch (error) {
    return { attempt: { office, capability, answered: false, failure: failedOutcome(office, error) } };
  }
}

export async function gather(ref: PatentRef, route: readonly OfficeRunner[], want: readonly Capability[]): Promise<Gathered> {
  const result: ProviderResult = {};
  const attempts: Attempt[] = [];
  const offDuty = new Set<OfficeId>();
  let open = want.filter((c) => FIELD[c] !== undefined);

  while (open.length > 0) {
    const plan: [OfficeRunner, Capability][] = [];
    for (const capability of open) {
      const runner = route.find(
        (r) =>
          !offDuty.has(r.provider.id) &&
          r.provider.capabilities.includes(capability) &&
          !attempts.some((a) => a.office === r.provider.id && a.capability === capability),
      );
      if (runner) plan.push([runner, capability]);
    }
    if (plan.length === 0) break;
    const round = await Promise.all(plan.map(([runner, capability]) => ask(ref, runner, capability)));
    for (const { attempt, value } of round) {
      attempts.push(attempt);
      if (attempt.answered) (result as Record<string, unknown>)[FIELD[attempt.capability] as string] = value;
      else if (attempt.failure?.error && OFFICE_WIDE.has(attempt.failure.error.kind)) offDuty.add(attempt.office);
    }
    open = open.filter((c) => !round.some((r) => r.attempt.capability === c && r.attempt.answered));
  }

  const gaps: CapabilityGaps = {};
  for (const capability of open) {
    const reasons = attempts.filter((a) => a.capability === capability && a.failure).map((a) => a.failure!);
    if (reasons.length) gaps[capability] = reasons;
  }
  // One outcome per office asked, in route order whatever order the parallel calls finished in.
  const sources = route
    .map((r) => outcomeOf(r.provider.id, attempts.filter((a) => a.office === r.provider.id)))
    .filter((o): o is SourceReport => o !== undefined);
  return { result, sources, gaps };
}

/**
 * An office's outcome: ok when it answered anything (a stale answer says why it is stale); else its
 * failure — the first office-wide one, or the first of its capability failures.
 */
function outcomeOf(office: OfficeId, mine: Attempt[]): SourceReport | undefined {
  if (mine.length === 0) return undefined;
  const answered = mine.filter((a) => a.answered).map((a) => a.capability);
  const failed = mine.filter((a) => a.failure);
  const capabilities = {
    answered,
    ...(failed.length > 0 && { missing: failed.map((a) => ({ capability: a.capability, kind: a.failure!.error!.kind })) }),
  };
  const stale = mine.find((a) => a.stale)?.stale;
  if (answered.length > 0) return { ...(stale ? outcomeOfData(office, stale) : { office, ok: true }), capabilities };
  const first = failed.find((a) => OFFICE_WIDE.has(a.failure!.error!.kind)) ?? failed[0]!;
  return { ...first.failure!, capabilities };
}
