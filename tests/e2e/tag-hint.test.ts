import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { composerPart, openPanel } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

/** The bank's feed-up template that, read on its own, sounds like a next step. */
const FEED_UP_TEMPLATE =
  'In this task, the conclusion should sum up the main findings and answer the question from the introduction, without adding new material.';
const TYPED_NEXT_STEP = 'Next time, make an outline before you start drafting.';

/** Picks a template for the focused part with the keyboard: Ctrl+K, the words, Enter. */
async function insertTemplate(page: Page, words: string) {
  await page.keyboard.press('Control+K');
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
}

describe('the tag hint beside a part', () => {
  const suite = useExtensionSuite();

  it('does not contradict a template from the bank, and still reads what was typed', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html?tag-hint=bank'));
    const panel = await openPanel(suite.browser, page);
    const feedUp = composerPart(panel, 'Feed up');
    const feedBack = composerPart(panel, 'Feed back');

    await feedUp.text.focus();
    await insertTemplate(page, 'conclusion should sum up the main findings');
    await expect.poll(() => feedUp.text.inputValue()).toBe(FEED_UP_TEMPLATE);

    // Typed text in another part gets its hint from the same review, so once
    // it shows, the review has judged the feed-up part too.
    await feedBack.text.fill(TYPED_NEXT_STEP);
    await expect
      .poll(() => feedBack.group.locator('.tag-hint').textContent())
      .toContain('Reads like Feed forward.');
    await expect(feedUp.group.locator('.tag-hint').count()).resolves.toBe(0);

    // What the teacher types after the template is still read.
    await feedUp.text.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(` ${TYPED_NEXT_STEP}`);
    await expect
      .poll(() => feedUp.group.locator('.tag-hint').textContent())
      .toContain('Reads like Feed forward.');
    await page.close();
  });
});
