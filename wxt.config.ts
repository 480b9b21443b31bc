import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The e2e build must be the production build plus the C2 test hook. WXT sets NODE_ENV to the
// mode name ('e2e'), which would switch Preact to its development JSX runtime and devtools.
if (process.env.NODE_ENV === 'e2e') process.env.NODE_ENV = 'production';

// Manifest bits only; behaviour lives in lib/ and entrypoints/.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'patentpeek@patentpeek.dev', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : { minimum_chrome_version: '116' }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
