import { describe, expect, it } from 'vitest';
import { composerPart, openChecklist, openPanel } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

/** The rules the review found, by their stable ids, as shown in the panel. */
function firedRules(panel: import('playwright-core').Frame) {
  return panel
    .locator('.finding')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')).sort());
}

/** A date input's value for a day relative to today. */
function day(offset: number): string {
  const date = new Date(Date.now() + offset * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

describe('the golden rules while writing', () => {
  const suite = useExtensionSuite();

  it('says nothing is judged before anything is written, and judges once text comes', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-en.html?composer=empty'));
    const panel = await openPanel(suite.browser, page);
    const said = (text: string) => panel.getByText(text, { exact: false }).count();

    // Before there is text, the review says nothing and no rule is said to be met.
    const summary = panel.getByTestId('checklist-summary');
    await expect.poll(() => summary.textContent()).toBe('Golden rules: judged once you write');
    expect(await said('Nothing to remark')).toBe(0);
    expect(await panel.locator('.finding').count()).toBe(0);
    await openChecklist(panel);
    expect(await panel.locator('.checklist-auto.met').count()).toBe(0);
    expect(await panel.locator('.checklist-auto.not-judged').count()).toBeGreaterThan(0);

    await composerPart(panel, 'Feed back').text.fill('Your introduction makes the question clear.');
    await expect.poll(() => summary.textContent()).toMatch(/^Golden rules: \d of \d+ met$/);
    await expect.poll(() => panel.locator('.checklist-auto.not-judged').count()).toBe(0);
    await page.close();
  });

  it('shows four broken rules as they are typed, and clears them when the feedback is fixed', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-en.html'));
    const panel = await openPanel(suite.browser, page);

    await composerPart(panel, 'Feed back').text.fill(
      'Your introduction makes the question clear. You are so clever! I would have started with the statistics. You always forget the commas.',
    );
    await composerPart(panel, 'Feed forward').text.fill(
      'Read the second paragraph aloud and add the missing commas.',
    );
    await expect
      .poll(() => firedRules(panel))
      .toEqual(['person-criticism', 'person-praise', 'sweeping', 'teacher-centred']);
    // The passage each one is about is underlined in the field.
    await expect
      .poll(() => composerPart(panel, 'Feed back').group.locator('mark').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('always')]));
    // Following the advice clears it: praise of the person belongs in the praise field.
    await panel.getByRole('button', { name: 'Move to the praise field' }).click();
    await expect
      .poll(() => firedRules(panel))
      .toEqual(['person-criticism', 'sweeping', 'teacher-centred']);

    await composerPart(panel, 'Feed back').text.fill(
      'Your introduction makes the question clear. The statistics in paragraph three are strong evidence. Some commas are missing in the second paragraph.',
    );
    await expect.poll(() => firedRules(panel)).toEqual([]);
    // Shown in the review (and said through the panel's live region).
    await expect
      .poll(() => panel.locator('.review').getByText('Nothing to remark', { exact: false }).count())
      .toBe(1);
    await page.close();
  });

  it('sets a follow-up date: the reminder is scheduled and the due item is listed', {
    timeout: 12_000,
  }, async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html'));
    const panel = await openPanel(suite.browser, page);
    await composerPart(panel, 'Feed forward').text.fill(
      'Next, give each paragraph a topic sentence.',
    );
    await openChecklist(panel);
    await panel.getByLabel('I will check that the feedback was understood').check();
    await panel.getByLabel('Follow up on').fill(day(-1));
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(1);

    await composerPart(panel, 'Feed forward').text.fill(
      'Then compare the conclusion with your question.',
    );
    await openChecklist(panel);
    await panel.getByLabel('Follow up on').fill(day(2));
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(2);

    // The future follow-up has a browser alarm (read from the panel, an extension page too).
    await expect
      .poll(() =>
        panel.evaluate(
          () =>
            new Promise<string[]>((resolve) => {
              const { chrome } = globalThis as unknown as {
                chrome: { alarms: { getAll(done: (alarms: { name: string }[]) => void): void } };
              };
              chrome.alarms.getAll((alarms) => resolve(alarms.map((alarm) => alarm.name)));
            }),
        ),
      )
      .toEqual(expect.arrayContaining([expect.stringMatching(/^feedforward-follow-up-at-\d+$/)]));

    // The past one is due: it is listed, and "followed up" takes it off the list.
    await panel.getByRole('tab', { name: 'Follow-ups' }).click();
    const due = panel
      .getByRole('tabpanel', { name: 'Follow-ups' })
      .getByRole('region', { name: 'Due', exact: true });
    await expect
      .poll(() => due.getByText('Next, give each paragraph a topic sentence.').count())
      .toBe(1);
    await expect(due.getByText('Then compare the conclusion').count()).resolves.toBe(0);
    await due.getByRole('button', { name: 'Followed up' }).click();
    await expect.poll(() => due.getByText('No follow-ups are due.').count()).toBe(1);
    await page.close();
  });
});
