import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { composerPart, highlightedTexts, openPanel, selectText } from './support/extension-browser';
import { itemFor, reopenRevised, saveFeedback } from './support/revised-page';
import { type Suite, useExtensionSuite } from './support/suite';

/** Three passages of the English essay, each of which the student will revise differently. */
const BEFORE_EDIT = 'Sleep researchers recommend that teenagers get between eight and ten hours';
const INSIDE_EDIT =
  'Some schools have allready tried starting later and the results seems to be good.';
const DELETED = 'I am a much nicer person to be around (my little brother can confirm this).';

/** The student's revision: text added before one passage, a word fixed inside another, one removed. */
function revise(html: string): string {
  return html
    .replace(
      'The most important reason for a later start is biology.',
      'The most important reason for a later start is biology, and it is also the best researched one.',
    )
    .replace('allready tried', 'already tried')
    .replace(' I am a much nicer person to be around (my little brother can confirm this).', '');
}

/** The text of every passage our highlights paint in the page. */
function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(highlightedTexts);
}

/** How many passages our highlights paint in the page. */
async function paintedRanges(page: Page): Promise<number> {
  return (await paintedTexts(page)).length;
}

/** What the clipboard holds, read from a page of our own that has the focus. */
async function readClipboard(suite: Suite): Promise<string> {
  const reader = await suite.browser.context.newPage();
  await reader.goto(suite.server.url('plain.html'));
  await reader.bringToFront();
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await reader.close();
  return text;
}

describe('finding passages again', () => {
  const suite = useExtensionSuite();

  it('re-anchors feedback after the student revises the text, and orphans what was deleted', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-en.html'));
    const panel = await openPanel(suite.browser, page);
    await saveFeedback(panel, page, BEFORE_EDIT, 'Good use of a source here.');
    await saveFeedback(panel, page, INSIDE_EDIT, 'Check the spelling in this sentence.');
    await saveFeedback(panel, page, DELETED, 'A personal example makes the point vivid.');
    await expect.poll(() => paintedRanges(page)).toBe(3);

    // The student revises the essay; the teacher opens it again later.
    const reopened = await reopenRevised(suite, page, 'essay-en.html', revise);
    await expect.poll(() => reopened.getByTestId('feedback-item').count()).toBe(3);

    const status = (text: string) => itemFor(reopened, text).getAttribute('data-anchor');
    await expect.poll(() => status('Good use of a source here.')).toBe('anchored');
    await expect.poll(() => status('Check the spelling in this sentence.')).toBe('anchored');
    await expect.poll(() => status('A personal example makes the point vivid.')).toBe('orphaned');
    await expect.poll(() => paintedRanges(page)).toBe(2);
    await expect(reopened.getByTestId('orphan-count').textContent()).resolves.toContain('1 of');

    // The orphan keeps its quote and is moved to a new passage the teacher selects.
    const orphan = itemFor(reopened, 'A personal example makes the point vivid.');
    await expect(orphan.textContent()).resolves.toContain('my little brother can confirm this');
    await selectText(page, 'When I get enough sleep, for example in the summer holiday');
    await expect.poll(() => reopened.getByTestId('selected-quote').count()).toBe(1);
    await orphan.getByRole('button', { name: /^Move feedback 3 to the passage/ }).click();
    await expect.poll(() => status('A personal example makes the point vivid.')).toBe('anchored');
    await expect.poll(() => paintedRanges(page)).toBe(3);
    await page.close();
  });

  it('re-finds a passage whose last word the student replaced, with the new word included', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-sv.html?view=end-word'));
    const panel = await openPanel(suite.browser, page);
    const passage = 'algoritmen lär sig snabbt exakt vilka klipp';
    await saveFeedback(panel, page, passage, 'Förklara hur algoritmen vet det.');
    await expect.poll(() => paintedTexts(page)).toEqual([passage]);

    const reopened = await reopenRevised(suite, page, 'essay-sv.html', (html) =>
      html.replace('vilka klipp som', 'vilka saker som'),
    );
    const item = itemFor(reopened, 'Förklara hur algoritmen vet det.');
    await expect.poll(() => item.getAttribute('data-anchor')).toBe('anchored');
    await expect
      .poll(() => paintedTexts(page))
      .toEqual(['algoritmen lär sig snabbt exakt vilka saker']);
    await page.close();
  });

  it('marks passages without touching the page, focuses an item from its highlight, and clears on close', async () => {
    const page = await suite.browser.context.newPage();
    // Each test has its own document (the query makes it another page), so items don't mix.
    await page.goto(suite.server.url('essay-en.html?view=highlights'));
    const pageHtml = () => page.evaluate(() => document.querySelector('main')?.outerHTML);
    const untouched = await pageHtml();
    const panel = await openPanel(suite.browser, page);
    const passage = 'Memory needs sleep, because it is during deep sleep that the brain sorts';
    await saveFeedback(panel, page, passage, 'Explain this link a little more.');
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await expect.poll(() => paintedRanges(page)).toBe(1);
    expect(await pageHtml()).toBe(untouched);

    // Clicking the marked passage brings its item into view in the panel.
    const box = await page.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = (node as Text).data.indexOf(text);
        if (index === -1) continue;
        const range = document.createRange();
        range.setStart(node, index + 5);
        range.setEnd(node, index + 6);
        const rect = range.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }
      return null;
    }, passage);
    if (!box) throw new Error('passage not on the page');
    await page.mouse.move(box.x, box.y);
    const item = itemFor(panel, 'Explain this link a little more.');
    await expect.poll(() => item.getAttribute('class')).toContain('hovered');
    await page.mouse.click(box.x, box.y);
    await expect.poll(() => item.getAttribute('class')).toContain('focused');

    await panel.getByRole('button', { name: 'Close panel' }).click();
    await expect.poll(() => paintedRanges(page)).toBe(0);
    expect(await pageHtml()).toBe(untouched);
    await page.close();
  });

  it('follows a page that changes its text after loading', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-en.html?view=app'));
    const panel = await openPanel(suite.browser, page);
    const passage = 'Parents who start work early say that they cant drive there kids to school';
    await saveFeedback(panel, page, passage, 'Consider the parents’ view more fairly.');
    const status = () =>
      itemFor(panel, 'Consider the parents’ view more fairly.').getAttribute('data-anchor');
    await expect.poll(status).toBe('anchored');

    // A single-page app swaps the paragraph out, then brings it back.
    const paragraph = page.locator('p', { hasText: 'Parents who start work early' });
    const saved = await paragraph.evaluate((element) => element.innerHTML);
    await paragraph.evaluate((element) => {
      element.textContent = 'This paragraph is being edited by its author.';
    });
    await expect.poll(status).toBe('orphaned');
    await page
      .locator('p', { hasText: 'This paragraph is being edited' })
      .evaluate((element, html) => {
        element.innerHTML = html;
      }, saved);
    await expect.poll(status).toBe('anchored');
    await page.close();
  });
});

