import type { OfficeId } from '../model/contracts';
import { epoOpsProvider } from './epo-ops/provider';
import { jpoProvider } from './jpo/provider';
import { kiprisProvider } from './kipris/provider';
import { lensProvider } from './lens/provider';
import { pearlProvider } from './pearl/provider';
import { tipoProvider } from './tipo/provider';
import { usptoOdpProvider } from './uspto-odp/provider';
import type { OfficeProvider } from './provider';

/**
 * The registry: every office with a provider, one line each (aesthetics.md §17.1). Adding an office
 * is its folder plus one line here; which office answers which number is the rule table in
 * routing.ts, which the user can reorder.
 */
export const providers: readonly OfficeProvider[] = [
  jpoProvider,
  epoOpsProvider,
  usptoOdpProvider,
  kiprisProvider,
  tipoProvider,
  lensProvider,
  pearlProvider,
];

export function providerOf(id: OfficeId): OfficeProvider | undefined {
  return providers.find((p) => p.id === id);
}
