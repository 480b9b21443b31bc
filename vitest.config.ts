import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects, one runner: unit tests sit beside the code they test (happy-dom, fake browser,
// fake IndexedDB); real-browser tests live in test/e2e and drive Debian Chromium, and in test/e2e-firefox
// Debian's Firefox ESR over WebDriver BiDi (node environment).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'lib/**/*.test.tsx', 'components/**/*.test.ts', 'components/**/*.test.tsx', 'test/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto'],
          // The marks' stylesheet is read as text (lib/scan/highlighter.ts imports it with ?raw).
          css: { include: [/highlight\.css/] },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e-firefox',
          include: ['test/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['test/e2e-firefox/global-setup.ts'],
        },
      },
    ],
  },
});
