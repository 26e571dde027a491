import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addCriterion, composerPart, openPanel } from './support/extension-browser';
import { useExtensionSuite } from './support/suite';

/** "I can" criteria, one per template language, as teachers write them. */
const CRITERIA = {
  sv: 'Jag kan förklara orsaker och följder.',
  en: 'I can explain causes and effects.',
  nb: 'Jeg kan forklare årsaker og følger.',
} as const;

/**
 * Picks a template for the focused part with the keyboard: Ctrl+K, the
 * words, Enter once the first result is the template with those words (the
 * bank may still be loading the template language just chosen).
 */
async function insertTemplate(page: Page, panel: Frame, words: string) {
  await page.keyboard.press('Control+K');
  await page.keyboard.type(words);
  const first = panel.locator('[role="option"][aria-selected="true"] .template-text');
  await expect
    .poll(async () => {
      const text = ((await first.count()) > 0 ? await first.textContent() : '') ?? '';
      return words.split(' ').every((word) => text.toLowerCase().includes(word));
    })
    .toBe(true);
  await page.keyboard.press('Enter');
}

/** What must never be in a filled template: a doubled stop, or a capital right after a lower-case word. */
function expectReadsNaturally(text: string) {
  expect(text).not.toMatch(/\.\s*[.,]/u);
  expect(text).not.toMatch(/\p{Ll}[\s“”«»"]+(?!I\b)\p{Lu}/u);
  expect(text).not.toMatch(/\b(du|you) kan\W+(jag|jeg|I) kan\b|\byou can\W+I can\b/iu);
}

describe('a criterion written as "I can" fills a bank template so it reads naturally', () => {
  const suite = useExtensionSuite();

  it('in Swedish, English and Norwegian templates', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-en.html?criterion-grammar'));
    const panel = await openPanel(suite.browser, page);

    await panel.getByLabel('Assignment', { exact: true }).focus();
    await page.keyboard.press('End');
    await page.keyboard.type('Causes of the war');
    await page.keyboard.press('Enter');
    for (const text of Object.values(CRITERIA)) await addCriterion(page, panel, text);

    const feedUp = composerPart(panel, 'Feed up');
    const linkCriterion = (text: string) =>
      feedUp.group.getByLabel('Success criterion').selectOption({ label: text });
    const templateLanguage = panel.getByLabel('Template language', { exact: true });

    // Swedish: the criterion is linked first, then the template is inserted.
    await templateLanguage.selectOption('sv');
    await linkCriterion(CRITERIA.sv);
    await feedUp.text.focus();
    await insertTemplate(page, panel, 'fundera var syns tydligast');
    const sv =
      'I den här uppgiften ska du visa att du når kriteriet ”jag kan förklara orsaker och följder”. Fundera på var i texten det syns tydligast.';
    await expect.poll(() => feedUp.text.inputValue()).toBe(sv);
    expectReadsNaturally(sv);

    // English: the same order.
    await feedUp.text.fill('');
    await templateLanguage.selectOption('en');
    await linkCriterion(CRITERIA.en);
    await feedUp.text.focus();
    await insertTemplate(page, panel, 'goal for this piece');
    const en =
      'The goal for this piece of work is the criterion “I can explain causes and effects”, and the criteria sheet shows what that looks like at each level.';
    await expect.poll(() => feedUp.text.inputValue()).toBe(en);
    expectReadsNaturally(en);

    // Norwegian: the template first, then linking the criterion fills it.
    await feedUp.text.fill('');
    await templateLanguage.selectOption('nb');
    await feedUp.group.getByLabel('Success criterion').selectOption('');
    await feedUp.text.focus();
    await insertTemplate(page, panel, 'målet for denne oppgaven først og fremst');
    await expect.poll(() => feedUp.text.inputValue()).toContain('{kriterium}');
    await linkCriterion(CRITERIA.nb);
    const nb =
      'Målet for denne oppgaven er kriteriet «jeg kan forklare årsaker og følger». Det er først og fremst dette vurderingen av teksten din ser etter.';
    await expect.poll(() => feedUp.text.inputValue()).toBe(nb);
    expectReadsNaturally(nb);
    await page.close();
  });
});
