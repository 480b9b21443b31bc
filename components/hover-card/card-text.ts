/** Plain-words labels for the card, from _locales (hover_… keys) and Intl where the browser knows more. */
import type { ErrorKind, NumberType } from '../../lib/model/contracts';
import { i18n, uiLanguage } from '../../lib/i18n';
import type { IndustrialRight } from '../../lib/model/right';

/** "Japan (JP)", "European Patent Office (EP)", "WIPO / PCT (WO)". */
export function countryName(code: string): string {
  if (code === 'EP') return i18n('hover_country_ep');
  if (code === 'WO') return i18n('hover_country_wo');
  try {
    const name = new Intl.DisplayNames([uiLanguage()], { type: 'region' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** "Application", "Patent" …; for a JP design or trademark, which right it is ("Design registration"). */
export function typeName(type: NumberType, right?: IndustrialRight): string {
  return right ? i18n(`hover_type_${right.law}_${type === 'grant' ? 'grant' : 'application'}`) : i18n(`hover_type_${type}`);
}

/** One line per failed office, in plain words, with the reset / retry time when known. */
export function errorText(kind: ErrorKind | 'internal' | string, office: string, extra: { resetsAt?: string; retryAfterSeconds?: number } = {}): string {
  switch (kind) {
    case 'no-credentials':
      return i18n('hover_error_no_credentials', office);
    case 'not-found':
      return i18n('hover_error_not_found', office);
    case 'auth':
      return i18n('hover_error_auth', office);
    case 'quota':
      return extra.resetsAt ? i18n('hover_error_quota_until', [office, formatDateTime(extra.resetsAt)]) : i18n('hover_error_quota', office);
    case 'rate-limit':
      return i18n('hover_error_rate_limit', [office, String(extra.retryAfterSeconds ?? 60)]);
    case 'office-down':
      return i18n('hover_error_office_down', office);
    case 'bad-response':
      return i18n('hover_error_bad_response', office);
    default:
      return i18n('hover_error_internal');
  }
}

export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(uiLanguage(), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
}
