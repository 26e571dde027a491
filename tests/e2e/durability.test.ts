import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveFolder } from '../../scripts/lib/serve-folder.mjs';
import { killBrowser } from './support/browser-process';
import {
  composerPart,
  type ExtensionBrowser,
  launchWithExtension,
  openPanel,
} from './support/extension-browser';

const PAGES_DIR = resolve('tests/fixtures/pages');

let server: StaticServer;
/** Browsers a test started; each is closed (its profile removed) after the test. */
const started: ExtensionBrowser[] = [];

beforeAll(async () => {
  server = await serveFolder(PAGES_DIR);
});
afterAll(async () => {
  await server?.close();
});
afterEach(async () => {
  for (const browser of started.splice(0)) await browser.close().catch(() => {});
});

/** A browser with the extension; `profileDir` reopens the profile of an earlier one. */
async function launch(profileDir?: string): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension({ profileDir });
  started.push(browser);
  return browser;
}

/** Opens the essay in a new tab with the panel open. */
async function essayWithPanel(browser: ExtensionBrowser): Promise<{ page: Page; panel: Frame }> {
  const page = await browser.context.newPage();
  await page.goto(server.url('essay-en.html'));
  return { page, panel: await openPanel(browser, page) };
}

/** Saves one piece of feedback through the composer and waits for the panel to say it is saved. */
async function saveFeedback(panel: Frame, text: string): Promise<void> {
  const field = composerPart(panel, 'Feed back').text;
  await field.fill(text);
  await panel.getByRole('button', { name: 'Save feedback' }).click();
  await expect.poll(() => field.inputValue()).toBe('');
  await expect.poll(() => panel.getByRole('status').first().textContent()).toBe('Feedback saved.');
}

/** The texts of the feedback the panel lists, in order. */
function listedTexts(panel: Frame): Promise<string[]> {
  return panel.getByTestId('feedback-text').allTextContents();
}

describe('saved feedback is kept', () => {
  it('survives closing the browser and opening the same profile again', async () => {
    const first = await launch();
    const { panel } = await essayWithPanel(first);
    const texts = [
      'Your thesis is clear.',
      'Each paragraph has one point.',
      'End with a question.',
    ];
    for (const text of texts) await saveFeedback(panel, text);
    await first.close({ keepProfile: true });

    const again = await launch(first.profileDir);
    const { panel: reopened } = await essayWithPanel(again);
    await expect.poll(() => listedTexts(reopened)).toEqual(texts);
  });

  it('is on disk when the tab is closed right after "Saved", even if the browser is then killed', async () => {
    const first = await launch();
    const { page, panel } = await essayWithPanel(first);
    await saveFeedback(panel, 'Saved just before the tab closed.');
    await page.close();
    await killBrowser(first);

    const again = await launch(first.profileDir);
    const { panel: reopened } = await essayWithPanel(again);
    await expect.poll(() => listedTexts(reopened)).toEqual(['Saved just before the tab closed.']);
  });

  it('is on disk when the browser is killed the moment "Saved" appears', async () => {
    const first = await launch();
    const { panel } = await essayWithPanel(first);
    await saveFeedback(panel, 'Acknowledged, then the browser crashed.');
    await killBrowser(first);

    const again = await launch(first.profileDir);
    const { panel: reopened } = await essayWithPanel(again);
    await expect
      .poll(() => listedTexts(reopened))
      .toEqual(['Acknowledged, then the browser crashed.']);
  });
});
