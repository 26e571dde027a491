import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type StaticServer, serveFolder } from '../../../scripts/lib/serve-folder.mjs';
import { type DocsServer, serveDocsStandIn } from './docs-server';
import { type ExtensionBrowser, launchWithExtension, openPanel } from './extension-browser';

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

/** What a Google Docs test file gets: the Docs stand-in and a browser that reaches it. */
export interface DocsSuite {
  docs: DocsServer;
  browser: ExtensionBrowser;
}

/**
 * Starts the Docs stand-in (served as docs.google.com) and a browser sent to
 * it for the test file, and stops both after it.
 */
export function useDocsSuite(): DocsSuite {
  const suite = {} as DocsSuite;
  beforeAll(async () => {
    suite.docs = await serveDocsStandIn();
    suite.browser = await launchWithExtension({ extraArgs: suite.docs.chromiumArgs });
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.docs?.close();
  });
  return suite;
}

/** The window most teachers work in. */
export const TEACHER_WINDOW = { width: 1280, height: 900 };

/** Opens a fixture page in a new tab of the teacher's window size, with the panel open. */
export async function openWithPanel(
  suite: Suite,
  path: string,
): Promise<{ page: Page; panel: Frame }> {
  const page = await suite.browser.context.newPage();
  await page.setViewportSize(TEACHER_WINDOW);
  await page.goto(suite.server.url(path));
  return { page, panel: await openPanel(suite.browser, page) };
}
