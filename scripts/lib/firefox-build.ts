/**
 * Everything the Firefox build does differently, in one place (wxt.config.ts
 * applies it when WXT builds with `-b firefox`).
 *
 * Firefox gets Manifest V3 like Chrome rather than WXT's default V2: the
 * product relies on `action`, `scripting.executeScript` into a chosen world,
 * and a page-world content script for Google Docs (`world: 'MAIN'`, which
 * Firefox honours only in Manifest V3, since 128), so one manifest shape
 * serves both browsers. WXT turns the background into an event page
 * (`background.scripts`), which is what Firefox runs for V3.
 *
 * The id is fixed so that storage (IndexedDB belongs to the extension's
 * origin, whose UUID Firefox keys by this id) survives updates and the Docs
 * page-world scripts can name it; `data_collection_permissions` declares
 * that nothing is collected, which addons.mozilla.org asks every new add-on
 * to state. Firefox 140 (the ESR of 2025) is the first that reads that key,
 * and covers everything above.
 */
export const GECKO_ID = 'feedforward@feedforward.invalid';

/** The oldest Firefox the build is meant for (see above). */
export const FIREFOX_MIN_VERSION = '140.0';

/** The part of a manifest that the Firefox build changes. */
interface ManifestWithAction {
  action?: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * The manifest for Firefox: the shared one, with the toolbar button placed
 * on the toolbar (`default_area`), where a teacher finds it as in Chrome
 * (Firefox otherwise tucks it into the Extensions menu), and the gecko id,
 * oldest version and data-collection statement. Firefox for Android reads
 * the data-collection key from 142 on, hence its own minimum.
 */
export function firefoxManifest<M extends ManifestWithAction>(manifest: M): M {
  return {
    ...manifest,
    action: { ...manifest.action, default_area: 'navbar' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
