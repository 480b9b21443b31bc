import type { OfficeId } from '../model/contracts';
import { isOfficeId } from './metas';

/**
 * Which offices answer which numbers, in the order they are asked: the first office that has a
 * capability answers it; when it fails (no key, quota spent, office down, not found) the next one is
 * asked. Data, so the user can reorder it in options. The national office comes first for its own
 * numbers (richest status: JPO status and divisionals, ODP transactions), EPO OPS (INPADOC, worldwide
 * coverage) after it and first for everything else.
 */
export interface RouteRule {
  /** ST.3 country code of the numbering office ('WO' for PCT), or '*' for every other country. */
  country: string;
  offices: OfficeId[];
}

export const defaultRouteRules: readonly RouteRule[] = [
  { country: 'JP', offices: ['jpo', 'epo-ops', 'lens'] },
  { country: 'EP', offices: ['epo-ops', 'lens'] },
  { country: 'WO', offices: ['epo-ops', 'jpo'] },
  { country: 'US', offices: ['uspto-odp', 'epo-ops', 'lens'] },
  { country: 'KR', offices: ['kipris', 'epo-ops'] },
  { country: 'TW', offices: ['tipo', 'epo-ops', 'lens'] },
  { country: '*', offices: ['epo-ops', 'lens'] },
];

/** The offices to ask for one country, in order. */
export function officesFor(country: string, rules: readonly RouteRule[]): OfficeId[] {
  const rule = rules.find((r) => r.country === country.toUpperCase()) ?? rules.find((r) => r.country === '*');
  return rule ? [...rule.offices] : [];
}

/** Keep only well-formed rules (stored data may be old or edited); fall back to the defaults. */
export function sanitizeRouteRules(value: unknown): RouteRule[] {
  if (!Array.isArray(value)) return defaultRouteRules.map((r) => ({ ...r, offices: [...r.offices] }));
  const rules: RouteRule[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) continue;
    const { country, offices } = item as { country?: unknown; offices?: unknown };
    if (typeof country !== 'string' || !/^([A-Z]{2}|\*)$/.test(country) || !Array.isArray(offices)) continue;
    const ids = [...new Set(offices.filter(isOfficeId))];
    if (!rules.some((r) => r.country === country)) rules.push({ country, offices: ids });
  }
  if (!rules.some((r) => r.country === '*')) rules.push({ country: '*', offices: ['epo-ops'] });
  return rules;
}
