import { describe, expect, it } from 'vitest';
import { composerPart, openPanel } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

describe('the review on criticism of the person', () => {
  const suite = useExtensionSuite();

  it('says that "Du är lat och slarvig." criticises the person, not the work, and what to do instead', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-sv.html?review=person-criticism'));
    const panel = await openPanel(suite.browser, page);
    // A Swedish teacher's feedback: the review reads it as Swedish.
    await panel.getByLabel('Template language', { exact: true }).selectOption('sv');

    await composerPart(panel, 'Feed back').text.fill('Du är lat och slarvig.');
    const finding = panel.locator('.finding[data-rule="person-criticism"]');
    await expect.poll(() => finding.count()).toBe(1);
    await expect
      .poll(() => finding.locator('.finding-what').innerText())
      .toBe('Criticism aimed at the person rather than the work. “Du är lat och slarvig”');
    await expect(finding.locator('.finding-fix').innerText()).resolves.toBe(
      'Say what the learner did in this piece of work and what to do next, not what they are.',
    );
    expect(await finding.isVisible()).toBe(true);
    // It comes from the golden rule "Right focus", shown as not met on the checklist.
    await expect(finding.locator('.finding-meta').innerText()).resolves.toContain('Right focus');
    const rightFocus = panel
      .locator('.checklist-row')
      .filter({ has: panel.getByText('Right focus', { exact: true }) })
      .locator('.checklist-auto');
    await expect.poll(() => rightFocus.getAttribute('class')).toContain('not-met');

    // Saying what the work does instead clears it.
    await composerPart(panel, 'Feed back').text.fill(
      'Texten är slarvig i slutet: de två sista styckena har flera stavfel.',
    );
    await expect.poll(() => finding.count()).toBe(0);
    await expect.poll(() => rightFocus.getAttribute('class')).toBe('checklist-auto met');
    await page.close();
  });
});
