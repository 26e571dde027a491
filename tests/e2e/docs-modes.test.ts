import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  openStandIn,
  readClipboard,
  type StandInOptions,
  saveOnPassage,
  setAutoPost,
  standIn,
} from './support/docs-stand-in';
import { clickToolbarButton, isPanelOpen, openPanel, unfold } from './support/extension-browser';
import { useDocsSuite } from './support/suite';

const PASSAGE = 'most of the people I asked said they would come more often';
const FEEDBACK = 'Say how many people you asked.';
const INSERT = 'Insert feedback 1 into the document';

/** The document line at the top of the panel. */
const statusLine = (panel: Frame) => panel.getByTestId('document-status').textContent();
/** The Google Docs mode, on its own line under it. */
const modeLine = (panel: Frame) => panel.getByTestId('docs-mode').textContent();

/** Copies the passage as a teacher does in Docs: select it, Ctrl+C in the editor. */
async function copyInDocs(page: Page, passage: string): Promise<void> {
  await standIn(page, 'selectText', passage);
  await page.frameLocator('.docs-texteventtarget-iframe').getByRole('textbox').press('Control+c');
}

/** Presses Insert on the only item and waits for what the panel says. */
async function insertAndRead(panel: Frame): Promise<string | null> {
  const outcome = panel.getByTestId('insert-outcome');
  await panel.getByRole('button', { name: INSERT }).click();
  await expect.poll(() => outcome.count(), { timeout: 8000 }).toBe(1);
  await expect.poll(() => outcome.textContent(), { timeout: 8000 }).not.toBe('Inserting…');
  return outcome.textContent();
}

