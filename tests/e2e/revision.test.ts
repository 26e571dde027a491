import { describe, expect, it } from 'vitest';
import { openPanel } from './support/extension-browser';
import { itemFor, reopenRevised, saveFeedback } from './support/revised-page';
import { useExtensionSuite } from './support/suite';

/** The passage the student will revise by one word, and one left as it was. */
const REVISED = 'Being tired also has a real effect on how well we learn.';
const UNTOUCHED = 'Memory needs sleep, because it is during deep sleep that the brain sorts';

describe('a passage revised since the feedback', () => {
  const suite = useExtensionSuite();

  it('tells the teacher which passage changed and shows the removed and the added word', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-en.html?view=revision'));
    const panel = await openPanel(suite.browser, page);
    await saveFeedback(panel, page, REVISED, 'Say what the effect is.');
    await saveFeedback(panel, page, UNTOUCHED, 'Good explanation of why.');

    // The student changes one word; the teacher opens the document again later.
    const reopened = await reopenRevised(suite, page, 'essay-en.html', (html) =>
      html.replace('has a real effect', 'has a huge effect'),
    );
    const revised = itemFor(reopened, 'Say what the effect is.');
    const untouched = itemFor(reopened, 'Good explanation of why.');
    await expect.poll(() => untouched.getAttribute('data-anchor')).toBe('anchored');
    const note = revised.getByTestId('revision-note');
    await expect.poll(() => note.count()).toBe(1);
    await expect(note.textContent()).resolves.toBe('Revised since your feedback');
    await expect(untouched.getByTestId('revision-note').count()).resolves.toBe(0);

    await revised.getByRole('button', { name: 'Show the changes' }).click();
    const diff = revised.getByTestId('revision-diff');
    await expect(diff.locator('del').textContent()).resolves.toBe('removed: real');
    await expect(diff.locator('ins').textContent()).resolves.toBe('added: huge');
    await page.close();
  });
});
