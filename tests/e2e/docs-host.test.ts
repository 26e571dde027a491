import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveFolder } from '../../scripts/lib/serve-folder.mjs';
import { type DocsServer, serveDocsStandIn } from './support/docs-server';
import { openStandIn, pageBridgeAnswers, standIn } from './support/docs-stand-in';
import {
  composerPart,
  EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
  openPanel,
} from './support/extension-browser';
import { PANEL_HOST_SELECTOR } from './support/panel-host';
import { PAGES_DIR } from './support/suite';

/**
 * Records the isolated worlds our extension's content script creates in a
 * page, through the DevTools protocol, from before the navigation.
 */
async function watchContentScript(browser: ExtensionBrowser, page: Page) {
  const worlds: string[] = [];
  const session = await browser.context.newCDPSession(page);
  session.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (
      aux?.type === 'isolated' &&
      context.origin === `chrome-extension://${browser.extensionId}`
    ) {
      worlds.push(context.name);
    }
  });
  await session.send('Runtime.enable');
  return worlds;
}

describe('where the content script runs', () => {
  let docs: DocsServer;
  let pages: StaticServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    docs = await serveDocsStandIn();
    pages = await serveFolder(PAGES_DIR);
    browser = await launchWithExtension({ extraArgs: docs.chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    await docs?.close();
    await pages?.close();
  });

  it('declares nothing for Google Docs but the page-world flag setter', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.content_scripts).toEqual([
      {
        matches: ['https://docs.google.com/document/*'],
        run_at: 'document_start',
        world: 'MAIN',
        js: ['content-scripts/docs-flag.js'],
      },
    ]);
  });

  it('only sets Docs’ flag on a Google Docs document until the teacher opens the panel', async () => {
    const page = await browser.context.newPage();
    const worlds = await watchContentScript(browser, page);
    await openStandIn(page, '1AbCdEfGhIjKlMnOpQrStUv');
    await page.waitForTimeout(500);
    expect(await standIn(page, 'annotateId')).toBe(browser.extensionId);
    expect(worlds).toEqual([]);
    expect(await page.locator(PANEL_HOST_SELECTOR).count()).toBe(0);
    expect(await pageBridgeAnswers(page)).toBe(false);

    await openPanel(browser, page);
    expect(worlds.length).toBeGreaterThan(0);
    expect(await pageBridgeAnswers(page)).toBe(true);
    await page.close();
  });

  it('is not on other pages until the teacher clicks the toolbar button', async () => {
    const page = await browser.context.newPage();
    const worlds = await watchContentScript(browser, page);
    await page.goto(pages.url('plain.html'));
    await page.waitForTimeout(500);
    expect(worlds).toEqual([]);
    await openPanel(browser, page);
    expect(worlds.length).toBeGreaterThan(0);
    await page.close();
  });

  it('finds a Docs document’s feedback again under another URL of the same document', async () => {
    const page = await browser.context.newPage();
    await openStandIn(page, '1ZyXwVuTsRqPoNmLkJiHgFe');
    const panel = await openPanel(browser, page);
    await standIn(page, 'selectText', 'In my interviews');
    await expect.poll(() => panel.getByTestId('selected-quote').count()).toBe(1);
    await composerPart(panel, 'Feed back').text.fill('Say which interviews you mean.');
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(1);

    await page.goto(
      'https://docs.google.com/document/u/1/d/1ZyXwVuTsRqPoNmLkJiHgFe/view?usp=sharing#heading=h.1',
    );
    const again = await openPanel(browser, page);
    await expect
      .poll(() => again.getByTestId('feedback-text').textContent())
      .toBe('Say which interviews you mean.');
    await page.close();
  });
});
