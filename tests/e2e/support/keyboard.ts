import type { Locator, Page } from 'playwright-core';

/** More Tab presses than any page of ours needs to reach a control. */
const MAX_TABS = 80;

/**
 * Presses Tab (with Shift, backwards) until `target` has the keyboard
 * focus, as a teacher without a mouse would; fails if it is never reached.
 */
export async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}
