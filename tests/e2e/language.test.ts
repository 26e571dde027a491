import { describe, expect, it } from 'vitest';
import { openPanel } from './support/extension-browser';
import { shadowElement } from './support/host-shadow';
import { useExtensionSuite } from './support/suite';

describe('the interface language', () => {
  const suite = useExtensionSuite();

  it('follows the browser language, switches at once when set, and stays switched', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html'));
    const panel = await openPanel(suite.browser, page);
    await expect(panel.getByRole('heading', { name: 'New feedback' }).count()).resolves.toBe(1);

    await panel.getByLabel('Language', { exact: true }).selectOption('sv');
    await expect
      .poll(() => panel.getByRole('heading', { name: 'Ny återkoppling' }).count())
      .toBe(1);
    await expect(panel.getByRole('button', { name: 'Spara återkoppling' }).count()).resolves.toBe(
      1,
    );
    await expect.poll(() => panel.evaluate(() => document.documentElement.lang)).toBe('sv');
    // The host's own controls on the page follow too.
    const handle = await shadowElement(page, '[role=separator]');
    await expect
      .poll(() => handle.attribute('aria-label'))
      .toBe('Ändra bredd på Feedforward-panelen (vänster- och högerpil)');

    await panel.getByLabel('Språk', { exact: true }).selectOption('nb');
    await expect
      .poll(() => panel.getByRole('heading', { name: 'Ny tilbakemelding' }).count())
      .toBe(1);

    await page.reload();
    const reopened = await openPanel(suite.browser, page);
    await expect
      .poll(() => reopened.getByRole('button', { name: 'Lagre tilbakemelding' }).count())
      .toBe(1);
    await page.close();
  });
});
