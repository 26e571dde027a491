import { describe, expect, it } from 'vitest';
import { openPanel } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

/** An ordinary success criterion of about 150 characters. */
const LONG_CRITERION =
  'The text states a clear claim in the introduction and supports each main point with at least one relevant, correctly cited source from the reading list.';

describe('success criteria in the assignment editor', () => {
  const suite = useExtensionSuite();

  it('shows a long criterion whole at the panel’s width, and Enter never breaks its line', async () => {
    expect(LONG_CRITERION.length).toBeGreaterThanOrEqual(145);
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html?criteria=long'));
    const panel = await openPanel(suite.browser, page);

    await panel.getByLabel('Assignment', { exact: true }).focus();
    await page.keyboard.press('End');
    await page.keyboard.type('Argumentative essay');
    await page.keyboard.press('Enter');
    // Enter on "Add a criterion" still adds one, and the typing goes into it.
    await panel.getByRole('button', { name: 'Add a criterion' }).focus();
    await page.keyboard.press('Enter');
    const field = panel.getByLabel('Criterion 1', { exact: true });
    await expect
      .poll(() => field.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await page.keyboard.type(LONG_CRITERION);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => field.inputValue()).toBe(LONG_CRITERION);
    await expect(panel.getByLabel('Criterion 2', { exact: true }).count()).resolves.toBe(0);

    const size = await field.evaluate((element: HTMLTextAreaElement) => ({
      tag: element.tagName,
      scrollHeight: element.scrollHeight,
      clientHeight: element.clientHeight,
      lineHeight: Number.parseFloat(getComputedStyle(element).lineHeight),
    }));
    expect(size.tag).toBe('TEXTAREA');
    // Wrapped onto several rows, every one of them in view.
    expect(size.clientHeight).toBeGreaterThan(size.lineHeight * 1.5);
    expect(size.scrollHeight).toBeLessThanOrEqual(size.clientHeight + 1);

    // A pasted list becomes one line.
    await field.fill('');
    await field.evaluate((element: HTMLTextAreaElement) => {
      element.focus();
      document.execCommand('insertText', false, 'Uses sources\nand cites them');
    });
    await expect.poll(() => field.inputValue()).toBe('Uses sources and cites them');
    await page.close();
  });
});