describe('putting feedback into a comment field', () => {
  const suite = useExtensionSuite();

  it('types into the comment box the teacher was in, so the page’s own code sees it', async () => {
    await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('lms-comment.html'));
    const panel = await openPanel(suite.browser, page);
    await saveFeedback(
      panel,
      page,
      'Some schools have allready tried starting later',
      'Name the school so your reader can check the source.',
    );
    const state = async () =>
      JSON.parse((await page.locator('#state').textContent()) ?? '{}') as Record<string, string>;

    await page.locator('#comment').click();
    await page.locator('#comment').pressSequentially('Maja, ');
    await panel.getByRole('button', { name: 'Insert feedback 1 into the document' }).click();
    await expect
      .poll(() => panel.getByTestId('insert-outcome').textContent())
      .toBe('Inserted into the comment field on the page.');
    await expect
      .poll(async () => (await state()).comment)
      .toBe('Maja, Name the school so your reader can check the source.');
    await expect(panel.getByTestId('inserted-at').count()).resolves.toBe(1);

    await page.locator('#rich').click();
    await panel.getByRole('button', { name: 'Insert feedback 1 into the document' }).click();
    await expect
      .poll(async () => (await state()).rich)
      .toBe('Name the school so your reader can check the source.');
    await page.close();
  });

  it('inserts into the comment box the teacher was in before opening the panel', async () => {
    await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('lms-comment.html?order=natural'));
    await page.locator('#comment').click();
    await page.locator('#comment').pressSequentially('Maja, ');

    const panel = await openPanel(suite.browser, page);
    await composerPart(panel, 'Feed forward').text.fill('Name one source for each claim.');
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await panel.getByRole('button', { name: 'Insert feedback 1 into the document' }).click();

    await expect
      .poll(() => panel.getByTestId('insert-outcome').textContent())
      .toBe('Inserted into the comment field on the page.');
    const comment = await page.locator('#comment').inputValue();
    expect(comment).toBe('Maja, Name one source for each claim.');
    await page.close();
  });

  it('copies the feedback and says which keys to press when there is no field', async () => {
    await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-en.html'));
    const panel = await openPanel(suite.browser, page);
    await saveFeedback(
      panel,
      page,
      'Teenagers are not lazy, their body clocks are simply different.',
      'A strong claim; back it up with the research you mention later.',
    );
    await panel.getByRole('button', { name: 'Insert feedback 1 into the document' }).click();
    await expect
      .poll(() => panel.getByTestId('insert-outcome').textContent())
      .toContain('Click in the comment field and paste with Ctrl+V');
    await expect(readClipboard(suite)).resolves.toBe(
      'A strong claim; back it up with the research you mention later.',
    );
    await expect(panel.getByTestId('inserted-at').count()).resolves.toBe(0);
    await page.close();
  });
});
