import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { composerPart, openPanel } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

describe('two tabs on the same document', () => {
  const suite = useExtensionSuite();

  /** A new tab on the plain page (another document for another `query`) with the panel open. */
  async function openTab(query = ''): Promise<{ page: Page; panel: Frame }> {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url(`plain.html${query}`));
    return { page, panel: await openPanel(suite.browser, page) };
  }

  /** Types into the feed-back part and waits until the draft is stored. */
  async function typeDraft(panel: Frame, text: string): Promise<void> {
    await composerPart(panel, 'Feed back').text.fill(text);
    await expect.poll(() => panel.getByText('Draft saved.').count()).toBe(1);
  }

  it('keeps the unsaved text of one tab when the other saves, and gives it back after the tab was closed', async () => {
    const a = await openTab();
    const b = await openTab();
    await typeDraft(b.panel, 'Words typed in tab B and never saved.');

    await composerPart(a.panel, 'Feed back').text.fill('Saved in tab A.');
    await a.panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => a.panel.getByTestId('feedback-item').count()).toBe(1);
    await b.page.close();

    const c = await openTab();
    await expect
      .poll(() => composerPart(c.panel, 'Feed back').text.inputValue())
      .toBe('Words typed in tab B and never saved.');
    await a.page.close();
    await c.page.close();
  });

  it('offers every unsaved draft of the document when the panel opens again', async () => {
    const first = await openTab();
    const second = await openTab();
    await typeDraft(first.panel, 'The first tab’s draft.');
    await typeDraft(second.panel, 'The second tab’s draft.');
    await first.page.close();
    await second.page.close();

    const again = await openTab();
    const offer = again.panel.getByRole('group', { name: '2 unsaved drafts' });
    await expect.poll(() => offer.count()).toBe(1);
    await expect.poll(() => offer.textContent()).toContain('The first tab’s draft.');
    await expect(offer.textContent()).resolves.toContain('The second tab’s draft.');

    await offer.getByRole('button', { name: 'Resume “The second tab’s draft.”' }).click();
    await expect
      .poll(() => composerPart(again.panel, 'Feed back').text.inputValue())
      .toBe('The second tab’s draft.');
    const remaining = again.panel.getByRole('group', { name: '1 unsaved draft' });
    await remaining.getByRole('button', { name: 'Discard “The first tab’s draft.”' }).click();
    await expect.poll(() => remaining.count()).toBe(0);
    await again.page.close();

    const last = await openTab();
    await expect
      .poll(() => composerPart(last.panel, 'Feed back').text.inputValue())
      .toBe('The second tab’s draft.');
    await last.page.close();
  });

  it('keeps what was typed a moment before the tab was closed', async () => {
    const first = await openTab('?closed=quickly');
    await first.panel.getByRole('button', { name: 'Save feedback' }).waitFor();
    await composerPart(first.panel, 'Feed back').text.fill('Typed just before closing the tab.');
    await first.page.close({ runBeforeUnload: true });

    const again = await openTab('?closed=quickly');
    await expect
      .poll(() => composerPart(again.panel, 'Feed back').text.inputValue())
      .toBe('Typed just before closing the tab.');
    await again.page.close();
  });

  it('does not offer the draft of a panel that is still open in another tab', async () => {
    const open = await openTab();
    await typeDraft(open.panel, 'Still being written over there.');
    const other = await openTab();
    await other.panel.getByRole('button', { name: 'Save feedback' }).waitFor();
    await expect
      .poll(() => composerPart(other.panel, 'Feed back').text.inputValue(), { timeout: 1500 })
      .toBe('');
    expect(await other.panel.getByText('Still being written over there.').count()).toBe(0);
    await open.page.close();
    await other.page.close();
  });
});
