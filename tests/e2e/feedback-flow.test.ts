import { describe, expect, it } from 'vitest';
import { composerPart, openPanel, selectInElement } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

describe('giving feedback on a passage', () => {
  const suite = useExtensionSuite();

  it('shows the selected passage, saves the feedback with it, and keeps it across a reload', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-en.html'));
    const panel = await openPanel(suite.browser, page);

    await expect(panel.getByTestId('selected-quote').count()).resolves.toBe(0);
    const quote = await selectInElement(page, 'p:nth-of-type(2)');
    await expect
      .poll(() => panel.getByTestId('selected-quote').textContent())
      .toBe(quote.replace(/\s+/g, ' ').trim());

    await composerPart(panel, 'Feed forward').level('Process');
    await composerPart(panel, 'Feed forward').text.fill(
      'Try planning each paragraph before you write it.',
    );
    await panel.getByRole('button', { name: 'Save feedback' }).click();

    const item = panel.getByTestId('feedback-item');
    await expect.poll(() => item.count()).toBe(1);
    await expect(item.textContent()).resolves.toContain(quote.replace(/\s+/g, ' ').trim());
    await expect(item.textContent()).resolves.toContain('Feed forward');
    await expect(item.textContent()).resolves.toContain('Process');
    await expect(composerPart(panel, 'Feed forward').text.inputValue()).resolves.toBe('');

    await page.reload();
    const reopened = await openPanel(suite.browser, page);
    await expect.poll(() => reopened.getByTestId('feedback-item').count()).toBe(1);
    await expect(reopened.getByTestId('feedback-text').textContent()).resolves.toBe(
      'Try planning each paragraph before you write it.',
    );
    await page.close();
  });

  it('scrolls the page to the passage when the teacher clicks a saved item', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-en.html'));
    const panel = await openPanel(suite.browser, page);
    const quote = await selectInElement(page, 'p:last-of-type');
    await expect.poll(() => panel.getByTestId('selected-quote').textContent()).toBe(quote);
    await composerPart(panel, 'Feed back').text.fill('Your conclusion repeats the introduction.');
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    const saved = panel.getByTestId('feedback-item').filter({ hasText: 'Your conclusion repeats' });
    await expect.poll(() => saved.count()).toBe(1);

    await page.evaluate(() => {
      getSelection()?.removeAllRanges();
      window.scrollTo(0, 0);
    });
    const passageTop = () =>
      page.evaluate((text) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if ((node as Text).data.includes(text))
            return node.parentElement?.getBoundingClientRect().top ?? -1;
        }
        return -1;
      }, quote);
    expect(await passageTop()).toBeGreaterThan(await page.evaluate(() => innerHeight));

    await saved.getByRole('button', { name: /^Show in the document: / }).click();
    await expect.poll(passageTop).toBeLessThan(await page.evaluate(() => innerHeight));
    await expect.poll(passageTop).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  it('shows feedback that looks like HTML as plain text and runs none of it', async () => {
    const page = await suite.browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(suite.server.url('plain.html'));
    const panel = await openPanel(suite.browser, page);
    const hostile = 'Good <img src=x onerror="alert(1);document.title=\'pwned\'"> <b>bold</b>';
    await composerPart(panel, 'Feed back').text.fill(hostile);
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => panel.getByTestId('feedback-text').last().textContent()).toBe(hostile);
    await expect(panel.locator('.feedback-list img, .feedback-list b').count()).resolves.toBe(0);
    await page.reload();
    const reopened = await openPanel(suite.browser, page);
    await expect
      .poll(() => reopened.getByTestId('feedback-text').last().textContent())
      .toBe(hostile);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await reopened.evaluate(() => document.title)).not.toBe('pwned');
    await page.close();
  });

  it('asks for text before saving an empty item, and shows the storage in use', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html'));
    const panel = await openPanel(suite.browser, page);
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect
      .poll(() => panel.getByTestId('announcer').textContent())
      .toContain('Write some feedback');
    await expect
      .poll(() => panel.getByTestId('storage-usage').textContent())
      // The extension may store without limit: the meter counts the room left on the computer.
      .toMatch(/^[\d.,]+\s?\S+ used; room for [\d.,]+\s?\S+ more on this computer$/);
    await page.close();
  });

  it('gives a new student’s name a field wide enough to read it', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-en.html?student=new'));
    const panel = await openPanel(suite.browser, page);
    await panel.getByLabel('Student', { exact: true }).selectOption({ label: 'New student…' });
    const name = panel.getByRole('textbox', { name: 'Name of the new student' });
    await name.fill('Maja Andersson-Lindqvist');
    const box = await name.boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    await page.close();
  });

  it('shows a long success criterion whole, wrapped over lines, and adds the next on Enter', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-en.html?criterion=long'));
    const panel = await openPanel(suite.browser, page);
    await panel
      .getByLabel('Assignment', { exact: true })
      .selectOption({ label: 'New assignment…' });
    await panel.getByRole('textbox', { name: 'Title of the new assignment' }).fill('Essay');
    await page.keyboard.press('Enter');
    await panel.getByRole('button', { name: 'Add a criterion' }).click();
    const criterion =
      'The text explains at least three causes of the problem, shows how they are connected, and supports each one with an example from the sources we have read.';
    expect(criterion.length).toBeGreaterThanOrEqual(150);
    await page.keyboard.type(criterion);
    const first = panel.getByRole('textbox', { name: 'Criterion 1' });
    const fit = await first.evaluate((field) => ({
      scroll: field.scrollHeight,
      client: field.clientHeight,
      value: (field as HTMLTextAreaElement).value,
    }));
    expect(fit.value).toBe(criterion);
    expect(fit.scroll).toBeLessThanOrEqual(fit.client + 1);
    expect(fit.client).toBeGreaterThan(40);
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.getByRole('textbox', { name: 'Criterion 2' }).count()).toBe(1);
    expect(await first.inputValue()).toBe(criterion);
    await page.close();
  });
});
