import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDashboard } from './support/dashboard';
import { composerPart, selectInElement, unfold } from './support/extension-browser';
import {
  failing,
  type MeasuredPair,
  measureBoundaries,
  measureFocus,
  measureTexts,
  undecidedContrast,
} from './support/measured-contrast';
import { newStudent } from './support/new-student';
import { openWithPanel, useExtensionSuite } from './support/suite';

const FOCUSABLE =
  ':is(a[href], button, input, select, textarea, summary, [tabindex="0"]):not(:disabled):visible';
const FIELDS =
  ':is(input:not([type=checkbox], [type=radio], [type=hidden], [type=file], [type=range]), select, textarea):visible';

/** What one view measured, and the texts axe flagged that paint nothing (transparent mirrors). */
interface Measured {
  pairs: MeasuredPair[];
  paintsNoText: string[];
}

/** A short name for an element in a failure message. */
function nameOf(node: Element): string {
  const classes = [...node.classList].map((name) => `.${name}`).join('');
  const text = (node.textContent ?? '').trim().slice(0, 30);
  return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${classes} "${text}"`;
}

/**
 * Everything in `root` measured on screen: each text whose contrast axe left
 * undecided, each control's focus indicator and each form field's edge
 * (the first 40).
 */
async function measureView(
  page: Page,
  target: Page | Frame,
  root: string,
  view: string,
): Promise<Measured> {
  const measured: Measured = { pairs: [], paintsNoText: [] };
  const texts = (await undecidedContrast(target, root)).map((item) => ({
    element: target.locator(item.selector).first(),
    what: `${view}: ${item.selector} [axe: ${item.reason}]`,
    needed: item.needed,
  }));
  for (const [text, pair] of await measureTexts(page, target, texts)) {
    if (pair) measured.pairs.push(pair);
    else {
      // Nothing changed when its text went transparent: it must be transparent already.
      const colour = await text.element.evaluate((node) => getComputedStyle(node).color);
      measured.paintsNoText.push(`${text.what} color ${colour}`);
    }
  }
  const controls = target.locator(`${root} ${FOCUSABLE}`);
  // Controls styled alike draw alike focus rings: the first three of each kind stand for the rest.
  const kinds = await controls.evaluateAll((nodes) =>
    nodes.map(
      (node) =>
        `${node.tagName} ${node.className} ${node.getAttribute('type')} ${node.parentElement?.className}`,
    ),
  );
  for (let index = 0; index < kinds.length; index += 1) {
    if (kinds.slice(0, index).filter((kind) => kind === kinds[index]).length >= 3) continue;
    const control = controls.nth(index);
    const what = `${view}: ${await control.evaluate(nameOf)}`;
    const pair = await measureFocus(page, control, what);
    measured.pairs.push(
      pair ?? {
        what: `${what} (focus changes nothing)`,
        foreground: '-',
        background: '-',
        ratio: 1,
        needed: 3,
      },
    );
  }
  const fields = target.locator(`${root} ${FIELDS}`);
  const edges = [];
  for (let index = 0; index < Math.min(await fields.count(), 40); index += 1) {
    const field = fields.nth(index);
    edges.push({ element: field, what: `${view}: ${await field.evaluate(nameOf)}` });
  }
  measured.pairs.push(...(await measureBoundaries(page, target, edges)));
  return measured;
}

/** Fails with every pair below its threshold, and logs how many pairs were measured. */
function expectAllMeet(results: Measured[]) {
  const pairs = results.flatMap((result) => result.pairs);
  const paintsNoText = results.flatMap((result) => result.paintsNoText);
  console.log(
    `${pairs.length} colour pairs measured on screen, ${failing(pairs).length} below their thresholds`,
  );
  expect(failing(pairs)).toEqual([]);
  expect(paintsNoText.filter((line) => !line.endsWith('rgba(0, 0, 0, 0)'))).toEqual([]);
  expect(pairs.length).toBeGreaterThan(0);
}

describe('colour contrast, measured on screen', () => {
  const suite = useExtensionSuite();

  it('meets WCAG AA in every panel tab with an item saved, findings and a warning shown, in both palettes', async () => {
    const { page, panel } = await openWithPanel(suite, 'essay-en.html');
    await selectInElement(page, 'p:nth-of-type(2)');
    await composerPart(panel, 'Feed forward').level('Process');
    await composerPart(panel, 'Feed forward').text.fill('Plan each paragraph before you write it.');
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(1);
    // Findings of the review, and the warning that a blank is still to fill.
    await composerPart(panel, 'Feed back').text.fill(
      'You are so clever! You always forget {name}.',
    );
    await expect.poll(() => panel.locator('.finding').count()).toBeGreaterThan(0);
    await expect.poll(() => panel.locator('.warning').count()).toBeGreaterThan(0);
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await unfold(panel, 'details.page-settings');

    const results: Measured[] = [];
    results.push(await measureView(page, panel, 'body', 'panel, feedback tab'));
    await panel.getByLabel('Colours of marked passages').selectOption('colourBlind');
    results.push(await measureView(page, panel, '.page-settings', 'panel, colour-blind palette'));
    for (const palette of ['colourBlind', 'standard']) {
      await panel.getByLabel('Colours of marked passages').selectOption(palette);
      const swatches = panel.locator('.highlight-legend .swatch');
      const legend = [];
      for (let index = 0; index < (await swatches.count()); index += 1) {
        const what = `legend swatch ${index + 1} (${palette})`;
        legend.push({ element: swatches.nth(index), what, needed: 4.5 });
      }
      const pairs = [...(await measureTexts(page, panel, legend)).values()];
      results.push({ pairs: pairs.filter((pair) => pair !== null), paintsNoText: [] });
    }
    for (const tab of ['Follow-ups', 'Comment bank']) {
      await panel.getByRole('tab', { name: tab }).click();
      results.push(
        await measureView(page, panel, '[role="tabpanel"]:not([hidden])', `panel, ${tab} tab`),
      );
    }
    expectAllMeet(results);
    await page.close();
  }, 300_000);

  it('meets WCAG AA in every dashboard tab', async () => {
    const dashboard = await openDashboard(suite.browser, '');
    await dashboard.setViewportSize({ width: 1280, height: 900 });
    const tabs = dashboard.getByRole('tab');
    await expect.poll(() => tabs.count()).toBeGreaterThan(3);
    const results: Measured[] = [];
    for (let index = 0; index < (await tabs.count()); index += 1) {
      const tab = tabs.nth(index);
      await tab.click();
      const name = (await tab.textContent()) ?? `tab ${index + 1}`;
      results.push(await measureView(dashboard, dashboard, 'body', `dashboard, ${name}`));
    }
    expectAllMeet(results);
    await dashboard.close();
  }, 300_000);

  it('meets WCAG AA on the printable summary of a learner', async () => {
    const { page, panel } = await openWithPanel(suite, 'plain.html?summary=contrast');
    await newStudent(panel, 'Ola Nordmann');
    await composerPart(panel, 'Feed back').text.fill(
      'Your thesis is clear and stated in the first line.',
    );
    await composerPart(panel, 'Feed forward').text.fill(
      'Next, support each claim with a second source.',
    );
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(1);
    const [summary] = await Promise.all([
      suite.browser.context.waitForEvent('page'),
      panel.getByRole('link', { name: 'Summary for a talk' }).click(),
    ]);
    await summary.setViewportSize({ width: 1280, height: 900 });
    await expect
      .poll(() => summary.getByRole('heading', { level: 1 }).textContent())
      .toContain('Ola Nordmann');
    expectAllMeet([await measureView(summary, summary, 'body', 'summary')]);
    await summary.close();
    await page.close();
  }, 120_000);
});
