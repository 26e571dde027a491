import { closestElement } from './closest';
import { createDocsBridge } from './google-docs/bridge-client';
import { createGoogleDocsIntegration } from './google-docs/integration';
import { createHtmlIntegration } from './html';
import type { Integration } from './types';

export type { Integration } from './types';

/** Google Docs documents (the editor, any account index), where the text lives on a canvas. */
const GOOGLE_DOCS_DOCUMENT = /^\/document\/(?:u\/\d+\/)?d\//;

/** The tag of the element that holds our panel; the page's text never includes it. */
export const PANEL_HOST_TAG = 'feedforward-panel';

/** True for our own panel host and anything inside it. */
function isOwnElement(node: Node): boolean {
  return closestElement(node, PANEL_HOST_TAG) !== null;
}

/**
 * Picks the integration for the page the content script runs in: Google
 * Docs documents get the Docs integration (text through Docs' own API),
 * every other page the generic HTML one.
 */
export function createIntegration(location: Location, doc: Document): Integration {
  if (
    location.protocol === 'https:' &&
    location.hostname === 'docs.google.com' &&
    GOOGLE_DOCS_DOCUMENT.test(location.pathname)
  ) {
    return createGoogleDocsIntegration(doc, createDocsBridge(doc));
  }
  return createHtmlIntegration(doc, isOwnElement);
}
