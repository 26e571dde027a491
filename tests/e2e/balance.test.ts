import { readFile } from 'node:fs/promises';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { openDashboard } from './support/dashboard';
import { composerPart } from './support/extension-browser';
import { seedClass } from './support/seed-class';
import { openWithPanel, useExtensionSuite } from './support/suite';

const CLASS = ['Maja Lind', 'Omar Haddad', 'Åsa Berg', 'Liam Nilsson', 'Sara Ek'];
const CLASS_TABLE = 'Quarter balance of 7B';
const STUDENTS_TABLE = 'Each student in 7B';

/** Saves one feed-forward for Maja on the panel's document. */
async function feedForwardForMaja(panel: Frame, text: string, count: number) {
  await panel.getByLabel('Student', { exact: true }).selectOption({ label: 'Maja Lind' });
  await composerPart(panel, 'Feed forward').text.fill(text);
  await panel.getByRole('button', { name: 'Save feedback' }).click();
  await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(count);
}

/** The rows of the chart table captioned `caption`, each as its cells' text. */
function tableRows(page: Page, caption: string): Promise<string[][]> {
  return page
    .getByRole('table', { name: caption })
    .evaluate((table: HTMLTableElement) =>
      [...table.rows].map((row) => [...row.cells].map((cell) => cell.textContent?.trim() ?? '')),
    );
}

/** The figure (chart, table, export) whose picture is named `title`. */
function chart(page: Page, title: string) {
  return page.locator('figure.chart').filter({ has: page.getByRole('img', { name: title }) });
}

/** Presses Tab until the focused element passes `check` (in the page), at most 80 times. */
async function tabTo(page: Page, check: string) {
  for (let step = 0; step < 80; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(check)) return;
  }
  throw new Error(`Tab never reached ${check}`);
}

