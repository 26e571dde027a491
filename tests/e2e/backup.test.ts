import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  alertTexts,
  type BackupFileText,
  openDashboard,
  pickBackup,
  saveBackup,
} from './support/dashboard';
import { composerPart, openPanel, selectInElement } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

/** Writes one feedback item on the passage selected in `selector`. */
async function saveFeedback(page: Page, panel: Frame, selector: string, text: string) {
  const quote = await selectInElement(page, selector);
  await expect.poll(() => panel.getByTestId('selected-quote').textContent()).toBe(quote);
  await composerPart(panel, 'Feed forward').text.fill(text);
  await panel.getByRole('button', { name: 'Save feedback' }).click();
  await expect.poll(() => panel.getByText(text, { exact: true }).count()).toBe(1);
}

/** Picks `backup` in the dashboard's restore field and restores it, replacing everything. */
async function restoreReplacing(dashboard: Page, backup: BackupFileText) {
  await pickBackup(dashboard, backup);
  await dashboard.getByLabel(/^Replace: delete everything here/).check();
  await dashboard.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect.poll(() => dashboard.getByText('The backup was restored.').count()).toBe(1);
}

/** A backup's records, without the note of when the last backup was made (a backup changes it). */
function recordsOf(text: string) {
  const file = JSON.parse(text) as {
    data: { data: { tableName: string; rows: { key?: string }[] }[] };
  };
  return Object.fromEntries(
    file.data.data.map(({ tableName, rows }) => [
      tableName,
      rows.filter((row) => row.key !== 'lastBackupAt'),
    ]),
  );
}

const feedbackTexts = (panel: Frame) => panel.getByTestId('feedback-text').allTextContents();

describe('backup and restore on the dashboard', () => {
  const suite = useExtensionSuite();

  it('a backup restored with "replace" brings everything back; a broken file changes nothing', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-en.html'));
    const panel = await openPanel(suite.browser, page);
    await saveFeedback(page, panel, 'p:nth-of-type(2)', 'Plan each paragraph before writing it.');
    await saveFeedback(page, panel, 'p:last-of-type', 'Name one source for this claim.');

    const dashboard = await openDashboard(suite.browser, 'backup');
    const backup = await saveBackup(dashboard);
    expect(backup.name).toMatch(/^feedforward-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await expect.poll(() => dashboard.getByText(`Backup saved as ${backup.name}.`).count()).toBe(1);
    await expect
      .poll(() => dashboard.getByTestId('last-backup').textContent())
      .toMatch(/^Last backup: /);

    // Change the data: one item deleted, another added.
    await panel.getByRole('button', { name: 'Delete feedback 1' }).click();
    await saveFeedback(page, panel, 'p:nth-of-type(3)', 'Added after the backup.');
    await expect
      .poll(async () => (await feedbackTexts(panel)).sort())
      .toEqual(['Added after the backup.', 'Name one source for this claim.']);

    await pickBackup(dashboard, backup);
    // The preview: two items in the file, one of them new here, none differing.
    const feedbackRow = dashboard.locator('#backup tr[data-table="feedback"] td');
    await expect.poll(() => feedbackRow.allTextContents()).toEqual(['2', '1', '0']);
    await restoreReplacing(dashboard, backup);

    // Everything is as it was when the backup was made.
    const after = await saveBackup(dashboard);
    expect(recordsOf(after.text)).toEqual(recordsOf(backup.text));
    await expect
      .poll(async () => (await feedbackTexts(panel)).sort())
      .toEqual(['Name one source for this claim.', 'Plan each paragraph before writing it.']);

    // A broken file: refused with the reason, nothing changes.
    await pickBackup(dashboard, {
      name: 'feedforward-backup-broken.json',
      text: backup.text.slice(0, Math.floor(backup.text.length / 2)),
    });
    await expect
      .poll(() => alertTexts(dashboard))
      .toContainEqual(expect.stringContaining('it cannot be read as data (JSON)'));
    expect(await dashboard.getByRole('button', { name: 'Restore', exact: true }).count()).toBe(0);
    const unchanged = await saveBackup(dashboard);
    expect(recordsOf(unchanged.text)).toEqual(recordsOf(backup.text));
    await dashboard.close();
    await page.close();
  });

  it('export, delete all data, import: everything is back', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-sv.html'));
    const panel = await openPanel(suite.browser, page);
    await saveFeedback(
      page,
      panel,
      'p:nth-of-type(2)',
      'Skriv en mening om varför källan är trovärdig.',
    );

    const dashboard = await openDashboard(suite.browser, 'storage');
    const backup = await saveBackup(dashboard);

    await dashboard.getByRole('button', { name: 'Delete all data…' }).click();
    await dashboard.getByRole('button', { name: 'Delete permanently' }).click();
    await expect.poll(() => dashboard.getByText(/^Deleted /).count()).toBeGreaterThan(0);
    await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(0);

    await restoreReplacing(dashboard, backup);

    const after = await saveBackup(dashboard);
    expect(recordsOf(after.text)).toEqual(recordsOf(backup.text));
    await expect
      .poll(() => feedbackTexts(panel))
      .toEqual(['Skriv en mening om varför källan är trovärdig.']);
    await dashboard.close();
    await page.close();
  });
});
