import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { composerPart, openPanel } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

describe('the same saved item edited in two tabs', () => {
  const suite = useExtensionSuite();

  /** A new tab on one document (the plain page, told apart by `query`) with the panel open. */
  async function openTab(query: string): Promise<{ page: Page; panel: Frame }> {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url(`plain.html?${query}`));
    return { page, panel: await openPanel(suite.browser, page) };
  }

  const feedBack = (panel: Frame) => composerPart(panel, 'Feed back').text;
  const listed = (panel: Frame) => panel.getByTestId('feedback-text').allTextContents();

  /** One saved item, open for editing in two tabs; tab A has saved a change to it. */
  async function editedInBothThenSavedInA(query: string) {
    const a = await openTab(query);
    await feedBack(a.panel).fill('The original words.');
    await a.panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => listed(a.panel)).toEqual(['The original words.']);
    const c = await openTab(query);
    for (const tab of [a, c]) {
      await tab.panel.getByRole('button', { name: 'Edit feedback 1' }).click();
      await expect.poll(() => feedBack(tab.panel).inputValue()).toBe('The original words.');
    }
    await feedBack(a.panel).fill('Tab A’s better words.');
    await a.panel.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => listed(a.panel)).toEqual(['Tab A’s better words.']);
    return { a, c };
  }

  it('tells the other tab at once, then shows both versions and keeps both when asked', async () => {
    const { a, c } = await editedInBothThenSavedInA('essay=both');
    await expect
      .poll(() => c.panel.getByText('This item was changed in another tab').count())
      .toBe(1);

    await feedBack(c.panel).fill('Tab C’s own words.');
    await c.panel.getByRole('button', { name: 'Save changes' }).click();
    const conflict = c.panel.getByRole('group', { name: 'Two versions of this feedback' });
    await expect.poll(() => conflict.count()).toBe(1);
    await expect(conflict.textContent()).resolves.toContain('Tab A’s better words.');
    await expect(conflict.textContent()).resolves.toContain('Tab C’s own words.');
    await expect.poll(() => listed(c.panel)).toEqual(['Tab A’s better words.']);

    await conflict.getByRole('button', { name: 'Keep both' }).click();
    await expect
      .poll(async () => (await listed(c.panel)).sort())
      .toEqual(['Tab A’s better words.', 'Tab C’s own words.']);
    await a.page.close();
    await c.page.close();
  });

  it('writes over the other tab’s edit when the teacher chooses to keep their own', async () => {
    const { a, c } = await editedInBothThenSavedInA('essay=mine');
    await feedBack(c.panel).fill('Tab C wins.');
    await c.panel.getByRole('button', { name: 'Save changes' }).click();
    const conflict = c.panel.getByRole('group', { name: 'Two versions of this feedback' });
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => listed(c.panel)).toEqual(['Tab C wins.']);
    await expect.poll(() => listed(a.panel)).toEqual(['Tab C wins.']);
    await a.page.close();
    await c.page.close();
  });
});
