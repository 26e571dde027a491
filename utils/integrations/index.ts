import { isGoogleDocsDocument } from '../documents/key';
import { createApiReader } from './google-docs/api-reader';
import { createDocsBridge } from './google-docs/bridge-client';
import { createCanvasReader } from './google-docs/canvas-reader';
import { captureCopies } from './google-docs/copy-capture';
import { createDocsLadder } from './google-docs/docs-ladder';
import { fetchSavedText } from './google-docs/export-text';
import { createGoogleDocsIntegration } from './google-docs/integration';
import { createLayerReader } from './google-docs/layer-docs-reader';
import { createHtmlIntegration } from './html';
import type { Integration } from './types';

export type { Integration } from './types';

/**
 * Picks the integration for the page the content script runs in: Google
 * Docs documents get the Docs integration, reading through the best way in
 * Docs offers (its API, its accessibility layer, or its saved text and the
 * teacher's copies), every other page the generic HTML one. `isOwnElement` tells our panel host
 * (by identity, since the page may copy any name or tag) from the page.
 */
export function createIntegration(
  location: Location,
  doc: Document,
  isOwnElement: (node: Node) => boolean,
): Integration {
  if (isGoogleDocsDocument(location.href)) {
    const ladder = createDocsLadder([
      createApiReader(createDocsBridge(doc)),
      createLayerReader(doc),
      createCanvasReader({
        savedText: () => fetchSavedText(fetch.bind(globalThis), location),
        copies: captureCopies(doc),
      }),
    ]);
    return createGoogleDocsIntegration(doc, ladder);
  }
  return createHtmlIntegration(doc, isOwnElement);
}
