import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findChrome, installHint } from './find-chrome';

export interface LaunchedExtension {
  context: BrowserContext;
  /** The extension's service worker (re-fetched if Chrome restarted it). */
  serviceWorker(): Promise<Worker>;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir: string;
  headed?: boolean;
  viewport?: { width: number; height: number };
  /** The browser's UI language (the extension's _locales follow it), e.g. 'ja'. */
  lang?: string;
}

/** Start Chrome/Chromium with one unpacked extension in a throw-away profile. */
export async function launchExtension({ extensionDir, headed = false, viewport, lang }: LaunchOptions): Promise<LaunchedExtension> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(`No Chrome or Chromium found. ${installHint()}`);
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'patentpeek-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: !headed,
    viewport: viewport ?? { width: 1280, height: 900 },
    ...(lang && { locale: lang, env: { ...process.env, LANGUAGE: lang, LANG: `${lang}_JP.UTF-8` } }),
    args: [
      ...(lang ? [`--lang=${lang}`] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Root on CI machines cannot use the sandbox; the closed network refuses Google's background calls.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const serviceWorker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return live ?? context.waitForEvent('serviceworker', { timeout: 20_000 });
  };
  const worker = await serviceWorker();
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    serviceWorker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
