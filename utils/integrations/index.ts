import { createHtmlIntegration } from './html';
import type { Integration } from './types';

export type { Integration } from './types';

/** The tag of the element that holds our panel; the page's text never includes it. */
export const PANEL_HOST_TAG = 'feedforward-panel';

/** True for our own panel host and anything inside it. */
function isOwnElement(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !!element?.closest(PANEL_HOST_TAG);
}

/**
 * Picks the integration for the page the content script runs in. Every page
 * uses the generic HTML integration for now; site-specific ones (Google Docs)
 * are chosen here by location as they are added.
 */
export function createIntegration(_location: Location, doc: Document): Integration {
  return createHtmlIntegration(doc, isOwnElement);
}
