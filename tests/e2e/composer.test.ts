import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { composerPart, openPanel, selectInElement } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

const CRITERION = 'a clear claim supported by evidence';

/** Picks a template for the focused part with the keyboard: Ctrl+K, the words, Enter. */
async function insertTemplate(page: Page, words: string) {
  await page.keyboard.press('Control+K');
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
}

/** The text of the composer part for one feedback question. */
function partText(panel: Frame, question: string) {
  return composerPart(panel, question).text.inputValue();
}

describe('the composer, from the comment bank, by keyboard', () => {
  const suite = useExtensionSuite();

  it('builds a three-part, criterion-linked item from templates, saves it, and edits it after a reload', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-en.html'));
    const panel = await openPanel(suite.browser, page);
    const quote = await selectInElement(page, 'p:nth-of-type(2)');
    await expect.poll(() => panel.getByTestId('selected-quote').textContent()).toBe(quote);

    // Student and assignment, created in place.
    await panel.getByLabel('Student', { exact: true }).focus();
    await page.keyboard.press('End');
    await page.keyboard.type('Maja');
    await page.keyboard.press('Enter');
    await panel.getByLabel('Assignment', { exact: true }).focus();
    await page.keyboard.press('End');
    await page.keyboard.type('Should school start later?');
    await page.keyboard.press('Enter');
    await panel.getByRole('button', { name: 'Add a criterion' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id ?? '')).toMatch(/./);
    await page.keyboard.type(CRITERION);

    // Feed up: link the criterion, then a template whose {criterion} it fills.
    const criterion = composerPart(panel, 'Feed up').group.getByLabel('Success criterion');
    await expect.poll(() => criterion.count()).toBe(1);
    await criterion.focus();
    await page.keyboard.press('ArrowDown');
    await composerPart(panel, 'Feed up').text.focus();
    await insertTemplate(page, 'goal for this piece');
    await expect
      .poll(() => partText(panel, 'Feed up'))
      .toBe(
        `The goal for this piece of work is the criterion “${CRITERION}”, and the criteria sheet shows what that looks like at each level.`,
      );

    // Feed back: a template with a blank; Tab lands on it, typing fills it.
    await composerPart(panel, 'Feed back').text.focus();
    await insertTemplate(page, 'claims not yet supported');
    await expect
      .poll(() =>
        composerPart(panel, 'Feed back').text.evaluate((field: HTMLTextAreaElement) =>
          field.value.slice(field.selectionStart, field.selectionEnd),
        ),
      )
      .toBe('{paragraph}');
    await page.keyboard.type('your third paragraph');

    // Feed forward: {student} is filled with the student's name.
    await composerPart(panel, 'Feed forward').text.focus();
    await insertTemplate(page, 'outline one line per paragraph');
    await expect
      .poll(() => partText(panel, 'Feed forward'))
      .toMatch(/^Maja, before the next draft/);

    await page.keyboard.press('Control+Enter');
    const items = panel.getByTestId('feedback-item');
    await expect.poll(() => items.count()).toBe(1);
    const texts = () => panel.getByTestId('feedback-text').allTextContents();
    await expect
      .poll(texts)
      .toEqual([
        expect.stringContaining(CRITERION),
        'Several claims in your third paragraph are not yet supported by evidence, so the reader has to take them on trust.',
        expect.stringMatching(/^Maja, before the next draft/),
      ]);
    await expect(partText(panel, 'Feed up')).resolves.toBe('');

    await page.reload();
    const reopened = await openPanel(suite.browser, page);
    await expect.poll(() => reopened.getByTestId('feedback-item').count()).toBe(1);
    await expect(reopened.getByTestId('feedback-item').textContent()).resolves.toContain(quote);

    await reopened.getByRole('button', { name: 'Edit feedback 1' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => partText(reopened, 'Feed back')).toContain('your third paragraph');
    await composerPart(reopened, 'Feed back').text.fill(
      'Your third paragraph now backs every claim with a source.',
    );
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => reopened.getByTestId('feedback-text').allTextContents())
      .toContain('Your third paragraph now backs every claim with a source.');
    await expect(reopened.getByTestId('feedback-item').count()).resolves.toBe(1);
    await page.close();
  });

  it('keeps an unsaved draft when the tab is closed, and resumes it', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html'));
    const panel = await openPanel(suite.browser, page);
    await composerPart(panel, 'Feed forward').text.fill(
      'Half-written advice about the second paragraph',
    );
    await expect.poll(() => panel.getByText('Draft saved.').count()).toBe(1);
    await page.close();

    const again = await suite.browser.context.newPage();
    await again.goto(suite.server.url('plain.html'));
    const resumed = await openPanel(suite.browser, again);
    await expect
      .poll(() => partText(resumed, 'Feed forward'))
      .toBe('Half-written advice about the second paragraph');
    await again.close();
  });
});
