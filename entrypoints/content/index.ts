import { defineContentScript } from 'wxt/utils/define-content-script';
import { createIntegration } from '../../utils/integrations/index';
import { isOwnNode } from './own-elements';
import { startPageSide } from './page-side';

/** Set on the isolated world's window so a second injection into the same page does nothing. */
const STARTED = Symbol.for('feedforward.content.started');

/**
 * Declared for no site: injected on demand, on Google Docs as everywhere
 * else, when the panel is opened (the toolbar button, the keyboard shortcut,
 * or a clicked follow-up reminder; see utils/background/toggle-panel.ts).
 */
export default defineContentScript({
  registration: 'runtime',
  // WXT would otherwise announce the extension id to the page with postMessage.
  noScriptStartedPostMessage: true,
  main() {
    const marked = window as unknown as Record<symbol, boolean>;
    if (marked[STARTED]) return;
    marked[STARTED] = true;
    startPageSide(document, createIntegration(location, document, isOwnNode));
  },
});
