import { defineConfig } from 'wxt';
import { EXTENSION_PUBLIC_KEY, PINNED_EXTENSION_ID } from './scripts/lib/extension-id';
import { firefoxManifest, GECKO_ID } from './scripts/lib/firefox-build';
import { manifestLocaleFiles } from './utils/i18n/manifest-locales';

/**
 * Build configuration. Permissions are the least the product needs: the panel
 * is injected on demand (activeTab + scripting) everywhere. On Google Docs only
 * a tiny page-world flag setter is declared (Docs reads its flag while it
 * boots); the host permission lets the background inject the rest there
 * without a click too, when a follow-up reminder reopens a document.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 for every browser, Firefox included (scripts/lib/firefox-build.ts says why).
  manifestVersion: 3,
  // The sources archive addons.mozilla.org asks for (`npm run zip`): what rebuilds the
  // extension (`npm ci && npm run build:firefox`), without the tests and benchmarks.
  zip: {
    excludeSources: ['tests/**', 'bench/**', 'vitest.config.ts'],
  },
  // Every import is written out, so a reader always sees where a name comes from.
  imports: false,
  hooks: {
    // The content script is loaded into every page the panel opens on, so it uses
    // the browser's own promise-based API rather than webextension-polyfill
    // (about 3 KB gzipped), which it does not need: its one runtime listener
    // answers through sendResponse.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const aliases = Object.entries(config.resolve?.alias ?? {});
      config.resolve = {
        ...config.resolve,
        alias: Object.fromEntries(aliases.filter(([from]) => from !== 'wxt/browser')),
      };
    },
    // The browser's own _locales are generated from the interface catalogs.
    'build:publicAssets': (_wxt, files) => {
      files.push(...manifestLocaleFiles());
    },
  },
  vite: (env) => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // Google Docs' page-world scripts must name our id (the flag setter before Docs
    // boots), and the page world has no chrome.runtime.id: the fixed id is compiled in.
    define: {
      __FEEDFORWARD_EXTENSION_ID__: JSON.stringify(
        env.browser === 'firefox' ? GECKO_ID : PINNED_EXTENSION_ID,
      ),
    },
  }),
  manifest: ({ mode, browser }) => {
    const manifest = {
      // Pins the extension id (see scripts/lib/extension-id.ts).
      ...(browser === 'chrome' && { key: EXTENSION_PUBLIC_KEY }),
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['activeTab', 'scripting', 'alarms', 'notifications', 'unlimitedStorage'],
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
    };
    // Firefox's additions and why: scripts/lib/firefox-build.ts.
    return browser === 'firefox' ? firefoxManifest(manifest) : manifest;
  },
});
