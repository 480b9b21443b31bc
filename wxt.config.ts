import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { officeMetas } from './lib/offices/metas';

// The e2e build must be the production build plus the C2 test hook. WXT sets NODE_ENV to the
// mode name ('e2e'), which would switch Preact to its development JSX runtime and devtools.
if (process.env.NODE_ENV === 'e2e' || process.env.NODE_ENV === 'sandbox') process.env.NODE_ENV = 'production';

/**
 * Least privilege (issue 16 §6): the service worker talks to the offices' API hosts only, so those
 * are the host permissions. A custom API address (Options → Advanced) is asked for at run time
 * (optional host permissions, components/options/host-access.tsx). The two test builds — `e2e`
 * (with the C2 hook) and `sandbox` (production code, for `npm run demo` and the hostile-page
 * suite) — also reach the bundled sandbox office server on loopback, as no test can click a
 * permission prompt. Content scripts keep their page matches: they read pages, they fetch nothing.
 */
const officeHosts = [...new Set(officeMetas.map((m) => m.hostPattern))];
const loopback = ['http://127.0.0.1/*', 'http://localhost/*'];
const testBuild = (mode: string) => mode === 'e2e' || mode === 'sandbox';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Notifications are asked for when the first watchlist is made (optional); the test builds hold them
    // from the start, as no test can click the permission prompt.
    permissions: ['storage', 'contextMenus', 'unlimitedStorage', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel']), ...(testBuild(mode) ? ['notifications'] : [])],
    host_permissions: [...officeHosts, ...(testBuild(mode) ? loopback : [])],
    // Firefox's MV2 manifest lists optional hosts with the optional permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*', ...(testBuild(mode) ? [] : ['notifications'])] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'], ...(testBuild(mode) ? {} : { optional_permissions: ['notifications'] }) }),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'patentpeek@patentpeek.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : { minimum_chrome_version: '116' }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