describe('the quarter balance', () => {
  const suite = useExtensionSuite();

  it('counts saved feedback and peer and self work logged in the panel, shows it in the Balance tab’s table, exports it as CSV, by keyboard too, without axe findings', async () => {
    const setup = await openDashboard(suite.browser, '');
    await expect.poll(() => setup.getByRole('tab').count()).toBeGreaterThan(0);
    await seedClass(setup, '7B', CLASS);
    await setup.close();

    const { panel } = await openWithPanel(suite, 'essay-en.html');
    await feedForwardForMaja(panel, 'Open with the question your essay answers.', 1);
    await feedForwardForMaja(panel, 'Check each source before you quote it.', 2);
    await panel.getByText('Log activity', { exact: true }).click();
    const kinds = panel.getByRole('group', { name: 'Log as' });
    await kinds.getByRole('button', { name: 'Peer feedback' }).click();
    const status = panel.locator('.log-activity [role="status"]');
    await expect.poll(() => status.textContent()).toContain('Logged: Peer feedback for Maja Lind');
    await kinds.getByRole('button', { name: 'Self-assessment' }).click();
    await expect
      .poll(() => status.textContent())
      .toContain('Logged: Self-assessment for Maja Lind');

    const dashboard = await openDashboard(suite.browser, '');
    await dashboard.getByRole('tab', { name: 'Balance' }).click();
    const classChart = chart(dashboard, CLASS_TABLE);
    await classChart.getByText('Show as table').click();
    await expect
      .poll(() => tableRows(dashboard, CLASS_TABLE))
      .toEqual([
        ['Kind of feedback', 'Share of the work', 'Guide: a quarter'],
        ['Teacher feedback', '50%', '25%'],
        ['Formative check', '0%', '25%'],
        ['Peer feedback', '25%', '25%'],
        ['Self-assessment', '25%', '25%'],
      ]);
    await chart(dashboard, STUDENTS_TABLE).getByText('Show as table').click();
    const students = await tableRows(dashboard, STUDENTS_TABLE);
    expect(students[0]).toEqual([
      'Student',
      'Teacher feedback',
      'Formative check',
      'Peer feedback',
      'Self-assessment',
    ]);
    expect(students.find((row) => row[0] === 'Maja Lind')).toEqual([
      'Maja Lind',
      '2',
      '0',
      '1',
      '1',
    ]);
    expect(students.find((row) => row[0] === 'Omar Haddad')).toEqual([
      'Omar Haddad',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(await dashboard.locator('.balance-suggestion').textContent()).toMatch(
      /^No formative checks in this period — try an exit ticket/,
    );

    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      classChart.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^feedforward-quarter-balance-of-7b-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(await readFile(await download.path(), 'utf8')).toBe(
      '\uFEFFKind of feedback,Share of the work,Guide: a quarter\r\nTeacher feedback,50,25\r\nFormative check,0,25\r\nPeer feedback,25,25\r\nSelf-assessment,25,25\r\n',
    );

    expect(await axeViolations(dashboard, '.balance')).toEqual([]);

    // By keyboard alone: to the Balance tab, open the table, export, then log a formative check for the class.
    const keyboard = await openDashboard(suite.browser, '');
    await tabTo(keyboard, `document.activeElement?.getAttribute('role') === 'tab'`);
    // Follow-ups, Students, Comment bank, then Balance.
    for (let step = 0; step < 3; step += 1) await keyboard.keyboard.press('ArrowRight');
    await keyboard.keyboard.press('Enter');
    await expect
      .poll(() => keyboard.getByRole('tab', { name: 'Balance' }).getAttribute('aria-selected'))
      .toBe('true');
    await tabTo(keyboard, `document.activeElement?.tagName === 'SUMMARY'`);
    await keyboard.keyboard.press('Enter');
    await expect
      .poll(() => tableRows(keyboard, CLASS_TABLE))
      .toContainEqual(['Teacher feedback', '50%', '25%']);
    await tabTo(keyboard, `document.activeElement?.textContent === 'Export CSV'`);
    const [again] = await Promise.all([
      keyboard.waitForEvent('download'),
      keyboard.keyboard.press('Enter'),
    ]);
    expect(await readFile(await again.path(), 'utf8')).toContain('Teacher feedback,50,25');
    await tabTo(keyboard, `document.activeElement?.textContent === 'Formative check'`);
    await keyboard.keyboard.press('Enter');
    await expect
      .poll(() => keyboard.locator('.log-activity [role="status"]').textContent())
      .toContain('Logged: Formative check for The whole class (7B)');
    await expect
      .poll(() => tableRows(keyboard, CLASS_TABLE))
      .toEqual([
        ['Kind of feedback', 'Share of the work', 'Guide: a quarter'],
        ['Teacher feedback', '40%', '25%'],
        ['Formative check', '20%', '25%'],
        ['Peer feedback', '20%', '25%'],
        ['Self-assessment', '20%', '25%'],
      ]);

    // Peer feedback for two students of the class: it counts once for each of them.
    await keyboard.getByLabel('For', { exact: true }).selectOption({ label: 'Some students…' });
    const logKinds = keyboard.getByRole('group', { name: 'Log as' });
    expect(await logKinds.getByRole('button', { name: 'Peer feedback' }).isDisabled()).toBe(true);
    await keyboard.getByRole('checkbox', { name: 'Omar Haddad' }).check();
    // Ticked by keyboard: Tab to the box, Space.
    await tabTo(
      keyboard,
      `document.activeElement?.closest('label')?.textContent?.trim() === 'Åsa Berg'`,
    );
    await keyboard.keyboard.press('Space');
    await expect
      .poll(() => keyboard.locator('.student-checklist').textContent())
      .toContain('2 of 5 chosen');
    expect(await axeViolations(keyboard, '.balance')).toEqual([]);
    await logKinds.getByRole('button', { name: 'Peer feedback' }).click();
    await expect
      .poll(() => keyboard.locator('.log-activity [role="status"]').textContent())
      .toContain('Logged: Peer feedback for Omar Haddad, Åsa Berg');
    await expect
      .poll(() => tableRows(keyboard, CLASS_TABLE))
      .toEqual([
        ['Kind of feedback', 'Share of the work', 'Guide: a quarter'],
        ['Teacher feedback', '28.6%', '25%'],
        ['Formative check', '14.3%', '25%'],
        ['Peer feedback', '42.9%', '25%'],
        ['Self-assessment', '14.3%', '25%'],
      ]);
    await chart(keyboard, STUDENTS_TABLE).getByText('Show as table').click();
    const after = await tableRows(keyboard, STUDENTS_TABLE);
    expect(
      after.filter((row) => ['Omar Haddad', 'Åsa Berg', 'Sara Ek'].includes(row[0] ?? '')),
    ).toEqual([
      ['Omar Haddad', '0', '1', '1', '0'],
      ['Sara Ek', '0', '1', '0', '0'],
      ['Åsa Berg', '0', '1', '1', '0'],
    ]);
  }, 120_000);
});
