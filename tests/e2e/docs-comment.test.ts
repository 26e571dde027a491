import { describe, expect, it } from 'vitest';
import { PINNED_EXTENSION_ID } from '../../scripts/lib/extension-id';
import {
  openStandIn,
  readClipboard,
  saveOnPassage,
  selectedInStandIn,
  setAutoPost,
  standIn,
} from './support/docs-stand-in';
import { composerPart, openPanel } from './support/extension-browser';
import { useDocsSuite } from './support/suite';

const PASSAGE = 'most of the people I asked said they would come more often';

describe('feedback on a Google Docs document', () => {
  const suite = useDocsSuite();

  it('turns on Docs’ annotated text for our own extension id, the one pinned at build time', async () => {
    expect(suite.browser.extensionId).toBe(PINNED_EXTENSION_ID);
    const page = await suite.browser.context.newPage();
    await openStandIn(page, '1FlagFlagFlagFlagFlag01');
    expect(await standIn(page, 'annotateId')).toBe(suite.browser.extensionId);
    await page.close();
  });

  it('shows the passage selected on Docs’ canvas, saves feedback on it and finds it after a reload', async () => {
    const page = await suite.browser.context.newPage();
    await openStandIn(page, '1SaveSaveSaveSaveSave02');
    const panel = await openPanel(suite.browser, page);
    await standIn(page, 'selectText', PASSAGE);
    await expect.poll(() => panel.getByTestId('selected-quote').textContent()).toBe(PASSAGE);
    expect(await standIn(page, 'apiCalls')).toContain(suite.browser.extensionId);

    await composerPart(panel, 'Feed back').text.fill('Say how many people you asked.');
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(1);
    await expect(panel.getByTestId('feedback-item').textContent()).resolves.toContain(PASSAGE);

    await page.reload();
    await page.waitForFunction(() => 'standIn' in window);
    const reopened = await openPanel(suite.browser, page);
    await expect
      .poll(() => reopened.getByTestId('feedback-text').textContent())
      .toBe('Say how many people you asked.');
    await page.close();
  });

  it('finds the passage again after the student edits the text before it, and says when it is gone', async () => {
    const page = await suite.browser.context.newPage();
    await openStandIn(page, '1EditEditEditEditEdit03');
    const panel = await openPanel(suite.browser, page);
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
    await expect.poll(() => selectedInStandIn(page)).toBe(PASSAGE);
    expect(await item.getByRole('status').count()).toBe(0);

    expect(await item.getByTestId('orphan-notice').count()).toBe(0);

    await standIn(page, 'replace', PASSAGE, 'nobody wanted to talk to me');
    await expect
      .poll(() => item.getByTestId('orphan-notice').textContent(), { timeout: 6000 })
      .toContain('Passage not found');
    await page.close();
  });

  it('puts the feedback into Docs’ comment box on the passage for the teacher to post', async () => {
    const page = await suite.browser.context.newPage();
    await openStandIn(page, '1InsertInsertInsert04');
    const panel = await openPanel(suite.browser, page);
    await saveOnPassage(page, panel, PASSAGE, 'Say how many people you asked.');

    await panel.getByRole('button', { name: 'Insert feedback 1 into the document' }).click();
    await expect
      .poll(() => panel.getByTestId('insert-outcome').textContent())
      .toContain('comment box now holds your feedback');
    await expect(page.locator('.docos-input-textarea').inputValue()).resolves.toBe(
      'Say how many people you asked.',
    );
    expect(await standIn(page, 'comments')).toEqual([]);

    await page.locator('.docos-input-buttons-post').click();
    await expect
      .poll(() => standIn(page, 'comments'))
      .toEqual([{ quote: PASSAGE, text: 'Say how many people you asked.' }]);
    await expect(page.locator('.docos-replyview-body').textContent()).resolves.toBe(
      'Say how many people you asked.',
    );
    await expect(panel.getByTestId('inserted-at').textContent()).resolves.toMatch(/^Inserted /);
    await page.close();
  });

  it('posts the comment itself when the teacher asked for that in the settings', async () => {
    const page = await suite.browser.context.newPage();
    await openStandIn(page, '1AutoAutoAutoAutoAuto05');
    const panel = await openPanel(suite.browser, page);
    await setAutoPost(panel, true);
    await saveOnPassage(page, panel, PASSAGE, 'Say how many people you asked.');

    await panel.getByRole('button', { name: 'Insert feedback 1 into the document' }).click();
    await expect
      .poll(() => panel.getByTestId('insert-outcome').textContent())
      .toBe('Posted as a comment in Google Docs.');
    expect(await standIn(page, 'comments')).toEqual([
      { quote: PASSAGE, text: 'Say how many people you asked.' },
    ]);
    await expect(panel.getByTestId('inserted-at').count()).resolves.toBe(1);
    await setAutoPost(panel, false);
    await page.close();
  });

  it('copies the feedback and explains when Docs offers no way at all into its text', async () => {
    await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await suite.browser.context.newPage();
    await openStandIn(page, '1NoApiNoApiNoApiNoApi06');
    const panel = await openPanel(suite.browser, page);
    await saveOnPassage(page, panel, PASSAGE, 'Say how many people you asked.');

    // No API, no layer, and no saved text either: nothing of the document can be read.
    await openStandIn(page, '1NoApiNoApiNoApiNoApi06', { standin: 'no-api', export: 'refused' });
    const again = await openPanel(suite.browser, page);
    await again.getByRole('button', { name: 'Insert feedback 1 into the document' }).click();
    const outcome = again.getByTestId('insert-outcome');
    await expect
      .poll(() => outcome.textContent())
      .toContain('could not reach the text of this Google Docs document');
    await expect(outcome.textContent()).resolves.toContain('Your feedback is on the clipboard');
    await expect(readClipboard(page)).resolves.toBe('Say how many people you asked.');
    await expect(again.getByTestId('inserted-at').count()).resolves.toBe(0);
    expect(await again.getByTestId('orphan-notice').count()).toBe(0);
    await page.close();
  });

  it('says so when Docs refuses our extension, and when its comment box does not open', async () => {
    const page = await suite.browser.context.newPage();
    await openStandIn(page, '1VariantVariantVari07');
    const panel = await openPanel(suite.browser, page);
    await saveOnPassage(page, panel, PASSAGE, 'Say how many people you asked.');

    await openStandIn(page, '1VariantVariantVari07', { standin: 'refuse', export: 'refused' });
    let again = await openPanel(suite.browser, page);
    await again.getByRole('button', { name: 'Insert feedback 1 into the document' }).click();
    await expect
      .poll(() => again.getByTestId('insert-outcome').textContent())
      .toContain('does not let Feedforward add comments directly');

    await openStandIn(page, '1VariantVariantVari07', { standin: 'no-comment-box' });
    again = await openPanel(suite.browser, page);
    await again.getByRole('button', { name: 'Insert feedback 1 into the document' }).click();
    await expect
      .poll(() => again.getByTestId('insert-outcome').textContent(), { timeout: 8000 })
      .toContain('comment box did not open as expected');
    await page.close();
  });

  it('opens the comment box with Docs’ keyboard shortcut when there is no comment button', async () => {
    const page = await suite.browser.context.newPage();
    await openStandIn(page, '1ShortcutShortcutSh08', { standin: 'no-button' });
    const panel = await openPanel(suite.browser, page);
    await saveOnPassage(page, panel, PASSAGE, 'Say how many people you asked.');
    await panel.getByRole('button', { name: 'Insert feedback 1 into the document' }).click();
    await expect
      .poll(() => page.locator('.docos-input-textarea').inputValue({ timeout: 1000 }))
      .toBe('Say how many people you asked.');
    await page.close();
  });
});
