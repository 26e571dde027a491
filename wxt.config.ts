import { defineConfig } from 'wxt';
import { manifestLocaleFiles } from './utils/i18n/manifest-locales';

/**
 * Build configuration. Permissions are the least the product needs: the panel
 * is injected on demand (activeTab + scripting) everywhere except Google Docs,
 * where the content script is declared so it is present from the start.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every import is written out, so a reader always sees where a name comes from.
  imports: false,
  hooks: {
    // The browser's own _locales are generated from the interface catalogs.
    'build:publicAssets': (_wxt, files) => {
      files.push(...manifestLocaleFiles());
    },
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'alarms', 'notifications'],
    host_permissions: ['https://docs.google.com/document/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandToggle__',
      },
    },
    web_accessible_resources: [
      { resources: ['panel.html'], matches: ['<all_urls>'], use_dynamic_url: true },
    ],
    // Production pages may not open any connection at all; the dev server needs its socket.
    ...(mode === 'production' && {
      content_security_policy: {
        extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
      },
    }),
  }),
});
