import { defineContentScript } from 'wxt/utils/define-content-script';
import { createIntegration } from '../../utils/integrations/index';
import { isOwnNode } from './own-elements';
import { startPageSide } from './page-side';

/** Set on the isolated world's window so a second injection into the same page does nothing. */
const STARTED = Symbol.for('feedforward.content.started');

/**
 * Declared for Google Docs documents (the one host permission); injected on
 * demand everywhere else by the toolbar button or keyboard shortcut.
 */
export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_idle',
  // WXT would otherwise announce the extension id to the page with postMessage.
  noScriptStartedPostMessage: true,
  main() {
    const marked = window as unknown as Record<symbol, boolean>;
    if (marked[STARTED]) return;
    marked[STARTED] = true;
    startPageSide(document, createIntegration(location, document, isOwnNode));
  },
});
