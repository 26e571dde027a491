import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveFolder } from '../../scripts/lib/serve-folder.mjs';
import { highlightedTexts, selectFirstOccurrence } from '../e2e/support/extension-browser';
import { PAGES_DIR } from '../e2e/support/suite';
import {
  type FirefoxWithExtension,
  launchFirefoxWithExtension,
  openPanel,
} from './support/firefox-browser';

/** An element by its accessible role and name, as a teacher finds it. */
async function byRole(frame: Frame | Page, role: string, name: string) {
  const found = await frame.waitForSelector(`::-p-aria([name="${name}"][role="${role}"])`);
  if (!found) throw new Error(`no ${role} named ${name}`);
  return found;
}

/** Clicks the control with this role and name. */
async function press(frame: Frame | Page, role: string, name: string): Promise<void> {
  await (await byRole(frame, role, name)).click();
}

/** The texts of the saved items the panel lists. */
function listedFeedback(panel: Frame): Promise<string[]> {
  return panel.$$eval('[data-testid="feedback-text"]', (items) =>
    items.map((item) => item.textContent ?? ''),
  );
}

/** Selects `passage` on the page and waits until the panel quotes it. */
async function selectPassage(page: Page, panel: Frame, passage: string): Promise<void> {
  expect(await page.evaluate(selectFirstOccurrence, passage)).toBe(true);
  await expect
    .poll(() =>
      panel.$eval('[data-testid="selected-quote"]', (quote) => quote.textContent).catch(() => ''),
    )
    .toBe(passage);
}

/** Whether `text` is shown anywhere on `page` (a status line, a notice). */
function shows(page: Page, text: string): Promise<boolean> {
  return page.evaluate((wanted) => document.body.innerText.includes(wanted), text);
}

/** The backup file the browser saved in `folder` once it is complete (Firefox writes a .part first). */
async function savedBackup(folder: string): Promise<string | undefined> {
  const names = await readdir(folder);
  const name = names.find((file) => /^feedforward-backup-.*\.json$/.test(file));
  return name && !names.some((file) => file.endsWith('.part')) ? join(folder, name) : undefined;
}

/** Writes `text` as the feedback on the selected passage and saves it. */
async function saveFeedback(panel: Frame, text: string): Promise<void> {
  await (await byRole(panel, 'textbox', 'Feed back')).type(text);
  await press(panel, 'button', 'Save feedback');
  await expect.poll(() => listedFeedback(panel)).toContain(text);
}

describe('Feedforward in Firefox', () => {
  let firefox: FirefoxWithExtension;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveFolder(PAGES_DIR);
    firefox = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  const openPage = async (path: string) => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url(path));
    return page;
  };

  /**
   * Opens the dashboard at `hash`. Firefox's BiDi reports no load for the
   * extension's own pages, and a query sent while the page is still being
   * replaced fails, so this waits until the dashboard itself has loaded.
   */
  const openDashboard = async (hash: string) => {
    const dashboard = await firefox.browser.newPage();
    void dashboard.goto(`${firefox.origin}/dashboard.html#${hash}`).catch(() => {});
    await expect
      .poll(() =>
        dashboard
          .evaluate(() => location.pathname.endsWith('/dashboard.html') && document.readyState)
          .catch(() => false),
      )
      .toBe('complete');
    return dashboard;
  };

  it('opens from the toolbar, saves feedback on a passage and finds it again after a reload', async () => {
    const page = await openPage('essay-en.html');
    const panel = await openPanel(firefox.browser, page);
    const passage = 'Teenagers are not lazy';
    await selectPassage(page, panel, passage);
    await saveFeedback(panel, 'Say which study shows this.');

    await page.reload();
    const reopened = await openPanel(firefox.browser, page);
    await expect.poll(() => listedFeedback(reopened)).toEqual(['Say which study shows this.']);
    // The passage is found again in the page and marked.
    await expect.poll(() => page.evaluate(highlightedTexts)).toEqual([passage]);
    await page.close();
  });

  it('inserts saved feedback into a plain and a rich comment field on the page', async () => {
    const page = await openPage('lms-comment.html');
    const panel = await openPanel(firefox.browser, page);
    const insert = async (field: string, passage: string, text: string, number: number) => {
      // The teacher puts the cursor in the field, then selects the passage and writes.
      await page.click(field);
      await selectPassage(page, panel, passage);
      await saveFeedback(panel, text);
      await press(panel, 'button', `Insert feedback ${number} into the document`);
    };
    await insert('#comment', 'my alarm goes off', 'Start with the question.', 1);
    await expect
      .poll(() => page.$eval('#comment', (field) => (field as HTMLTextAreaElement).value))
      .toContain('Start with the question.');
    await insert('#rich', 'allready tried', 'Check the spelling here.', 2);
    await expect
      .poll(() => page.$eval('#rich', (field) => (field as HTMLElement).innerText))
      .toContain('Check the spelling here.');
    // The platform's own script saw both, as if typed.
    await expect
      .poll(() => page.$eval('#state', (state) => state.textContent))
      .toContain('Check the spelling');
    expect(await page.$eval('#state', (state) => state.textContent)).toContain(
      'Start with the question.',
    );
    await page.close();
  });

  it('saves a backup on the dashboard and restores it after the feedback was deleted', async () => {
    const page = await openPage('essay-sv.html');
    const panel = await openPanel(firefox.browser, page);
    await selectPassage(page, panel, 'Nästan alla unga i Sverige');
    await saveFeedback(panel, 'Kept by the backup.');

    const dashboard = await openDashboard('backup');
    await press(dashboard, 'button', 'Save a backup');
    let backup: string | undefined;
    await expect.poll(async () => (backup = await savedBackup(firefox.downloadDir))).toBeDefined();
    expect(await readFile(backup as string, 'utf8')).toContain('Kept by the backup.');

    await press(panel, 'button', 'Delete feedback 1');
    await expect.poll(() => listedFeedback(panel)).toEqual([]);

    const picker = await dashboard.waitForSelector('#backup input[type="file"]');
    await (picker as ElementHandle<HTMLInputElement>).uploadFile(backup as string);
    await (await dashboard.waitForSelector('::-p-text(Replace: delete everything here)'))?.click();
    await press(dashboard, 'button', 'Restore');
    await expect.poll(() => shows(dashboard, 'The backup was restored.')).toBe(true);
    await expect.poll(() => listedFeedback(panel)).toEqual(['Kept by the backup.']);
    await dashboard.close();
    await page.close();
  });

  it('keeps the data from eviction by its permission and as persistent storage, and the panel and the dashboard say so', async () => {
    const page = await openPage('essay-en.html');
    const panel = await openPanel(firefox.browser, page);
    // The panel's frame asks the background (it has no permissions API in Firefox): with
    // the permission, the meter counts the room left on the computer, not a quota.
    await expect
      .poll(() =>
        panel.$eval('[data-testid="storage-usage"]', (line) => line.textContent).catch(() => ''),
      )
      .toMatch(/ used; room for .+ more on this computer$/);

    const dashboard = await openDashboard('storage');
    await expect
      .poll(() =>
        dashboard
          .$eval('[data-testid="storage-persistence"]', (line) => line.textContent)
          .catch(() => ''),
      )
      // The background asked at start, and Firefox granted it without a prompt.
      .toMatch(/^Protected: Feedforward may store without limit, and the browser has also marked/);
    await dashboard.close();
    await page.close();
  });
});
