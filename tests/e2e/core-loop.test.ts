import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { firstScreenBottoms, selectText } from './support/extension-browser';
import { openWithPanel, useExtensionSuite } from './support/suite';

/** What has the keyboard focus in the panel, as its accessible name would say. */
function focusedInPanel(panel: Frame): Promise<string> {
  return panel.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active) return '';
    const group = active.closest('[role="radiogroup"]');
    const label = active.getAttribute('aria-label') ?? group?.getAttribute('aria-label') ?? null;
    const byFor = active.id ? document.querySelector(`label[for="${active.id}"]`) : null;
    return label ?? byFor?.textContent ?? active.tagName;
  });
}

/** The keyboard shortcut, as the browser delivers it: the worker asks the tab's page to toggle. */
async function pressPanelShortcut(panel: Frame): Promise<void> {
  await panel.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        tabs: {
          query(filter: object): Promise<{ id: number }[]>;
          sendMessage(tabId: number, message: unknown, options: object): Promise<unknown>;
        };
      };
    };
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    if (!tab) throw new Error('no active tab');
    await chrome.tabs.sendMessage(
      tab.id,
      {
        type: 'host/toggle',
        params: { via: 'shortcut', layout: { width: 380, collapsed: false, placement: 'beside' } },
      },
      { frameId: 0 },
    );
  });
}

/** Presses Tab until `name` has the focus; how many presses it took (fails after `most`). */
async function tabUntil(page: Page, panel: Frame, name: string, most: number): Promise<number> {
  for (let presses = 1; presses <= most; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedInPanel(panel)) === name) return presses;
  }
  throw new Error(`${name} not reached in ${most} presses of Tab`);
}

describe('the writing loop where teachers work', () => {
  const suite = useExtensionSuite();

  const open = (path: string) => openWithPanel(suite, path);

  it('shows the three parts and Save in one screen, ready to type in the first', async () => {
    const { page, panel } = await open('essay-en.html?loop=screen');
    const bottoms = await firstScreenBottoms(panel);
    expect(bottoms.fields).toHaveLength(3);
    for (const field of bottoms.fields) expect(field).toBeLessThanOrEqual(bottoms.height);
    expect(bottoms.save).toBeLessThanOrEqual(bottoms.height);
    expect(await focusedInPanel(panel)).toBe('Feed up');
    await page.close();
  });

  it('goes from a passage to a comment inserted in the platform’s comment box by keyboard alone', async () => {
    const { page, panel } = await open('lms-grading.html?loop=keyboard');
    // The teacher puts the cursor in the comment box, then selects the passage.
    await page.locator('#comment').click();
    const passage = 'Some schools have allready tried starting later';
    await selectText(page, passage);
    await expect.poll(() => panel.getByTestId('selected-quote').textContent()).toBe(passage);

    // From here on, only keys: the shortcut brings the focus back to the panel's first part.
    await pressPanelShortcut(panel);
    await expect.poll(() => focusedInPanel(panel)).toBe('Feed up');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedInPanel(panel)).toBe('Level: Feed back');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedInPanel(panel)).toBe('Feed back');
    await page.keyboard.type('You give two reasons and name the schools’ results.');
    // On to the next part (past the bank's button, "save as template" and the level chips).
    expect(await tabUntil(page, panel, 'Feed forward', 5)).toBeLessThanOrEqual(5);
    // The bank at the field: Ctrl+K, words, Enter.
    await page.keyboard.press('Control+k');
    await expect.poll(() => focusedInPanel(panel)).toBe('Search the comment bank');
    await page.keyboard.type('outline one line per paragraph');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedInPanel(panel)).toBe('Feed forward');
    await page.keyboard.press('Control+Enter');

    // The item just saved has the focus; its Insert is two keys away.
    await expect.poll(() => focusedInPanel(panel)).toBe('LI');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedInPanel(panel)).toBe('Insert feedback 1 into the document');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#comment').inputValue())
      .toContain('You give two reasons and name the schools’ results.');
    // The platform's own script saw it, as if typed.
    await expect.poll(() => page.locator('#state').textContent()).toContain('You give two reasons');
    expect(await page.locator('#comment').inputValue()).toContain('outline');
    await page.close();
  });
});
