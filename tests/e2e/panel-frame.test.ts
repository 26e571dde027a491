import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  composerPart,
  isPanelOpen,
  openPanel,
} from './support/extension-browser';
import { shadowElement } from './support/host-shadow';
import { PANEL_HOST_SELECTOR } from './support/panel-host';
import { useExtensionSuite } from './support/suite';

/** The host element's box on the page. */
function hostBox(page: Page) {
  return page.evaluate((selector) => {
    const host = document.querySelector(selector);
    if (!host) return null;
    const { left, right, width, top, height } = host.getBoundingClientRect();
    const clientWidth = document.documentElement.clientWidth;
    return { left, right, width, top, height, clientWidth, scrollbar: innerWidth - clientWidth };
  }, PANEL_HOST_SELECTOR);
}

describe('the side panel on a page', () => {
  const suite = useExtensionSuite();

  it('slides in on the toolbar button and closes on the same button', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-en.html'));
    expect(await page.locator(PANEL_HOST_SELECTOR).count()).toBe(0);

    await openPanel(suite.browser, page);
    expect(await isPanelOpen(page)).toBe(true);
    const box = await hostBox(page);
    expect(box?.width).toBe(380);
    expect(box?.height).toBe(await page.evaluate(() => innerHeight));
    // The essay scrolls, so it has a scrollbar; the panel ends where the scrollbar begins.
    expect(box?.scrollbar).toBeGreaterThan(0);
    expect(box?.right).toBe(box?.clientWidth);

    await clickToolbarButton(suite.browser, page);
    expect(await isPanelOpen(page)).toBe(false);
    await clickToolbarButton(suite.browser, page);
    expect(await isPanelOpen(page)).toBe(true);
    await page.close();
  });

  it('collapses to an edge tab and expands again', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html'));
    const panel = await openPanel(suite.browser, page);
    await panel.getByRole('button', { name: 'Collapse panel' }).click();
    await expect.poll(async () => (await hostBox(page))?.width).toBe(32);
    const expand = await shadowElement(page, 'button.expand');
    expect(await expand.attribute('aria-label')).toBe('Expand the Feedforward panel');
    const { x, y } = await expand.centre();
    await page.mouse.click(x, y);
    await expect.poll(async () => (await hostBox(page))?.width).toBe(380);
    await page.close();
  });

  it('resizes by dragging or with the arrow keys, and remembers the width on the next page', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html'));
    await openPanel(suite.browser, page);
    const handle = await shadowElement(page, '[role=separator]');
    expect(await handle.attribute('aria-label')).toMatch(/^Resize the Feedforward panel/);
    const start = await hostBox(page);
    if (!start) throw new Error('no panel');

    await page.mouse.move(start.left + 3, 200);
    await page.mouse.down();
    await page.mouse.move(start.left - 120, 200, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await hostBox(page))?.width).toBe(500);

    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await hostBox(page))?.width).toBe(484);

    await page.goto(suite.server.url('essay-en.html'));
    await openPanel(suite.browser, page);
    await expect.poll(async () => (await hostBox(page))?.width).toBe(484);
    await page.close();
  });

  it('shows no data when the panel page is opened by anything but the extension on the page', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html'));
    const panel = await openPanel(suite.browser, page);
    await composerPart(panel, 'Feed back').text.fill(
      'A saved item the forged panel must not show.',
    );
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => panel.getByTestId('feedback-item').count()).toBeGreaterThan(0);

    const forged = await suite.browser.context.newPage();
    await forged.goto(`chrome-extension://${suite.browser.extensionId}/panel.html#not-the-token`);
    await expect
      .poll(() => forged.getByRole('alert').textContent())
      .toContain('only works when Feedforward opens it');
    expect(await forged.getByTestId('feedback-item').count()).toBe(0);
    await forged.close();
    await page.close();
  });
});
