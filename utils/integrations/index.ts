import { isGoogleDocsDocument } from '../documents/key';
import { createDocsBridge } from './google-docs/bridge-client';
import { createGoogleDocsIntegration } from './google-docs/integration';
import { createHtmlIntegration } from './html';
import type { Integration } from './types';

export type { Integration } from './types';

/**
 * Picks the integration for the page the content script runs in: Google
 * Docs documents get the Docs integration (text through Docs' own API),
 * every other page the generic HTML one. `isOwnElement` tells our panel host
 * (by identity, since the page may copy any name or tag) from the page.
 */
export function createIntegration(
  location: Location,
  doc: Document,
  isOwnElement: (node: Node) => boolean,
): Integration {
  if (isGoogleDocsDocument(location.href)) {
    return createGoogleDocsIntegration(doc, createDocsBridge(doc));
  }
  return createHtmlIntegration(doc, isOwnElement);
}
