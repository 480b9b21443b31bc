import { i18n } from '../../lib/i18n';

/** A language code in the UI language's words (ja → 日本語 / Japanese); unknown codes as written. */
export function languageName(code: string): string {
  const name = i18n(`lang_${code}`);
  return name === `lang_${code}` ? code.toUpperCase() : name;
}
