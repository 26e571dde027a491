import { defineContentScript } from 'wxt/utils/define-content-script';
import { setAnnotateFlag } from '../utils/integrations/google-docs/annotate-flag';
import { pinnedExtensionId } from '../utils/integrations/google-docs/pinned-id';

/**
 * The one script declared for Google Docs documents, and all that runs
 * there until the teacher opens the panel: in Docs' own page world, before
 * Docs' scripts, it names our id in the flag Docs reads once while booting
 * (too late once the panel is opened). The bridge that later calls Docs'
 * API (docs-page-bridge.ts) and the content script are injected on opening.
 */
export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    setAnnotateFlag(window, pinnedExtensionId());
  },
});
