import { describe, expect, it } from 'vitest';
import { composerPart, isPanelOpen, openPanel } from './support/extension-browser';
import { PANEL_HOST_SELECTOR } from './support/panel-host';
import { useExtensionSuite } from './support/suite';

describe('a page that works against the panel', () => {
  const suite = useExtensionSuite();

  it('cannot stop the panel opening or capture its host by defining its element name first', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('defines-host-name.html'));
    const panel = await openPanel(suite.browser, page);
    await composerPart(panel, 'Feed back').text.fill('A note the page must not see.');
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(1);
    const captured = await page.evaluate(() => (window as { __captured?: unknown }).__captured);
    expect(captured).toBeUndefined();
    await page.close();
  });

  it('opens again from the toolbar after the page removed the open panel', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html'));
    await openPanel(suite.browser, page);
    await page.evaluate(
      (selector) => document.querySelector(selector)?.remove(),
      PANEL_HOST_SELECTOR,
    );
    expect(await isPanelOpen(page)).toBe(false);

    const panel = await openPanel(suite.browser, page);
    await composerPart(panel, 'Feed back').text.fill('Still working after the page removed it.');
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(1);
    await page.close();
  });
});
