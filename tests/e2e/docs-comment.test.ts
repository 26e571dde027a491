import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PINNED_EXTENSION_ID } from '../../scripts/lib/extension-id';
import { type DocsServer, serveDocsStandIn } from './support/docs-server';
import { openStandIn, standIn } from './support/docs-stand-in';
import {
  composerPart,
  type ExtensionBrowser,
  launchWithExtension,
  openPanel,
} from './support/extension-browser';

const PASSAGE = 'most of the people I asked said they would come more often';

describe('feedback on a Google Docs document', () => {
  let docs: DocsServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    docs = await serveDocsStandIn();
    browser = await launchWithExtension({ extraArgs: docs.chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    await docs?.close();
  });

  it('turns on Docs’ annotated text for our own extension id, the one pinned at build time', async () => {
    expect(browser.extensionId).toBe(PINNED_EXTENSION_ID);
    const page = await browser.context.newPage();
    await openStandIn(page, '1FlagFlagFlagFlagFlag01');
    expect(await standIn(page, 'annotateId')).toBe(browser.extensionId);
    await page.close();
  });

  it('shows the passage selected on Docs’ canvas, saves feedback on it and finds it after a reload', async () => {
    const page = await browser.context.newPage();
    await openStandIn(page, '1SaveSaveSaveSaveSave02');
    const panel = await openPanel(browser, page);
    await standIn(page, 'selectText', PASSAGE);
    await expect.poll(() => panel.getByTestId('selected-quote').textContent()).toBe(PASSAGE);
    expect(await standIn(page, 'apiCalls')).toContain(browser.extensionId);

    await composerPart(panel, 'Feed back').text.fill('Say how many people you asked.');
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(1);
    await expect(panel.getByTestId('feedback-item').textContent()).resolves.toContain(PASSAGE);

    await page.reload();
    await page.waitForFunction(() => 'standIn' in window);
    const reopened = await openPanel(browser, page);
    await expect
      .poll(() => reopened.getByTestId('feedback-text').textContent())
      .toBe('Say how many people you asked.');
    await page.close();
  });

  it('finds the passage again after the student edits the text before it, and says when it is gone', async () => {
    const page = await browser.context.newPage();
    await openStandIn(page, '1EditEditEditEditEdit03');
    const panel = await openPanel(browser, page);
    await standIn(page, 'selectText', PASSAGE);
    await expect.poll(() => panel.getByTestId('selected-quote').textContent()).toBe(PASSAGE);
    await composerPart(panel, 'Feed back').text.fill('Say how many people you asked.');
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    const item = panel.getByTestId('feedback-item');
    await expect.poll(() => item.count()).toBe(1);

    await standIn(
      page,
      'replace',
      'In my interviews,',
      'In the twelve interviews I held last spring,',
    );
    await standIn(page, 'select', 0, 0);
    await item.getByRole('button', { name: /^Show in the document: / }).click();
    await expect
      .poll(async () => {
        const { start, end } = await standIn(page, 'selection');
        return (await standIn(page, 'text')).slice(start, end);
      })
      .toBe(PASSAGE);
    expect(await item.getByRole('status').count()).toBe(0);

    await standIn(page, 'replace', PASSAGE, 'nobody wanted to talk to me');
    await item.getByRole('button', { name: /^Show in the document: / }).click();
    await expect
      .poll(() => item.getByRole('status').textContent())
      .toContain('This passage was not found');
    await page.close();
  });
});
