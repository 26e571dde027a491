import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { dateInputDay } from './support/dates';
import { addCriterion, composerPart, firstScreenBottoms } from './support/extension-browser';
import { newStudent } from './support/new-student';
import { pdfText } from './support/pdf-text';
import { openWithPanel, useExtensionSuite } from './support/suite';

/** Writes and saves one item with the given parts. */
async function saveItem(panel: Frame, parts: Record<string, string>): Promise<void> {
  const before = await panel.getByTestId('feedback-item').count();
  for (const [question, text] of Object.entries(parts))
    await composerPart(panel, question).text.fill(text);
  await panel.getByRole('button', { name: 'Save feedback' }).click();
  await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(before + 1);
}

describe('the learner across documents', () => {
  const suite = useExtensionSuite();

  it('shows "last time" the open feed-forwards of the student’s other document, until they are acted on', async () => {
    const steps = [
      'Next, open with the question you answer.',
      'Then, give every paragraph one clear point and say how it links to your thesis.',
      'Finally, end with a conclusion that answers the question from the opening.',
    ];
    const a = await openWithPanel(suite, 'plain.html?last-time=a');
    await newStudent(a.panel, 'Maja Lind');
    for (const step of steps) await saveItem(a.panel, { 'Feed forward': step });

    const b = await openWithPanel(suite, 'essay-en.html?last-time=b');
    await b.panel.getByLabel('Student', { exact: true }).selectOption({ label: 'Maja Lind' });
    const hint = b.panel.getByTestId('last-time');
    await expect.poll(() => hint.count()).toBe(1);
    await expect.poll(() => hint.getByRole('listitem').count()).toBe(3);
    expect(await hint.getByRole('listitem').first().textContent()).toContain(steps[2]);
    expect(await hint.getByRole('listitem').last().textContent()).toContain(steps[0]);
    expect(await hint.textContent()).toContain('Plain test page');
    // Even with three, and the student and assignment still open above, the parts and Save fit the first screen.
    const bottoms = await firstScreenBottoms(b.panel);
    for (const field of bottoms.fields) expect(field).toBeLessThanOrEqual(bottoms.height);
    expect(bottoms.save).toBeLessThanOrEqual(bottoms.height);

    await a.page.bringToFront();
    const actOn = (step: string) =>
      a.panel
        .getByTestId('feedback-item')
        .filter({ hasText: step })
        .getByRole('group', { name: 'Outcome' })
        .getByRole('button', { name: 'Acted on' })
        .click();
    await actOn(steps[0] ?? '');
    await b.page.bringToFront();
    await expect.poll(() => hint.getByRole('listitem').count()).toBe(2);
    expect(await hint.textContent()).not.toContain(steps[0]);
    await a.page.bringToFront();
    await actOn(steps[1] ?? '');
    await actOn(steps[2] ?? '');
    await b.page.bringToFront();
    await expect.poll(() => hint.count()).toBe(0);
    await a.page.close();
    await b.page.close();
  });

  it('prints a summary of the student for a development talk, in the browser only', async () => {
    const { page, panel } = await openWithPanel(suite, 'plain.html?summary=ola');
    await newStudent(panel, 'Ola Nordmann');
    await panel.getByLabel('Assignment', { exact: true }).focus();
    await page.keyboard.press('End');
    await page.keyboard.type('Persuasive essay');
    await page.keyboard.press('Enter');
    await addCriterion(page, panel, 'I can support my claims with sources');
    await composerPart(panel, 'Feed up')
      .group.getByLabel('Success criterion')
      .selectOption({ label: 'I can support my claims with sources' });
    await saveItem(panel, {
      'Feed up': 'Each claim needs a source the reader can check.',
      'Feed back': 'Your thesis is clear and stated in the first line.',
      'Feed forward': 'Next, support each claim with a second source.',
    });
    const [summary] = await Promise.all([
      suite.browser.context.waitForEvent('page'),
      panel.getByRole('link', { name: 'Summary for a talk' }).click(),
    ]);
    await summary.waitForLoadState();
    const heading = summary.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toContain('Ola Nordmann');
    const strengths = summary.getByRole('region', { name: 'What works' });
    await expect
      .poll(() => strengths.textContent())
      .toContain('Your thesis is clear and stated in the first line.');
    const steps = summary.getByRole('region', { name: 'Next steps and what came of them' });
    expect(await steps.textContent()).toContain('Next, support each claim with a second source.');
    expect(await steps.textContent()).toContain('No outcome recorded yet');
    const criteria = summary.getByRole('region', { name: 'Criteria over time' });
    expect(await criteria.textContent()).toContain('I can support my claims with sources');
    expect(await criteria.textContent()).toContain(
      'Each claim needs a source the reader can check.',
    );

    // The teacher narrows the period to days after the feedback: it leaves the summary.
    await summary.getByLabel('From', { exact: true }).fill(dateInputDay(1));
    await summary.getByLabel('To', { exact: true }).fill(dateInputDay(2));
    await expect.poll(() => steps.textContent()).not.toContain('second source');
    await summary.getByLabel('From', { exact: true }).fill(dateInputDay(-1));
    await expect.poll(() => steps.textContent()).toContain('second source');

    expect(await axeViolations(summary, 'body')).toEqual([]);

    // Print asks the browser's own print dialog (stood in for here: headless has none).
    await summary.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await summary.getByRole('button', { name: 'Print' }).click();
    expect(await summary.locator('body').getAttribute('data-printed')).toBe('yes');

    // Printed: no buttons or period fields on paper, and the text is in the PDF.
    await summary.emulateMedia({ media: 'print' });
    expect(await summary.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await summary.getByLabel('From', { exact: true }).isVisible()).toBe(false);
    const text = await pdfText(await summary.pdf({ format: 'A4' }));
    expect(text).toContain('Ola Nordmann');
    expect(text).toContain('Your thesis is clear and stated in the first line.');
    expect(text).toContain('Next, support each claim with a second source.');
    expect(text).toContain('No outcome recorded yet');
    expect(text).toContain('I can support my claims with sources');
    await summary.close();
    await page.close();
  });
});
