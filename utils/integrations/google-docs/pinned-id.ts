/** Compiled in by wxt.config.ts: the pinned id of Chrome builds, empty elsewhere. */
declare const __FEEDFORWARD_EXTENSION_ID__: string;

/**
 * The extension id Docs is told and asked with. The page world has no
 * `chrome.runtime.id`, so the page-world scripts use the pinned id compiled
 * into the build (see scripts/lib/extension-id.ts).
 */
export function pinnedExtensionId(): string {
  return __FEEDFORWARD_EXTENSION_ID__;
}
