import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { composerPart, openPanel, selectText } from './extension-browser';
import { PAGES_DIR, type Suite } from './suite';

/** Saves feedback with `text` on `passage` of the page and waits until the list shows it. */
export async function saveFeedback(panel: Frame, page: Page, passage: string, text: string) {
  await selectText(page, passage);
  await expect
    .poll(() => panel.getByTestId('selected-quote').textContent())
    .toBe(passage.replace(/\s+/g, ' '));
  await composerPart(panel, 'Feed back').text.fill(text);
  await panel.getByRole('button', { name: 'Save feedback' }).click();
  await expect
    .poll(() => panel.getByTestId('feedback-item').filter({ hasText: text }).count())
    .toBe(1);
}

/**
 * Serves `file` as the student revised it (`revise` applied to its HTML) at
 * the page's own address, reloads, and opens the panel again, as a teacher
 * coming back to the document later.
 */
export async function reopenRevised(
  suite: Suite,
  page: Page,
  file: string,
  revise: (html: string) => string,
): Promise<Frame> {
  const original = await readFile(join(PAGES_DIR, file), 'utf8');
  const address = page.url();
  await page.route(
    (url) => url.href === address,
    (route) => route.fulfill({ contentType: 'text/html', body: revise(original) }),
  );
  await page.reload();
  return openPanel(suite.browser, page);
}

/** The saved item in the panel's list whose feedback says `text`. */
export function itemFor(panel: Frame, text: string) {
  return panel.getByTestId('feedback-item').filter({ hasText: text });
}
