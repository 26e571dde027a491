import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { grownBackup } from '../../scripts/lib/large-backup.mjs';
import {
  alertTexts,
  type BackupFileText,
  openDashboard,
  pickBackup,
  restoreField,
  saveBackup,
} from './support/dashboard';
import { openPanel, saveFirstItem } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

/** Records in the large backup: enough for the restore to take a few seconds. */
const LARGE = 20_000;

/** The restore button of the preview, shown once a picked file passed every check. */
const restoreButton = (dashboard: Page) =>
  dashboard.getByRole('button', { name: 'Restore', exact: true });

/** The page still works after a refusal: a good backup picked next is checked and previewed. */
async function expectRestoreStillWorks(dashboard: Page, backup: BackupFileText) {
  await pickBackup(dashboard, backup);
  await expect.poll(() => restoreButton(dashboard).count()).toBe(1);
  expect(await dashboard.getByText('Checking the file…').count()).toBe(0);
}

describe('a backup file the dashboard must refuse', () => {
  const suite = useExtensionSuite();

  it('refuses an export date that looks right but cannot be, and the restore field works again', async () => {
    const dashboard = await openDashboard(suite.browser, 'backup');
    const backup = await saveBackup(dashboard);
    const file = JSON.parse(backup.text) as { feedforward: { exportedAt: string } };
    file.feedforward.exportedAt = '2026-13-45T25:61:61Z';

    await pickBackup(dashboard, { name: backup.name, text: JSON.stringify(file) });
    await expect
      .poll(() => alertTexts(dashboard))
      .toContainEqual(
        expect.stringContaining('damaged and cannot be read (at “feedforward.exportedAt”)'),
      );
    expect(await restoreButton(dashboard).count()).toBe(0);

    await expectRestoreStillWorks(dashboard, backup);
    await dashboard.close();
  });

  it('refuses a 2.5 GB file by its size, without reading it', async () => {
    const dashboard = await openDashboard(suite.browser, 'backup');
    const backup = await saveBackup(dashboard);
    // A sparse file: 2.5 GB to the browser, no disk space taken.
    const folder = await mkdtemp(join(tmpdir(), 'feedforward-large-'));
    try {
      const path = join(folder, 'feedforward-backup-huge.json');
      await writeFile(path, '');
      await truncate(path, 2_500_000_000);
      await restoreField(dashboard).setInputFiles(path);
      await expect
        .poll(() => alertTexts(dashboard), { timeout: 5_000 })
        .toContainEqual(
          'This file is 2.5 GB; a backup can be at most 300 MB. Is it the right file?',
        );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    await expectRestoreStillWorks(dashboard, backup);
    await dashboard.close();
  });
});

describe('a large backup', () => {
  const suite = useExtensionSuite();

  it('is restored with a running count while the page still answers', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html?backup=large'));
    const panel = await openPanel(suite.browser, page);
    await saveFirstItem(panel, 'The item the large backup is made of.');

    const dashboard = await openDashboard(suite.browser, 'backup');
    const backup = await saveBackup(dashboard);
    await pickBackup(dashboard, { name: backup.name, text: grownBackup(backup.text, LARGE) });
    await restoreButton(dashboard).waitFor({ timeout: 60_000 });
    await dashboard.getByLabel(/^Replace: delete everything here/).check();
    await restoreButton(dashboard).click();

    const counts = new Set<string>();
    const status = dashboard.getByText(/^Restoring… [\d,]+ of [\d,]+ records$/);
    await expect
      .poll(async () => {
        const text = await status.textContent({ timeout: 100 }).catch(() => null);
        if (text) counts.add(text);
        return counts.size;
      })
      .toBeGreaterThan(1);
    const followUps = dashboard.getByRole('tab', { name: 'Follow-ups' });
    await followUps.click({ timeout: 1_000 });
    expect(await followUps.getAttribute('aria-selected')).toBe('true');
    await dashboard.getByRole('tab', { name: 'Storage' }).click();
    await dashboard.getByText('The backup was restored.').waitFor({ timeout: 60_000 });
    await page.close();
    await dashboard.close();
  });
});
