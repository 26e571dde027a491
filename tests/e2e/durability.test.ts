import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveFolder } from '../../scripts/lib/serve-folder.mjs';
import { schoolYearOf } from '../../utils/model/school-year';
import { killBrowser } from './support/browser-process';
import {
  composerPart,
  type ExtensionBrowser,
  launchWithExtension,
  openPanel,
  showAllItems,
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
/** The listed texts in the order they were written (the list shows the newest first). */
async function listedTexts(panel: Frame): Promise<string[]> {
  return (await panel.getByTestId('feedback-text').allTextContents()).reverse();
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

  it('asks Chromium to flush every write to disk before "Saved" (strict durability), which the kill tests cannot tell apart from relaxed', async () => {
    const browser = await launch();
    // Record the durability of every read-write transaction an extension page opens,
    // from before the database is opened (Dexie binds the method when it opens).
    await browser.context.addInitScript(() => {
      if (location.protocol !== 'chrome-extension:') return;
      const open = IDBDatabase.prototype.transaction;
      const seen: IDBTransactionDurability[] = [];
      Object.assign(window, { transactionDurabilities: seen });
      IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args) {
        const transaction = open.apply(this, args);
        if (transaction.mode === 'readwrite') seen.push(transaction.durability);
        return transaction;
      } as IDBDatabase['transaction'];
    });
    const { panel } = await essayWithPanel(browser);
    await saveFeedback(panel, 'Flushed before the panel said so.');
    const durabilities = await panel.evaluate(
      () => (window as unknown as { transactionDurabilities: string[] }).transactionDurabilities,
    );
    expect(durabilities.length).toBeGreaterThan(0);
    expect(new Set(durabilities)).toEqual(new Set(['strict']));
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

/**
 * Writes `count` saved feedback items straight into the extension's
 * database from an extension page or the panel's frame, each in its own
 * transaction, in the shape the feedback repository stores: a writer
 * working at the same moment as the others, faster than typing would be.
 */
function writeFromExtensionPage(
  page: Page | Frame,
  documentUrl: string,
  prefix: string,
  count: number,
) {
  const now = Date.now();
  return page.evaluate(
    async ({ documentUrl, prefix, count, now, schoolYear }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('feedforward');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const documents = await new Promise<{ id: string; url: string; studentId?: string }[]>(
        (done) => {
          const request = db.transaction('documents').objectStore('documents').getAll();
          request.onsuccess = () => done(request.result);
        },
      );
      const document = documents.find((candidate) => candidate.url === documentUrl);
      if (!document) throw new Error(`no document for ${documentUrl}`);
      for (let index = 0; index < count; index += 1) {
        await new Promise<void>((done, fail) => {
          const transaction = db.transaction('feedback', 'readwrite');
          transaction.objectStore('feedback').add({
            id: crypto.randomUUID(),
            documentId: document.id,
            studentId: document.studentId,
            anchor: null,
            parts: [
              {
                id: crypto.randomUUID(),
                question: 'feedForward',
                level: 'process',
                text: `${prefix} ${index}`,
              },
            ],
            source: 'teacher',
            status: 'saved',
            schoolYear,
            createdAt: now + index,
            updatedAt: now + index,
          });
          transaction.oncomplete = () => done();
          transaction.onerror = () => fail(transaction.error);
        });
      }
      db.close();
    },
    { documentUrl, prefix, count, now, schoolYear: schoolYearOf(now) },
  );
}

/** Saves `count` items through one panel's composer, one after another. */
async function saveMany(panel: Frame, prefix: string, count: number): Promise<void> {
  const field = composerPart(panel, 'Feed back').text;
  const save = panel.getByRole('button', { name: 'Save feedback' });
  for (let index = 0; index < count; index += 1) {
    await field.fill(`${prefix} ${index}`);
    await save.click();
    await expect.poll(() => field.inputValue(), { interval: 10, timeout: 10_000 }).toBe('');
  }
}

describe('several pages writing at once', () => {
  it('keeps every item when two panels and the dashboard save at the same time, and each panel lists them all', async () => {
    const browser = await launch();
    const left = await essayWithPanel(browser);
    const right = await essayWithPanel(browser);
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const perWriter = 50;
    const typedPerPanel = 5;
    // The first save stores the document, which the direct writes refer to.
    await saveFeedback(left.panel, 'Left panel, first');

    const essay = server.url('essay-en.html');
    await Promise.all([
      writeFromExtensionPage(left.panel, essay, 'Left panel item', perWriter),
      writeFromExtensionPage(right.panel, essay, 'Right panel item', perWriter),
      writeFromExtensionPage(dashboard, essay, 'Dashboard item', perWriter),
      saveMany(left.panel, 'Left composer', typedPerPanel),
      saveMany(right.panel, 'Right composer', typedPerPanel),
    ]);
    // One more save in each panel, so each list has been told of every writer's work.
    await saveFeedback(left.panel, 'Left panel, last');
    await saveFeedback(right.panel, 'Right panel, last');

    const total = 3 * perWriter + 2 * typedPerPanel + 3;
    for (const { page, panel } of [left, right]) {
      // A tab in the background draws no frames, and Playwright's clicks wait for one.
      await page.bringToFront();
      await expect
        .poll(
          () =>
            panel.getByRole('heading', { name: `Feedback on this document (${total})` }).count(),
          {
            timeout: 20_000,
          },
        )
        .toBe(1);
      await showAllItems(panel);
      await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(total);
      const texts = await listedTexts(panel);
      const writers = {
        'Left panel item': perWriter,
        'Right panel item': perWriter,
        'Dashboard item': perWriter,
        'Left composer': typedPerPanel,
        'Right composer': typedPerPanel,
      };
      for (const [writer, count] of Object.entries(writers)) {
        const mine = texts.filter((text) => text.startsWith(`${writer} `));
        expect({ writer, count: new Set(mine).size }).toEqual({ writer, count });
      }
    }
  }, 120_000);
});
