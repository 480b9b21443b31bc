import path from 'node:path';
import type { Page } from 'playwright-core';
import type { OfficeId, OfficeSettings, TestHook, WatchHook } from '../../lib/model/contracts';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { startStaticServer, type StaticServer } from '../support/static-server';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const e2eBuildDir = path.join(repoRoot, '.output/chrome-mv3-e2e');
/** Production code with loopback host access (wxt.config.ts `sandbox` mode): for probes that must not rely on the test hook. */
export const sandboxBuildDir = path.join(repoRoot, '.output/chrome-mv3-sandbox');

/** The C2 members that are functions (`watch` is an object of its own). */
type HookCalls = Omit<TestHook, 'watch'>;

export interface Harness extends LaunchedExtension {
  /** Call a member of contract C2 (globalThis.__patentpeek) inside the service worker. */
  hook<K extends keyof HookCalls>(name: K, ...args: Parameters<HookCalls[K]>): Promise<Awaited<ReturnType<HookCalls[K]>>>;
  /** Call a member of C2 `watch` inside the service worker. */
  watch<K extends keyof WatchHook>(name: K, ...args: Parameters<WatchHook[K]>): Promise<Awaited<ReturnType<WatchHook[K]>>>;
  /** Which C2 members the e2e build exposes. */
  hookMembers(): Promise<string[]>;
  /** Open an extension page (popup.html, sidepanel.html, options.html) in a tab. */
  openExtensionPage(file: string): Promise<Page>;
  /** Serves ../shared/pages under /pages/ and test pages added with put(). */
  pages: StaticServer;
}

/** Launch Chromium with the e2e build and a loopback page server. */
export async function startHarness(extensionDir = e2eBuildDir): Promise<Harness> {
  const extension = await launchExtension({ extensionDir });
  const pages = await startStaticServer({ '/pages/': path.join(sharedDir, 'pages') });
  return {
    ...extension,
    pages,
    async hook(name, ...args) {
      const worker = await extension.serviceWorker();
      return worker.evaluate(
        async ([member, memberArgs]) => {
          const hook = (globalThis as unknown as { __patentpeek?: Record<string, (...a: unknown[]) => unknown> }).__patentpeek;
          if (!hook?.[member]) throw new Error(`__patentpeek.${member} is not available`);
          return hook[member](...memberArgs);
        },
        [name, args] as [string, unknown[]],
      ) as never;
    },
    async watch(name, ...args) {
      const worker = await extension.serviceWorker();
      return worker.evaluate(
        async ([member, memberArgs]) => {
          const watch = (globalThis as unknown as { __patentpeek?: { watch?: Record<string, (...a: unknown[]) => unknown> } }).__patentpeek?.watch;
          if (!watch?.[member]) throw new Error(`__patentpeek.watch.${member} is not available`);
          return watch[member](...memberArgs);
        },
        [name, args] as [string, unknown[]],
      ) as never;
    },
    async hookMembers() {
      const worker = await extension.serviceWorker();
      return worker.evaluate(() => Object.keys((globalThis as unknown as { __patentpeek?: object }).__patentpeek ?? {}).sort());
    },
    async openExtensionPage(file) {
      const page = await extension.context.newPage();
      await page.goto(`chrome-extension://${extension.extensionId}/${file}`);
      return page;
    },
    async close() {
      await extension.close();
      await pages.close();
    },
  };
}

/** Point offices at a sandbox base URL with the sandbox's credentials (contract C2 configure). */
export function sandboxOffices(baseUrl: string, credentials: Partial<Record<OfficeId, Record<string, string>>>): { offices: Partial<Record<OfficeId, OfficeSettings>> } {
  const offices: Partial<Record<OfficeId, OfficeSettings>> = {};
  for (const [id, creds] of Object.entries(credentials) as [OfficeId, Record<string, string>][]) {
    offices[id] = { enabled: true, baseUrl: `${baseUrl}/${id}`, credentials: creds };
  }
  return { offices };
}
