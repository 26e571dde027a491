import { defineContentScript } from 'wxt/utils/define-content-script';
import { installPageBridge } from '../utils/integrations/google-docs/page-bridge';

/** Compiled in by wxt.config.ts: the pinned id of Chrome builds, empty elsewhere. */
declare const __FEEDFORWARD_EXTENSION_ID__: string;

/**
 * Runs in Google Docs' own page world before Docs' scripts: Docs reads its
 * annotated-canvas flag once while booting and enables its annotated-text
 * API per extension id, and only the page world can call that API. The
 * page world has no `chrome.runtime.id`, so the id is the pinned one
 * compiled into the build (see scripts/lib/extension-id.ts).
 */
export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    installPageBridge(window, document, __FEEDFORWARD_EXTENSION_ID__);
  },
});
