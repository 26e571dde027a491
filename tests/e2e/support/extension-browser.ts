import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  type ExtensionBrowser,
  type LaunchOptions,
  launchWithExtension as launchChromiumWithExtension,
} from '../../../scripts/lib/chromium-extension.mjs';
import { PANEL_HOST_SELECTOR } from './panel-host';

export type { ExtensionBrowser };

/** The built extension the tests load (built by `npm run build` before e2e). */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/**
 * Starts Debian's Chromium headless with the built extension (by default
 * the one in `.output/chrome-mv3`), as a teacher's browser with it installed
 * would be, in a fresh profile. `profileDir` reopens an existing profile.
 */
export function launchWithExtension(
  options: Partial<LaunchOptions> = {},
): Promise<ExtensionBrowser> {
  return launchChromiumWithExtension({
    profilePrefix: 'feedforward-e2e-',
    ...options,
    extensionDir: options.extensionDir ?? EXTENSION_DIR,
  });
}

/** The panel's frame in a page, once it has loaded. */
export function findPanelFrame(page: Page): Frame | undefined {
  return page.frames().find((frame) => frame.url().includes('/panel.html'));
}

/** Whether the panel host is on the page and slid in. */
export async function isPanelOpen(page: Page): Promise<boolean> {
  return page.evaluate((selector) => {
    const host = document.querySelector(selector) as HTMLElement | null;
    return !!host && host.style.getPropertyValue('visibility') === 'visible';
  }, PANEL_HOST_SELECTOR);
}

/**
 * Clicks the extension's toolbar button for this tab, through the DevTools
 * protocol: a real action click, granting activeTab exactly as a teacher's
 * click does. A click sent right after a navigation is sometimes dropped,
 * so it is repeated until the panel changes state.
 */
export async function clickToolbarButton(browser: ExtensionBrowser, page: Page): Promise<void> {
  const before = await isPanelOpen(page);
  const cdpBrowser = browser.context.browser();
  const session = cdpBrowser
    ? await cdpBrowser.newBrowserCDPSession()
    : await browser.context.newCDPSession(page);
  try {
    const { targetInfos } = (await session.send('Target.getTargets', {
      filter: [{ type: 'tab' }],
    } as never)) as { targetInfos: { targetId: string; url: string }[] };
    const tab = targetInfos.find((target) => target.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await session.send(
        'Extensions.triggerAction' as never,
        {
          id: browser.extensionId,
          targetId: tab.targetId,
        } as never,
      );
      const deadline = Date.now() + 1000;
      while (Date.now() < deadline) {
        if ((await isPanelOpen(page)) !== before) return;
        await page.waitForTimeout(50);
      }
    }
    throw new Error('the toolbar click did not toggle the panel');
  } finally {
    await session.detach();
  }
}

/**
 * Opens the panel with the toolbar button and waits until it has slid fully
 * in and is connected to the page.
 */
export async function openPanel(browser: ExtensionBrowser, page: Page): Promise<Frame> {
  await clickToolbarButton(browser, page);
  await page.waitForFunction((selector) => {
    const host = document.querySelector(selector);
    return !!host && getComputedStyle(host).transform === 'matrix(1, 0, 0, 1, 0, 0)';
  }, PANEL_HOST_SELECTOR);
  for (let i = 0; i < 100; i += 1) {
    const frame = findPanelFrame(page);
    if (frame && (await frame.locator('.panel').count()) > 0) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('the panel did not connect');
}

/**
 * Runs in the page: selects the first occurrence of `needle` in the body, as
 * a teacher dragging over it would; false when the text is not there. Self-
 * contained, so the Chromium and the Firefox tests can both send it to a page.
 */
export function selectFirstOccurrence(needle: string): boolean {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const index = (node as Text).data.indexOf(needle);
    if (index === -1) continue;
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + needle.length);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return true;
  }
  return false;
}

/** Runs in the page: the text of every passage painted by a CSS highlight (ours are the only ones). */
export function highlightedTexts(): string[] {
  const texts: string[] = [];
  for (const highlight of CSS.highlights.values()) {
    for (const range of highlight) texts.push(range.toString());
  }
  return texts;
}

