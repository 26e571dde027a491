import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { openDashboard } from './support/dashboard';
import { composerPart } from './support/extension-browser';
import { openWithPanel, useExtensionSuite } from './support/suite';

const CLASS = ['Maja Lind', 'Omar Haddad', 'Åsa Berg', 'Liam Nilsson', 'Sara Ek'];
const OLDER = 'Open with the question your essay answers.';
const NEWER = 'Check each source before you quote it.';
const ESSAY_TITLE = 'Should school start later? – Maja, 9B';

/** Chooses "New …" in an InlineCreateSelect, types the name, presses Enter and waits until it is stored. */
async function createInPlace(page: Page | Frame, select: string, option: string, name: string) {
  await page.getByLabel(select, { exact: true }).selectOption({ label: option });
  const field = page.getByRole('textbox', { name: /^Name of the new / });
  await field.fill(name);
  await field.press('Enter');
  await expect.poll(() => field.count()).toBe(0);
}

/** Writes one feed-forward at `level` on the panel's document for Maja and saves it. */
async function feedForwardForMaja(panel: Frame, text: string, level: string) {
  await panel.getByLabel('Student', { exact: true }).selectOption({ label: 'Maja Lind' });
  const part = composerPart(panel, 'Feed forward');
  await part.text.fill(text);
  await part.level(level);
  await panel.getByRole('button', { name: 'Save feedback' }).click();
  await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(1);
}

/** Presses Tab until the focused element passes `check` (in the page), at most 60 times. */
async function tabTo(page: Page, check: string) {
  for (let step = 0; step < 60; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(check)) return;
  }
  throw new Error(`Tab never reached ${check}`);
}

/** The feedback texts the student view lists, top to bottom. */
const listedTexts = (page: Page) =>
  page.getByTestId('student-item').getByTestId('feedback-text').allTextContents();

describe('the student view', () => {
  const suite = useExtensionSuite();

  it('shows a learner of a class made on the dashboard across two documents, newest first, filtered by level, with the uptake; by keyboard alone and without axe findings', async () => {
    const dashboard = await openDashboard(suite.browser, '');
    await dashboard.getByRole('tab', { name: 'Students' }).click();
    await createInPlace(dashboard, 'Class', 'New class…', '7B');
    for (const [index, name] of CLASS.entries()) {
      await createInPlace(dashboard, 'Add a student to 7B', 'New student…', name);
      await expect
        .poll(() =>
          dashboard.getByRole('heading', { name: `Students in 7B: ${index + 1}` }).count(),
        )
        .toBe(1);
    }

    const essay = await openWithPanel(suite, 'essay-en.html');
    await feedForwardForMaja(essay.panel, OLDER, 'Process');
    const classOfMaja = essay.panel.getByLabel('Class', { exact: true });
    await expect
      .poll(() =>
        classOfMaja.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text),
      )
      .toBe('7B');
    await essay.panel
      .getByRole('group', { name: 'Outcome' })
      .getByRole('button', { name: 'Acted on' })
      .click();

    const plain = await openWithPanel(suite, 'plain.html?students=second');
    await feedForwardForMaja(plain.panel, NEWER, 'Task');
    const [view] = await Promise.all([
      suite.browser.context.waitForEvent('page'),
      plain.panel.getByRole('link', { name: 'Student view: Maja Lind' }).click(),
    ]);
    await expect.poll(() => view.getByRole('heading', { name: 'Maja Lind' }).count()).toBe(1);
    await expect.poll(() => listedTexts(view)).toEqual([NEWER, OLDER]);
    const older = view.getByTestId('student-item').nth(1);
    await expect.poll(() => older.getByRole('link', { name: ESSAY_TITLE }).count()).toBe(1);
    expect(await older.textContent()).toContain('Process');

    const all = view.getByTestId('uptake-row-all');
    await expect.poll(() => all.textContent()).toContain('100% (1 of 2 with an outcome)');
    // The class's column follows once its learners are counted, one after another.
    await expect
      .poll(() => view.getByRole('columnheader', { name: 'Class 7B: taken up' }).count())
      .toBe(1);

    await view
      .getByTestId('student-view')
      .getByLabel('Level', { exact: true })
      .selectOption({ label: 'Process' });
    await expect.poll(() => listedTexts(view)).toEqual([OLDER]);

    expect(await axeViolations(view, '.students-tab')).toEqual([]);

    // The same by keyboard alone, from a dashboard opened at its first tab.
    const keyboard = await openDashboard(suite.browser, '');
    await tabTo(keyboard, `document.activeElement?.getAttribute('role') === 'tab'`);
    await keyboard.keyboard.press('ArrowRight');
    await tabTo(keyboard, `document.activeElement?.getAttribute('role') === 'combobox'`);
    await keyboard.keyboard.type('maj');
    await expect
      .poll(() => keyboard.getByRole('option', { name: 'Maja Lind', selected: true }).count())
      .toBe(1);
    await keyboard.keyboard.press('Enter');
    await expect.poll(() => listedTexts(keyboard)).toEqual([NEWER, OLDER]);
    await tabTo(keyboard, `document.activeElement?.labels?.[0]?.textContent === 'Level'`);
    await keyboard.keyboard.press('ArrowDown');
    await keyboard.keyboard.press('ArrowDown');
    await expect.poll(() => listedTexts(keyboard)).toEqual([OLDER]);
    await tabTo(keyboard, `document.activeElement?.textContent === ${JSON.stringify(ESSAY_TITLE)}`);
  }, 120_000);
});
