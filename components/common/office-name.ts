import type { OfficeId } from '../../lib/model/contracts';
import { i18n } from '../../lib/i18n';

/**
 * An office's display name. Built from the id (`epo-ops` → `office_epo_ops`, the nameKey every
 * lib/offices/<id>/meta.ts declares) instead of read from lib/offices/metas, so the hover card,
 * which runs in pages, does not bundle the offices' base URLs and host patterns.
 */
export function officeName(id: OfficeId): string {
  return i18n(`office_${id.replace(/-/g, '_')}`);
}
