/**
 * Debian's firefox-esr, headless, with a fresh profile, and an add-on build installed over WebDriver
 * BiDi as a temporary add-on — for the Firefox tests (test/e2e-firefox) and `npm run demo -- --browser
 * firefox`. The add-on's UUID is fixed in the profile so its pages have a known address.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Bidi } from './bidi';

export const ADDON_ID = 'patentpeek@patentpeek.dev';
const UUID = '6f1d1c6e-2a7b-4c57-9a3e-0c0de0000001';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

export function firefoxBinary(): string {
  return process.env.FIREFOX_PATH ?? 'firefox-esr';
}

type Remote = { type: string; value?: unknown };
interface EvaluateResult { type: 'success' | 'exception'; result?: Remote; exceptionDetails?: { text: string } }

export interface FirefoxSession {
  bidi: Bidi;
  /** A new tab at `url`, loaded. Returns its browsing context id. */
  open(url: string): Promise<string>;
  /** Run an async function body returning JSON-able data in a tab; its value. */
  evaluate<T>(context: string, body: string): Promise<T>;
  /** Wait until `check` (an expression) is truthy in a tab; on timeout, say what the page shows. */
  waitFor(context: string, check: string, timeoutMs?: number): Promise<void>;
  /** The hover card's frame in a tab (an extension frame inside the card's closed shadow root), once `ready` is true in it. */
  cardFrame(tab: string, ready: string, timeoutMs?: number): Promise<string>;
  /** Bring a tab to the front (a hidden tab's page is not marked until it is shown). */
  activate(context: string): Promise<void>;
  closeTab(context: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefox(extensionDir: string, { lang }: { lang?: string } = {}): Promise<FirefoxSession> {
  const profile = mkdtempSync(path.join(tmpdir(), 'patentpeek-firefox-'));
  writeFileSync(
    path.join(profile, 'user.js'),
    [
      `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [ADDON_ID]: UUID }))});`,
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("browser.aboutwelcome.enabled", false);',
      ...(lang ? [`user_pref("intl.locale.requested", ${JSON.stringify(lang)});`] : []),
    ].join('\n'),
  );
  const firefox: ChildProcess = spawn(firefoxBinary(), ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not open WebDriver BiDi:\n${seen}`)), 60_000);
    firefox.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    firefox.once('error', reject);
  });
  const bidi = await Bidi.connect(url);
  await bidi.send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });

  const evaluate = async <T>(context: string, body: string): Promise<T> => {
    const r = await bidi.send<EvaluateResult>('script.evaluate', {
      expression: `(async () => JSON.stringify(await (async () => { ${body} })() ?? null))()`,
      target: { context },
      awaitPromise: true,
    });
    if (r.type === 'exception') throw new Error(`In Firefox: ${r.exceptionDetails?.text ?? 'exception'}`);
    return JSON.parse(String(r.result?.value)) as T;
  };
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  return {
    bidi,
    evaluate,
    async waitFor(context, check, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (!(await evaluate<boolean>(context, `return Boolean(${check});`).catch(() => false))) {
        if (Date.now() > deadline) {
          const seen = await evaluate<string>(context, `return document.body.innerText.slice(0, 600);`).catch(() => '');
          throw new Error(`Firefox: timed out waiting for ${check}; the page shows:\n${seen}`);
        }
        await pause(100);
      }
    },
    async cardFrame(tab, ready, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const tree = await bidi.send<{ contexts: { children?: { context: string; url: string }[] }[] }>('browsingContext.getTree', { root: tab });
        const frame = tree.contexts[0]?.children?.find((c) => c.url.startsWith(`${EXTENSION_ORIGIN}/card.html`));
        if (frame && (await evaluate<boolean>(frame.context, `return Boolean(${ready});`).catch(() => false))) return frame.context;
        if (Date.now() > deadline) throw new Error('Firefox: no hover card appeared');
        await pause(100);
      }
    },
    async open(address) {
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await bidi.send('browsingContext.navigate', { context, url: address, wait: 'complete' });
      return context;
    },
    activate: async (context) => void (await bidi.send('browsingContext.activate', { context })),
    closeTab: async (context) => void (await bidi.send('browsingContext.close', { context })),
    async close() {
      bidi.close();
      firefox.kill();
      await new Promise((r) => setTimeout(r, 300));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
