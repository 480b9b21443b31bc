import type { OfficeError } from '../transport/errors';
import type { OfficeRequest, OfficeResponse, ProviderContext } from './provider';

/**
 * One office call whose error replies become the office's typed errors. The pipeline already maps
 * them with the provider's `classify`; checking again here keeps a provider correct wherever its
 * context comes from (unit tests hand it a bare one).
 */
export async function checkedRequest<T>(
  ctx: ProviderContext,
  req: OfficeRequest,
  classify: (res: OfficeResponse, req: OfficeRequest) => OfficeError | undefined,
): Promise<OfficeResponse<T>> {
  const res = await ctx.request<T>(req);
  const err = classify(res, req);
  if (err) throw err;
  return res;
}
