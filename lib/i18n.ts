import { browser } from 'wxt/browser';
import type { OfficeId } from './model/contracts';

/**
 * User-facing text comes from public/_locales (en, ja). A missing key shows the key itself, so a
 * gap is visible in the UI and caught by the locale test rather than rendering an empty string.
 */
export function i18n(key: string, substitutions?: string | string[]): string {
  // WXT types getMessage with the generated key list; our keys are checked by the locale test instead.
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string | string[]) => string;
  return getMessage(key, substitutions) || key;
}

/** The UI language we render office data in ('ja' for Japanese browsers, else 'en'). */
export function uiLanguage(): 'en' | 'ja' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/**
 * An office's display name. Built from the id (`epo-ops` → `office_epo_ops`, the nameKey every
 * lib/offices/<id>/meta.ts declares) instead of read from lib/offices/metas, so the hover card,
 * which runs in pages, does not bundle the offices' base URLs and host patterns.
 */
export function officeName(id: OfficeId): string {
  return i18n(`office_${id.replace(/-/g, '_')}`);
}
