import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installPageBridge } from '../utils/integrations/google-docs/page-bridge';
import { pinnedExtensionId } from '../utils/integrations/google-docs/pinned-id';

/** Set on the page world's window so a second injection into the same page does nothing. */
const INSTALLED = Symbol.for('feedforward.docs-page-bridge.installed');

/**
 * Injected into a Google Docs document's page world by the background when
 * the panel is opened there (only the page world can call Docs'
 * annotated-text API), just before the content script; once per page.
 */
export default defineUnlistedScript(() => {
  const marked = window as unknown as Record<symbol, boolean>;
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  installPageBridge(window, document, pinnedExtensionId());
});
