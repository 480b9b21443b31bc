import type { OfficeId } from '../model/contracts';
import type { OfficeMeta } from './office-meta';
import { jpoMeta } from './jpo/meta';
import { epoOpsMeta } from './epo-ops/meta';
import { usptoOdpMeta } from './uspto-odp/meta';
import { kiprisMeta } from './kipris/meta';
import { tipoMeta } from './tipo/meta';
import { lensMeta } from './lens/meta';
import { pearlMeta } from './pearl/meta';

/** Every office the product knows, in display order. Adding an office adds one line here. */
export const officeMetas: readonly OfficeMeta[] = [jpoMeta, epoOpsMeta, usptoOdpMeta, kiprisMeta, tipoMeta, lensMeta, pearlMeta];

export const officeIds: readonly OfficeId[] = officeMetas.map((m) => m.id);

export function officeMeta(id: OfficeId): OfficeMeta {
  const meta = officeMetas.find((m) => m.id === id);
  if (!meta) throw new Error(`unknown office ${id}`);
  return meta;
}

export function isOfficeId(value: unknown): value is OfficeId {
  return typeof value === 'string' && (officeIds as readonly string[]).includes(value);
}
