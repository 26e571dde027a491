import { createHtmlIntegration } from './html';
import type { Integration } from './types';

export type { Integration } from './types';

/**
 * Picks the integration for the page the content script runs in. Every page
 * uses the generic HTML integration for now; site-specific ones (Google Docs)
 * are chosen here by location as they are added.
 */
export function createIntegration(_location: Location, doc: Document): Integration {
  return createHtmlIntegration(doc);
}