/** Selects the first occurrence of `text` in the page, as a teacher dragging over it would. */
export async function selectText(page: Page, text: string): Promise<void> {
  if (!(await page.evaluate(selectFirstOccurrence, text))) {
    throw new Error(`text not on the page: ${text}`);
  }
}

/**
 * Selects the start of an element's text (up to `length` characters, ending
 * on a word boundary), and returns what was selected.
 */
export async function selectInElement(page: Page, selector: string, length = 60): Promise<string> {
  const text = await page
    .locator(selector)
    .first()
    .evaluate((element, max) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const first = walker.nextNode() as Text | null;
      if (!first) throw new Error('element has no text');
      const words = first.data.trimStart().slice(0, max);
      const cut = words.lastIndexOf(' ') > 10 ? words.slice(0, words.lastIndexOf(' ')) : words;
      return cut;
    }, length);
  await selectText(page, text);
  return text;
}

/** One part of the composer (its fieldset is named by the feedback question, e.g. "Feed back"). */
export function composerPart(panel: Frame, question: string) {
  const group = panel.getByRole('group', { name: question, exact: true });
  return {
    group,
    text: group.getByRole('textbox'),
    /** Chooses the part's level by its chip, e.g. "Process". */
    level: async (label: string) => {
      await group.locator('.level-chip', { hasText: label }).click();
      await expect
        .poll(() => group.getByRole('radio', { name: label, exact: true }).isChecked())
        .toBe(true);
    },
  };
}

/** Writes and saves the first item on a document (the list then shows one), as a teacher would. */
export async function saveFirstItem(panel: Frame, text: string): Promise<void> {
  await composerPart(panel, 'Feed back').text.fill(text);
  await panel.getByRole('button', { name: 'Save feedback' }).click();
  await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(1);
}

/** Unfolds a folded section of the panel (a `details` element), unless it is open already. */
export async function unfold(panel: Frame, selector: string): Promise<void> {
  const details = panel.locator(selector);
  const open = await details.evaluate((element) => (element as HTMLDetailsElement).open);
  if (!open) await details.locator('summary').click();
}

/** Unfolds the golden rules under the composer (one summary line until opened). */
export function openChecklist(panel: Frame): Promise<void> {
  return unfold(panel, 'details.checklist');
}

/** Shows every saved item of a long list (it shows the newest page first). */
export async function showAllItems(panel: Frame): Promise<void> {
  const more = panel.getByRole('button', { name: /^Show \d+ older$/ });
  while ((await more.count()) > 0) await more.click();
}

/**
 * Where the composer's three parts and its Save button end in the panel,
 * and the panel's height: the first screen holds them when none ends below
 * the height.
 */
export function firstScreenBottoms(
  panel: Frame,
): Promise<{ fields: number[]; save: number; height: number }> {
  return panel.evaluate(() => {
    const bottom = (element: Element | null | undefined) =>
      Math.round(element?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY);
    const fields = [...document.querySelectorAll('.composer-field:not(.praise) textarea')];
    const save = [...document.querySelectorAll('button')].find(
      (button) => button.textContent === 'Save feedback',
    );
    return { fields: fields.map(bottom), save: bottom(save), height: innerHeight };
  });
}

/** Adds a success criterion to the assignment being edited, typed as a teacher would. */
export async function addCriterion(page: Page, panel: Frame, text: string) {
  const before = await composerPart(panel, 'Feed up')
    .group.getByLabel('Success criterion')
    .locator('option')
    .count();
  await panel.getByRole('button', { name: 'Add a criterion' }).focus();
  await page.keyboard.press('Enter');
  // The new criterion's empty field takes the focus.
  await expect
    .poll(() =>
      panel.evaluate(() => {
        const active = document.activeElement;
        const field = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
        return field && active.value === '';
      }),
    )
    .toBe(true);
  await page.keyboard.type(text);
  await expect
    .poll(() =>
      composerPart(panel, 'Feed up')
        .group.getByLabel('Success criterion')
        .locator('option')
        .count(),
    )
    .toBe(Math.max(before, 1) + 1);
}
