import { describe, expect, it } from 'vitest';
import { dateInputDay, shortDay } from './support/dates';
import { composerPart, openChecklist, openPanel } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

describe('the outcome of a feed-forward', () => {
  const suite = useExtensionSuite();

  it('is marked "acted on" with a note, resolves the overdue follow-up, counts in the uptake and stays after a reload', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html?outcomes=acted-on'));
    const panel = await openPanel(suite.browser, page);
    await panel.getByLabel('Student', { exact: true }).selectOption({ label: 'New student…' });
    await panel.getByRole('textbox', { name: 'Name of the new student' }).fill('Maja');
    await page.keyboard.press('Enter');
    await composerPart(panel, 'Feed forward').text.fill('Next, open with the question you answer.');
    await openChecklist(panel);
    await panel.getByLabel('Follow up on').fill(dateInputDay(-3));
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    const item = panel.getByTestId('feedback-item');
    await expect.poll(() => item.count()).toBe(1);
    await expect.poll(() => item.getByTestId('follow-up-date').textContent()).toContain('overdue');
    const uptake = panel.getByTestId('uptake-student');
    await expect.poll(() => uptake.count()).toBe(1);
    await expect.poll(() => uptake.textContent()).toContain('0 of 1 feed-forwards acted on');

    const outcome = item.getByRole('group', { name: 'Outcome' });
    const actedOn = outcome.getByRole('button', { name: 'Acted on' });
    await actedOn.click();
    await expect.poll(() => actedOn.getAttribute('aria-pressed')).toBe('true');
    await outcome.getByRole('button', { name: 'Add a note' }).click();
    await outcome.getByRole('textbox', { name: 'Note on the outcome' }).fill('Rewrote the opening');
    await page.keyboard.press('Enter');

    const today = shortDay(new Date());
    const recorded = item.getByTestId('outcome-recorded');
    await expect.poll(() => recorded.textContent()).toBe(`Acted on, ${today}`);
    await expect
      .poll(() => item.getByTestId('outcome-note').textContent())
      .toBe('Rewrote the opening');
    await expect
      .poll(() => item.getByTestId('follow-up-date').textContent())
      .toBe(`Followed up ${today}`);
    await expect.poll(() => uptake.textContent()).toContain('1 of 1 feed-forwards acted on');
    await expect.poll(() => uptake.textContent()).toContain('median 0 days');

    await panel.getByRole('tab', { name: 'Follow-ups' }).click();
    const due = panel.getByRole('region', { name: 'Due', exact: true });
    await expect.poll(() => due.getByText('No follow-ups are due.').count()).toBe(1);

    await page.reload();
    const again = await openPanel(suite.browser, page);
    const kept = again.getByTestId('feedback-item');
    await expect
      .poll(() => kept.getByTestId('outcome-recorded').textContent())
      .toBe(`Acted on, ${today}`);
    await expect
      .poll(() => kept.getByTestId('outcome-note').textContent())
      .toBe('Rewrote the opening');
    await expect
      .poll(() => kept.getByRole('button', { name: 'Acted on' }).getAttribute('aria-pressed'))
      .toBe('true');
    await expect
      .poll(() => again.getByTestId('uptake-student').textContent())
      .toContain('1 of 1 feed-forwards acted on');
    await page.close();
  });
});
