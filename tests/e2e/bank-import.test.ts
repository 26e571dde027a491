import { describe, expect, it } from 'vitest';
import { composerPart, openPanel } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

/** What a colleague's export looks like: two templates, one assignment with criteria. */
const COLLEAGUE_FILE = {
  format: 'feedforward-templates',
  version: 1,
  exportedAt: '2026-11-20T09:00:00.000Z',
  templates: [
    {
      lang: 'en',
      question: 'feedForward',
      level: 'process',
      text: 'Underline the topic sentence of every paragraph, then check that the rest of the paragraph serves it.',
      tags: ['structure'],
    },
    {
      lang: 'en',
      question: 'feedBack',
      level: 'task',
      text: 'Your lab report names every variable and keeps units in the table headings.',
      tags: ['data'],
    },
  ],
  assignments: [
    {
      title: 'Lab report: pendulum',
      learningGoal: 'Plan and report a fair test.',
      criteria: ['names the variables', 'units in every table'],
    },
  ],
};

describe('sharing templates with colleagues', () => {
  const suite = useExtensionSuite();

  it('previews a colleague’s file, adds it, and its templates are found in the composer', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html'));
    const panel = await openPanel(suite.browser, page);
    await panel.getByRole('tab', { name: 'Comment bank' }).click();

    const file = {
      name: 'colleague.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(COLLEAGUE_FILE)),
    };
    await panel.getByLabel('Import a colleague’s file').setInputFiles(file);
    await expect
      .poll(() =>
        panel.getByText(/2 new templates and 1 new assignment will be added; 0 already/).count(),
      )
      .toBe(1);
    await panel.getByRole('button', { name: 'Add to my bank' }).click();
    await expect.poll(() => panel.getByText('Added 2 templates and 1 assignment.').count()).toBe(1);

    // The same file again adds nothing: everything in it is already in the bank.
    await panel.getByLabel('Import a colleague’s file').setInputFiles(file);
    await expect
      .poll(() =>
        panel.getByText(/0 new templates and 0 new assignments will be added; 3 already/).count(),
      )
      .toBe(1);

    // A file that is not ours is refused with a message, and nothing changes.
    await panel.getByLabel('Import a colleague’s file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world"}'),
    });
    await expect
      .poll(() => panel.getByRole('alert').allTextContents())
      .toContainEqual(expect.stringContaining('not made by Feedforward'));

    await panel.getByRole('tab', { name: 'Feedback' }).click();
    await composerPart(panel, 'Feed forward').text.focus();
    await page.keyboard.press('Control+K');
    await page.keyboard.type('topic sentence underline');
    await expect
      .poll(() => panel.locator('.template-picker [role=option]').first().textContent())
      .toContain('Underline the topic sentence of every paragraph');
    await page.close();
  });
});
