import { describe, expect, it } from 'vitest';
import { composerPart, openPanel } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

describe('the dashboard’s storage overview', () => {
  const suite = useExtensionSuite();

  it('shows what is stored, that the data is protected from eviction, and erases a student after confirmation', async () => {
    // The teacher writes one piece of feedback on Maja's essay.
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-en.html'));
    const panel = await openPanel(suite.browser, page);
    await panel.getByLabel('Student', { exact: true }).focus();
    await page.keyboard.press('End');
    await page.keyboard.type('Maja');
    await page.keyboard.press('Enter');
    await composerPart(panel, 'Feed back').text.fill(
      'Your claim in the second paragraph is clear.',
    );
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(1);

    // The storage overview counts it, per table, and says whether the data is protected.
    const dashboard = await suite.browser.context.newPage();
    await dashboard.goto(`chrome-extension://${suite.browser.extensionId}/dashboard.html#storage`);
    const overview = dashboard.locator('#storage');
    const records = (table: string) =>
      overview.locator(`[data-table="${table}"] td`).first().textContent();
    await expect.poll(() => records('feedback')).toBe('1');
    expect(await records('students')).toBe('1');
    expect(await records('documents')).toBe('1');
    // The extension may store without limit, so the browser never evicts the data
    // (Chromium answers persisted() with no all the same: the panel does not repeat that).
    await expect
      .poll(() => overview.getByTestId('storage-persistence').textContent())
      .toMatch(/^Protected: Feedforward may store without limit/);
    expect(await overview.getByRole('button', { name: /Ask the browser/ }).count()).toBe(0);
    // With no quota of its own, the meter counts the room left on this computer.
    await expect
      .poll(() => dashboard.getByTestId('storage-usage').textContent())
      .toMatch(/ used; room for .+ more on this computer$/);

    // Erasing Maja: a preview first, then the confirmed deletion and its summary.
    const erasure = overview.getByRole('region', { name: 'Delete everything about one student' });
    await erasure.getByLabel('Student', { exact: true }).selectOption({ label: 'Maja' });
    await erasure.getByRole('button', { name: 'Delete everything about one student' }).click();
    await erasure.getByRole('button', { name: 'Delete permanently' }).click();
    const result = erasure.getByTestId('removal-result');
    await expect.poll(() => result.textContent()).toMatch(/^Deleted /);
    expect(await result.textContent()).toContain('1 × Feedback items (with drafts)');
    expect(await result.textContent()).toContain('1 × Students');
    await expect.poll(() => records('feedback')).toBe('0');
    expect(await records('students')).toBe('0');

    // The open panel sees the feedback gone.
    await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(0);
  });
});
