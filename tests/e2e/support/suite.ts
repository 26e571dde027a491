import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type StaticServer, serveFolder } from '../../../scripts/lib/serve-folder.mjs';
import { type ExtensionBrowser, launchWithExtension } from './extension-browser';

/** The fixture pages every e2e file can open. */
export const PAGES_DIR = resolve('tests/fixtures/pages');

/** What a test file gets: a fixture server and a browser with the extension. */
export interface Suite {
  server: StaticServer;
  browser: ExtensionBrowser;
}

/**
 * Starts one server and one browser (fresh profile) for the test file and
 * stops both after it. Read the fields inside tests, not at import time.
 */
export function useExtensionSuite(): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.server = await serveFolder(PAGES_DIR);
    suite.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
