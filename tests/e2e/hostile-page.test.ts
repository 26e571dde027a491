import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { composerPart, isPanelOpen, openPanel, saveFirstItem } from './support/extension-browser';
import { shadowElement } from './support/host-shadow';
import { PANEL_HOST_SELECTOR } from './support/panel-host';
import { useExtensionSuite } from './support/suite';

/** Whether the panel's warning that the page covers it is shown. */
async function warningShown(page: Page): Promise<boolean> {
  const warning = await shadowElement(page, '.covered');
  return (await warning.attribute('hidden')) === null;
}

/** Whether a teacher's click on the composer and typing reach it, as real input from the browser. */
async function composerTakesTyping(page: Page, panel: Frame): Promise<boolean> {
  const box = composerPart(panel, 'Feed back').text;
  await box.fill('');
  const area = await box.boundingBox();
  if (!area) throw new Error('the composer has no box');
  await page.mouse.click(area.x + area.width / 2, area.y + area.height / 2);
  await page.keyboard.type('typed');
  return (await box.inputValue()) === 'typed';
}

/** Calls one of the fixture page's own functions, as the page's script would. */
function runPageScript(page: Page, name: string): Promise<void> {
  return page.evaluate((fn) => (window as unknown as Record<string, () => void>)[fn]?.(), name);
}

/** Opens the panel on the covering page, lets the page run `attack`, and checks the panel locks itself, then unlocks when `undo` runs. */
async function expectLockedWhile(
  suite: ReturnType<typeof useExtensionSuite>,
  attack: string,
  undo: string,
): Promise<void> {
  const page = await suite.browser.context.newPage();
  await page.goto(suite.server.url('covers-panel.html'));
  try {
    const panel = await openPanel(suite.browser, page);
    expect(await composerTakesTyping(page, panel)).toBe(true);

    await runPageScript(page, attack);
    await expect.poll(() => warningShown(page).catch(() => false)).toBe(true);
    expect(await composerTakesTyping(page, panel)).toBe(false);

    await runPageScript(page, undo);
    await expect.poll(() => warningShown(page)).toBe(false);
    expect(await composerTakesTyping(page, panel)).toBe(true);
  } finally {
    await page.close();
  }
}

describe('a page that works against the panel', () => {
  const suite = useExtensionSuite();

  it('cannot stop the panel opening or capture its host by defining its element name first', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('defines-host-name.html'));
    const panel = await openPanel(suite.browser, page);
    await saveFirstItem(panel, 'A note the page must not see.');
    const captured = await page.evaluate(() => (window as { __captured?: unknown }).__captured);
    expect(captured).toBeUndefined();
    await page.close();
  });

  it('opens again from the toolbar after the page removed the open panel', async () => {
    const page = await suite.browser.context.newPage();
    // A document of its own: the next test saves a first item too.
    await page.goto(suite.server.url('plain.html?hostile=removed'));
    await openPanel(suite.browser, page);
    await page.evaluate(
      (selector) => document.querySelector(selector)?.remove(),
      PANEL_HOST_SELECTOR,
    );
    expect(await isPanelOpen(page)).toBe(false);

    const panel = await openPanel(suite.browser, page);
    await saveFirstItem(panel, 'Still working after the page removed it.');
    await page.close();
  });

  it('keeps what was typed a moment before the page removed the panel', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html?hostile=typed'));
    const panel = await openPanel(suite.browser, page);
    await saveFirstItem(panel, 'A saved item, so the panel has looked for a draft.');
    await composerPart(panel, 'Feed back').text.fill('Typed just before the page struck.');
    await page.evaluate(
      (selector) => document.querySelector(selector)?.remove(),
      PANEL_HOST_SELECTOR,
    );

    const reopened = await openPanel(suite.browser, page);
    await expect
      .poll(() => composerPart(reopened, 'Feed back').text.inputValue())
      .toBe('Typed just before the page struck.');
    await page.close();
  });

  it('warns and locks the panel while a nearly transparent layer covers it', async () => {
    await expectLockedWhile(suite, 'coverEverything', 'uncover');
  });

  it('warns and locks the panel while the page makes it nearly invisible', async () => {
    await expectLockedWhile(suite, 'fadeEverything', 'unfade');
  });
});
