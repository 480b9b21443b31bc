/**
 * The Firefox side of the real-browser tests (issue 14): the `.output/firefox-mv2-e2e` add-on in
 * firefox-esr over WebDriver BiDi (scripts/launch-firefox.ts), and the C2 hook reached in its
 * background page through an extension page (runtime.getBackgroundPage — the MV2 background is a page).
 */
import path from 'node:path';
import { EXTENSION_ORIGIN, type FirefoxSession, launchFirefox } from '../../scripts/launch-firefox';

export { EXTENSION_ORIGIN, firefoxBinary } from '../../scripts/launch-firefox';

const root = path.resolve(import.meta.dirname, '../..');

export interface FirefoxHarness extends FirefoxSession {
  /** A C2 hook member in the background page, as the Chromium tests' `hook`. */
  hook<T = unknown>(name: string, ...args: unknown[]): Promise<T>;
}

export async function startFirefox(): Promise<FirefoxHarness> {
  const session = await launchFirefox(path.join(root, '.output/firefox-mv2-e2e'));
  let hookTab: string | undefined;
  return {
    ...session,
    async hook<T>(name: string, ...args: unknown[]): Promise<T> {
      hookTab ??= await session.open(`${EXTENSION_ORIGIN}/popup.html`);
      const [object, member] = name.includes('.') ? name.split('.') : [undefined, name];
      const target = object ? `bg.__patentpeek.${object}` : 'bg.__patentpeek';
      return session.evaluate<T>(hookTab, `const bg = await browser.runtime.getBackgroundPage(); return ${target}[${JSON.stringify(member)}](...${JSON.stringify(args)});`);
    },
  };
}