describe('Google Docs without its annotated-text API', () => {
  const suite = useDocsSuite();

  /** Closes the panel and opens it again, as a teacher coming back to the document does. */
  async function reopenPanel(page: Page): Promise<Frame> {
    await clickToolbarButton(suite.browser, page);
    await expect.poll(() => isPanelOpen(page)).toBe(false);
    return openPanel(suite.browser, page);
  }

  it.each([
    ['accessibility layer, paginated', 'layer', 'reading only'],
    ['accessibility layer, pageless', 'layer-pageless', 'reading only'],
    ['API that throws, layer', 'api-throws', 'reading only'],
    ['API that answers junk, layer', 'api-junk', 'reading only'],
    ['neither API nor layer', 'canvas', 'copy and paste'],
    ['API refusing our id, no layer', 'refuse', 'copy and paste'],
  ] as const)(
    'with %s: says the mode, takes a passage, saves, finds it after an edit, inserts on the teacher’s selection, and sees it rewritten',
    async (_variant, standin, mode) => {
      await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await suite.browser.context.newPage();
      const canvas = mode === 'copy and paste';
      await openStandIn(page, `1Loop${standin.replace(/-/g, '')}Loop`.padEnd(25, 'x'), { standin });
      const panel = await openPanel(suite.browser, page);
      await expect.poll(() => modeLine(panel)).toBe(`Google Docs: ${mode}`);

      // Docs shows neither text nor selection without the layer: the teacher copies the passage.
      if (canvas) await copyInDocs(page, PASSAGE);
      await saveOnPassage(page, panel, PASSAGE, FEEDBACK);

      // The student edits before the passage (and, where only saved text counts, Docs saves).
      await standIn(page, 'replace', 'In my interviews,', 'In the twelve interviews I held,');
      if (canvas) await standIn(page, 'save');
      const again = await reopenPanel(page);
      await expect.poll(() => statusLine(again)).toContain('1 item');
      expect(await statusLine(again)).not.toContain('not found');

      // Nothing selected in Docs: the comment cannot go on the passage.
      await standIn(page, 'select', 0, 0);
      expect(await insertAndRead(again)).toContain('that passage is not selected now');
      await expect(readClipboard(page)).resolves.toBe(FEEDBACK);

      await standIn(page, 'selectText', PASSAGE);
      expect(await insertAndRead(again)).toContain('comment box now holds your feedback');
      await page.locator('.docos-input-buttons-post').click();
      await expect
        .poll(() => standIn(page, 'comments'))
        .toEqual([{ quote: PASSAGE, text: FEEDBACK }]);
      await expect
        .poll(() => again.getByTestId('insert-outcome').textContent(), { timeout: 8000 })
        .toBe('Posted as a comment in Google Docs.');
      await expect(again.getByTestId('inserted-at').count()).resolves.toBe(1);

      // The passage itself rewritten: the live layer shows it at once; the saved text once saved.
      await standIn(page, 'replace', PASSAGE, 'nobody wanted to talk to me');
      if (canvas) await standIn(page, 'save');
      const last = canvas ? await reopenPanel(page) : again;
      await expect
        .poll(() => statusLine(last), { timeout: 6000 })
        .toContain(canvas ? '1 passage not found (as of the last save)' : '1 passage not found');
      if (!canvas) expect(await statusLine(last)).not.toContain('as of the last save');
      await page.close();
    },
  );

  it('explains a broken API and copies a diagnostic that holds no document text', async () => {
    await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await suite.browser.context.newPage();
    await openStandIn(page, '1JunkJunkJunkJunkJunk03', { standin: 'api-junk' });
    const panel = await openPanel(suite.browser, page);
    await expect.poll(() => modeLine(panel)).toContain('Google Docs: reading only');
    await unfold(panel, 'details.document-status');
    const details = panel.getByTestId('docs-access');
    await expect(details.textContent()).resolves.toContain('invisible screen-reader layer');
    await details.getByRole('button', { name: 'Copy diagnostic' }).click();
    await expect.poll(() => details.getByRole('status').textContent()).toContain('no text');
    const diagnostic = await readClipboard(page);
    expect(diagnostic).toContain('mode: layer');
    expect(diagnostic).toContain('annotated-text API: junk');
    expect(diagnostic).toContain('accessibility layer: ok');
    expect(diagnostic).not.toMatch(/library|Sunday|interviews/);
    await page.close();
  });

  it('says when Docs refuses its saved text too, and takes a passage pasted into the panel', async () => {
    const page = await suite.browser.context.newPage();
    await openStandIn(page, '1RefusedRefusedRefu05', { standin: 'canvas', export: 'refused' });
    const panel = await openPanel(suite.browser, page);
    await expect.poll(() => modeLine(panel)).toContain('Google Docs: copy and paste');
    await unfold(panel, 'details.document-status');
    await expect(panel.getByTestId('docs-access').textContent()).resolves.toContain(
      'would not give out the saved text',
    );
    const field = panel.getByLabel('Paste the passage here');
    await field.focus();
    await field.evaluate((element, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, PASSAGE);
    await expect.poll(() => panel.getByTestId('selected-quote').textContent()).toBe(PASSAGE);
    await page.close();
  });
});

describe('Google Docs comment boxes that differ', () => {
  const suite = useDocsSuite();

  it.each([
    [{ box: 'contenteditable' }, '1EditableEditableEd06', '.docos-input-contenteditable'],
    [{ ui: 'sv', standin: 'layer' }, '1SwedishSwedishSwed07', '.docos-input-textarea'],
  ] as const)('puts the feedback into the box (%o)', async (options: StandInOptions, id, input) => {
    const page = await suite.browser.context.newPage();
    await openStandIn(page, id, options);
    const panel = await openPanel(suite.browser, page);
    await saveOnPassage(page, panel, PASSAGE, FEEDBACK);
    expect(await insertAndRead(panel)).toContain('comment box now holds your feedback');
    await expect(
      page
        .locator(input)
        .evaluate((element) => (element as HTMLTextAreaElement).value ?? element.textContent),
    ).resolves.toBe(FEEDBACK);
    await page.close();
  });

  it('does not count a comment as inserted when Docs never posts it, and keeps it on the clipboard', async () => {
    await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await suite.browser.context.newPage();
    await openStandIn(page, '1NeverNeverNeverNeve08', { post: 'never' });
    const panel = await openPanel(suite.browser, page);
    await saveOnPassage(page, panel, PASSAGE, FEEDBACK);
    expect(await insertAndRead(panel)).toContain('comment box now holds your feedback');
    await page.locator('.docos-input-buttons-post').click();
    await page.locator('.docos-input-cancel').click();
    await expect
      .poll(() => panel.getByTestId('insert-outcome').textContent(), { timeout: 8000 })
      .toContain('No new comment with your feedback appeared');
    await expect(readClipboard(page)).resolves.toBe(FEEDBACK);
    expect(await panel.getByTestId('inserted-at').count()).toBe(0);

    await setAutoPost(panel, true);
    expect(await insertAndRead(panel)).toContain('No new comment with your feedback appeared');
    expect(await panel.getByTestId('inserted-at').count()).toBe(0);
    await setAutoPost(panel, false);
    await page.close();
  });
});
