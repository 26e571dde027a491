import { readFile } from 'node:fs/promises';
import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { openDashboard } from './support/dashboard';
import { composerPart, openPanel } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

/** Writes one item in the panel's composer and saves it; the list then holds `count` items. */
async function saveItem(
  panel: Frame,
  parts: { feedBack: string; feedForward?: string },
  count: number,
): Promise<void> {
  await composerPart(panel, 'Feed back').text.fill(parts.feedBack);
  if (parts.feedForward) await composerPart(panel, 'Feed forward').text.fill(parts.feedForward);
  await panel.getByRole('button', { name: 'Save feedback' }).click();
  await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(count);
}

/** The chart whose table has this caption (its title). */
function chart(page: Page, title: string): Locator {
  return page.locator('figure.chart').filter({ has: page.locator('caption', { hasText: title }) });
}

/** A chart table's cells, row by row, as their text (read also while the table is folded). */
async function tableRows(figure: Locator): Promise<string[][]> {
  const rows = figure.locator('tbody tr');
  const texts: string[][] = [];
  for (let row = 0; row < (await rows.count()); row++) {
    texts.push(await rows.nth(row).locator('th, td').allTextContents());
  }
  return texts;
}

/** Presses `key` until the focused element is the one `isTarget` accepts (at most `limit` times). */
async function pressUntil(page: Page, key: string, isTarget: () => Promise<boolean>, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await isTarget()) return;
    await page.keyboard.press(key);
  }
  expect(await isTarget()).toBe(true);
}

const isFocused = (locator: Locator) => () =>
  locator.evaluate((element) => element === document.activeElement);

describe('the teacher’s mirror on the dashboard', () => {
  const suite = useExtensionSuite();

  it('shows the saved feedback by week, what the review flagged and what was changed before saving, with tables and CSV, by keyboard alone', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html?mirror=1'));
    const panel = await openPanel(suite.browser, page);

    // A criticism of the person: the review flags it, and the teacher says what the work does instead.
    await composerPart(panel, 'Feed back').text.fill('You are lazy and careless.');
    await expect
      .poll(() => panel.locator('.finding[data-rule="person-criticism"]').count())
      .toBe(1);
    await saveItem(
      panel,
      {
        feedBack: 'The last two paragraphs have several spelling mistakes.',
        feedForward: 'Next, read the ending aloud and correct the spelling.',
      },
      1,
    );
    await saveItem(
      panel,
      {
        feedBack: 'Your introduction states the question clearly.',
        feedForward: 'Next, add a source for the second claim.',
      },
      2,
    );
    // Praise of the person, left in the feedback on the work and saved as it is.
    await composerPart(panel, 'Feed back').text.fill('You are so clever.');
    await expect.poll(() => panel.locator('.finding[data-rule="person-praise"]').count()).toBe(1);
    await saveItem(panel, { feedBack: 'You are so clever.' }, 3);

    const dashboard = await openDashboard(suite.browser, '');
    // Keyboard only from here: the tabs by arrow keys, the controls by Tab.
    const mirrorTab = dashboard.getByRole('tab', { name: 'Mirror' });
    await expect.poll(() => mirrorTab.count(), { timeout: 5000 }).toBe(1);
    await pressUntil(
      dashboard,
      'Tab',
      isFocused(dashboard.getByRole('tab', { name: 'Follow-ups' })),
    );
    await pressUntil(dashboard, 'ArrowRight', isFocused(mirrorTab));
    expect(await mirrorTab.getAttribute('aria-selected')).toBe('true');
    const mirror = dashboard.getByRole('region', { name: 'Your feedback in the mirror' });
    await expect
      .poll(() => mirror.getByTestId('mirror-summary').textContent())
      .toBe('Saved items: 3. Periods: 1.');

    const shares = chart(dashboard, 'What your items contain');
    const sharesTable = shares.locator('summary', { hasText: 'Show as table' });
    await pressUntil(dashboard, 'Tab', isFocused(sharesTable));
    await dashboard.keyboard.press('Enter');
    const sharesRows = shares.getByRole('table', { name: 'What your items contain' });
    await expect.poll(() => sharesRows.isVisible()).toBe(true);
    const [week] = await tableRows(shares);
    expect(week?.[0]).toMatch(/^Week \d+, \d{4}$/);
    // With a feed-forward 2 of 3; person praise 1 of 3; the criticism was changed before saving.
    expect(week?.slice(1)).toEqual(['67%', '33%', '0%', '0%', '0%']);

    expect((await tableRows(chart(dashboard, 'Parts by feedback level')))[0]?.slice(1)).toEqual([
      '5',
      '0',
      '0',
      '0',
    ]);
    expect((await tableRows(chart(dashboard, 'Parts by feedback question')))[0]?.slice(1)).toEqual([
      '0',
      '3',
      '2',
    ]);
    expect((await tableRows(chart(dashboard, 'Improvement points per item')))[0]?.slice(1)).toEqual(
      ['0.7'],
    );
    const rules = mirror.locator('.mirror-rules');
    await expect
      .poll(() => rules.locator('[data-rule="person-criticism"]').textContent())
      .toBe('Criticism of the person — flagged: 1, changed before saving: 1');
    await expect
      .poll(() => rules.locator('[data-rule="person-praise"]').textContent())
      .toBe('Praise of the person — flagged: 1, changed before saving: 0');

    // The teacher row of the five key strategies: feedback reaches "now" and "how to get there".
    const grid = mirror.getByRole('table', { name: 'The five key strategies' });
    await expect
      .poll(() => grid.locator('[data-cell="teacher-feedBack"] .strategy-count').textContent())
      .toBe('3 logged');
    await expect
      .poll(() => grid.locator('[data-cell="peer-feedUp"] .strategy-count').textContent())
      .toBe('Nothing logged yet');

    // The CSV, by keyboard: the same numbers as the table.
    const exportButton = shares.getByRole('button', { name: 'Export CSV' });
    await pressUntil(dashboard, 'Tab', isFocused(exportButton));
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^feedforward-what-your-items-contain-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toMatch(
      /^\uFEFFPeriod,With a feed-forward,Praise of the person,Criticism of the person,Linked to a criterion,Feed-forwards taken up\r\n"Week \d+, \d{4}",67,33,0,0,0\r\n$/,
    );
    await expect.poll(() => shares.getByRole('status').textContent()).toContain('Saved');

    // By month, chosen by keyboard in the "Group by" select.
    const groupBy = mirror.getByLabel('Group by');
    await pressUntil(dashboard, 'Shift+Tab', isFocused(groupBy));
    await dashboard.keyboard.press('ArrowDown');
    await expect.poll(() => groupBy.inputValue()).toBe('month');
    await expect
      .poll(async () => (await tableRows(chart(dashboard, 'What your items contain')))[0]?.[0])
      .toMatch(/^[A-Z][a-z]+ \d{4}$/);

    expect(await axeViolations(dashboard, '.mirror')).toEqual([]);
    await dashboard.close();
    await page.close();
  });
});
