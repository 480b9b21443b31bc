import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';

/** For component tests: the real English messages behind browser.i18n, with Chrome's $1 substitution. */
export function useEnglishMessages(): void {
  const messages = en as Record<string, { message: string }>;
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
}
