import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';

/** A backup file as the tests hand it around: its name and its text. */
export interface BackupFileText {
  name: string;
  text: string;
}

/** Opens the extension's dashboard in a new tab, at one of its sections. */
export async function openDashboard(browser: ExtensionBrowser, section: string): Promise<Page> {
  const dashboard = await browser.context.newPage();
  await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#${section}`);
  return dashboard;
}

/** Saves a backup on the dashboard and returns the downloaded file's name and text. */
export async function saveBackup(dashboard: Page): Promise<BackupFileText> {
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('button', { name: 'Save a backup' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** The dashboard's restore field, where a backup file is picked. */
export function restoreField(dashboard: Page) {
  return dashboard.getByLabel('Restore from a backup file');
}

/** Picks `backup` in the dashboard's restore field (the check and preview follow). */
export async function pickBackup(dashboard: Page, backup: BackupFileText): Promise<void> {
  await restoreField(dashboard).setInputFiles({
    name: backup.name,
    mimeType: 'application/json',
    buffer: Buffer.from(backup.text),
  });
}

/** The texts of every alert on the page, where refusals are said. */
export function alertTexts(page: Page): Promise<string[]> {
  return page.getByRole('alert').allTextContents();
}
