import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { composerPart, openPanel } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

/**
 * Makes every IndexedDB write in the panel's frame fail as a full disk does
 * (a QuotaExceededError), or lets them through again. Chromium's own quota
 * override (DevTools' Storage.overrideQuotaForOrigin) does not apply to an
 * extension's origin, so the refusal is raised where IndexedDB would raise
 * it, and everything above it — Dexie, the repositories, the composer — runs
 * as it does on a full disk.
 */
function setDiskFull(panel: Frame, full: boolean): Promise<void> {
  return panel.evaluate((fill) => {
    const store = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put'] };
    store.realPut ??= store.put;
    store.put = fill
      ? () => {
          throw new DOMException('The disk is full.', 'QuotaExceededError');
        }
      : store.realPut;
  }, full);
}

describe('a full disk', () => {
  const suite = useExtensionSuite();
  const listed = (panel: Frame) => panel.getByTestId('feedback-item').count();

  it('lets the waiting save through by itself once there is space again, and says so', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html?disk=full'));
    const panel = await openPanel(suite.browser, page);

    await setDiskFull(panel, true);
    await composerPart(panel, 'Feed back').text.fill('Written while the disk was full.');
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => panel.getByTestId('quota-notice').count()).toBe(1);
    expect(await listed(panel)).toBe(0);

    await setDiskFull(panel, false);
    await expect.poll(() => listed(panel), { timeout: 15_000 }).toBe(1);
    // Shown under Save (and said through the panel's live region).
    await expect.poll(() => panel.locator('.actions').getByText('Feedback saved.').count()).toBe(1);
    expect(await panel.getByTestId('quota-notice').count()).toBe(0);
    await page.close();
  });
});
