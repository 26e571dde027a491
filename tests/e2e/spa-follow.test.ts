import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { composerPart, openPanel, selectText } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

/** The document the panel says it is on. */
function panelTitle(panel: Frame): Promise<string | null> {
  return panel.locator('h1.document-title').textContent();
}

/** The feedback texts the panel lists for its document. */
function listedTexts(panel: Frame): Promise<string[]> {
  return panel.getByTestId('feedback-text').allTextContents();
}

/** Opens the grading view on one student with the panel open. */
async function openGrader(
  suite: ReturnType<typeof useExtensionSuite>,
  query: string,
): Promise<{ page: Page; panel: Frame }> {
  const page = await suite.browser.context.newPage();
  await page.goto(suite.server.url(`spa-grader.html${query}`));
  const panel = await openPanel(suite.browser, page);
  return { page, panel };
}

describe('a grading view that moves between students without reloading', () => {
  const suite = useExtensionSuite();

  it('follows the page to the next student, keeps the draft with the first, and files new feedback under the second', async () => {
    const { page, panel } = await openGrader(suite, '?student=a');
    await expect.poll(() => panelTitle(panel)).toBe('Grading: Alva Berg');
    await composerPart(panel, 'Feed back').text.fill('Unsaved words about Alva.');
    await expect.poll(() => panel.getByText('Draft saved.').count()).toBe(1);

    await page.click('#next');
    await expect.poll(() => panelTitle(panel)).toBe('Grading: Bo Lind');
    await expect
      .poll(() => panel.getByRole('status').filter({ hasText: 'Bo Lind' }).count())
      .toBe(1);
    await expect(composerPart(panel, 'Feed back').text.inputValue()).resolves.toBe('');

    await selectText(page, 'mosses, fungi and birds live there too');
    await expect
      .poll(() => panel.getByTestId('selected-quote').textContent())
      .toBe('mosses, fungi and birds live there too');
    await composerPart(panel, 'Feed back').text.fill('You name what lives in the forest.');
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => listedTexts(panel)).toEqual(['You name what lives in the forest.']);

    await page.goto(suite.server.url('spa-grader.html?student=b'));
    const onBo = await openPanel(suite.browser, page);
    await expect.poll(() => listedTexts(onBo)).toEqual(['You name what lives in the forest.']);

    await page.goto(suite.server.url('spa-grader.html?student=a'));
    const onAlva = await openPanel(suite.browser, page);
    await expect
      .poll(() => composerPart(onAlva, 'Feed back').text.inputValue())
      .toBe('Unsaved words about Alva.');
    expect(await listedTexts(onAlva)).toEqual([]);
    await page.close();
  });

  it('drops a passage selected on the previous student when the page moves on', async () => {
    const { page, panel } = await openGrader(suite, '?student=a');
    await selectText(page, 'the river rises over its banks');
    await expect
      .poll(() => panel.getByTestId('selected-quote').textContent())
      .toBe('the river rises over its banks');

    await page.evaluate(() =>
      (window as unknown as { showStudent(id: string, how: string): void }).showStudent(
        'b',
        'replace',
      ),
    );
    await expect.poll(() => panelTitle(panel)).toBe('Grading: Bo Lind');
    await expect.poll(() => panel.getByTestId('selected-quote').count()).toBe(0);
    await page.close();
  });

  it('follows the back button and a change of the address hash', async () => {
    const { page, panel } = await openGrader(suite, '?student=a');
    await page.click('#next');
    await expect.poll(() => panelTitle(panel)).toBe('Grading: Bo Lind');
    await page.goBack();
    await expect.poll(() => panelTitle(panel)).toBe('Grading: Alva Berg');

    await page.evaluate(() =>
      (window as unknown as { showStudent(id: string, how: string): void }).showStudent(
        'b',
        'hash',
      ),
    );
    await expect.poll(() => panelTitle(panel)).toBe('Grading: Bo Lind');
    await page.close();
  });
});
